/**
How the reader draws a post's images, chosen from the environment alone: asking the terminal
(a device-attributes or graphics query) can go unanswered and would leave its reply in the keys.
Only terminals that name themselves are given graphics; everything else gets the half-block
preview, which any colour terminal draws. `--images` (or the config file's `images`) overrides.
*/

/** What the user may ask for: `auto` (detect), a protocol, `blocks`, or `off` (the alt line and link only). */
export const imageModes = ['auto', 'kitty', 'iterm', 'sixel', 'blocks', 'off'] as const;
export type ImageMode = (typeof imageModes)[number];

/** The terminal graphics protocols; `blocks` is the half-block preview. */
export type GraphicsProtocol = 'kitty' | 'iterm' | 'sixel';
export type ImageDrawing = GraphicsProtocol | 'blocks' | 'off';

export function isImageMode(value: unknown): value is ImageMode {
	return typeof value === 'string' && (imageModes as readonly string[]).includes(value);
}

/** The terminal's graphics protocol as its environment names it, or undefined for "not known". */
export function detectProtocol(env: NodeJS.ProcessEnv): GraphicsProtocol | undefined {
	// Inside tmux or screen the escapes would need wrapping to pass through, and tmux keeps no image:
	// the outer terminal's variables may still be set there, so they are not trusted.
	const term = env['TERM'] ?? '';
	if (env['TMUX'] || env['STY'] || /^(screen|tmux)/.test(term)) {
		return undefined;
	}

	if (term === 'xterm-kitty' || env['KITTY_WINDOW_ID']) {
		return 'kitty';
	}

	const program = env['TERM_PROGRAM'] ?? '';
	// WezTerm draws iTerm2's inline images (and kitty's, but not its Unicode placeholders).
	if (program === 'iTerm.app' || program === 'WezTerm' || env['LC_TERMINAL'] === 'iTerm2') {
		return 'iterm';
	}

	if (/sixel/.test(term) || /^(foot|mlterm)/.test(term)) {
		return 'sixel';
	}

	return undefined;
}

/** What to draw: the mode asked for, with `auto` read from the environment. */
export function imageDrawing(mode: ImageMode, env: NodeJS.ProcessEnv): ImageDrawing {
	return mode === 'auto' ? detectProtocol(env) ?? 'blocks' : mode;
}
