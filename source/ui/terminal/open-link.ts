/**
How a link that leaves the archive is opened: with `$BROWSER` when it is set (it may be a
terminal browser, so it gets the terminal, as the editor does), else the desktop's opener
(`open` on macOS, `xdg-open` elsewhere), started apart from the reader with no terminal at all.
Only web and mail links are handed on: a post's text is untrusted, and `file:` or a custom
scheme could start anything.
*/

export type Opener =
	| {readonly terminal: true; readonly command: string}
	| {readonly terminal: false; readonly file: string};

const allowed = new Set(['http:', 'https:', 'mailto:']);

/** The absolute URL to open for a link's target, or why it is not opened. */
export function linkUrl(target: string, baseUrl: string | undefined): {readonly url: string} | {readonly error: string} {
	let url: URL;
	try {
		url = /^[a-z][a-z\d+.-]*:/i.test(target) ? new URL(target) : new URL(target, baseUrl);
	} catch {
		return {error: baseUrl ? `not a URL: ${target}` : `a relative link and the archive names no base URL: ${target}`};
	}

	return allowed.has(url.protocol) ? {url: url.href} : {error: `${url.protocol.slice(0, -1)} links are not opened: ${target}`};
}

export function openerFor(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): Opener {
	// $BROWSER may list several, colon-separated (the old convention); the first is tried.
	const browser = env['BROWSER']?.split(':')[0]?.trim();
	if (browser) {
		return {terminal: true, command: browser};
	}

	return {terminal: false, file: platform === 'darwin' ? 'open' : 'xdg-open'};
}
