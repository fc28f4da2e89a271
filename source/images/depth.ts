import type {ColourDepth} from './blocks.js';

/**
The colours a preview may use, from the environment alone (asking the terminal can go
unanswered): 24-bit where the terminal says so in COLORTERM or is known to have it, else the
256-colour palette, which every terminal that draws this reader's colours has.
*/
export function colourDepth(env: NodeJS.ProcessEnv): ColourDepth {
	const colorterm = (env['COLORTERM'] ?? '').toLowerCase();
	if (colorterm === 'truecolor' || colorterm === '24bit') {
		return 'truecolor';
	}

	const program = env['TERM_PROGRAM'] ?? '';
	return ['iTerm.app', 'WezTerm', 'vscode', 'ghostty'].includes(program) || env['KITTY_WINDOW_ID'] || /-(direct|truecolor)$|^xterm-(kitty|ghostty)$/.test(env['TERM'] ?? '') ? 'truecolor' : '256';
}
