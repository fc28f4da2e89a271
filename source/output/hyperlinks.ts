interface Stream {
	readonly isTTY?: boolean;
}

/**
Whether the terminal shows OSC 8 hyperlinks. Decided from the environment alone: querying the
terminal can stall for seconds behind multiplexers, and a wrong "yes" prints nothing harmful
while a wrong "no" only costs the `(url)` suffix.
*/
export function supportsHyperlinks(stream: Stream, env: NodeJS.ProcessEnv = process.env): boolean {
	const force = env['FORCE_HYPERLINK'];
	if (force !== undefined && force !== '') {
		return force !== '0';
	}

	if (stream.isTTY !== true || env['TERM'] === 'dumb' || env['TMUX'] || env['STY']) {
		return false;
	}

	const program = env['TERM_PROGRAM'] ?? '';
	if (['iTerm.app', 'WezTerm', 'vscode', 'ghostty', 'Hyper', 'Tabby'].includes(program)) {
		return true;
	}

	if (Number(env['VTE_VERSION'] ?? 0) >= 5000) {
		return true;
	}

	const term = env['TERM'] ?? '';
	return Boolean(env['KITTY_WINDOW_ID'] || env['WT_SESSION'] || env['KONSOLE_VERSION'])
		|| ['xterm-kitty', 'alacritty', 'xterm-ghostty', 'foot'].includes(term);
}
