/**
How a link target from the archive reaches the terminal. Targets are archive data: in an OSC 8
sequence only printable ASCII may stand between `ESC]8;;` and the terminator, so nothing in a
URL can end the sequence early and smuggle in another one. What a reader sees is the target as
the post wrote it: never percent-decoded (`%20` stays `%20`), never resolved.
*/

const ESC = '\u001B';
const controls = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
Targets a generator resolves when it builds the site (Zola `@/x.md`, the forms templates.ts
writes for Hugo `ref` and Jekyll `post_url`): they name a post, not a place on the web, so no
base URL is put in front of them.
*/
export function isPostReference(target: string): boolean {
	return target.startsWith('@/') || target.startsWith('post:');
}

/** The target as a terminal may receive it in OSC 8: controls and spaces dropped, the rest percent-encoded. */
export function cleanUrl(href: string, baseUrl?: string): string {
	const stripped = href.replace(/[\u0000-\u0020\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '');
	let resolved = stripped;
	if (baseUrl && stripped !== '' && !stripped.startsWith('#') && !isPostReference(stripped) && !/^[a-z][a-z\d+.-]*:/i.test(stripped)) {
		try {
			resolved = new URL(stripped, baseUrl).href;
		} catch {
			resolved = stripped;
		}
	}

	return resolved.replace(/[^\u0021-\u007E]/gu, character => encodeURIComponent(character));
}

/** The target as a reader sees it: exactly as written, only controls removed. */
export function displayUrl(href: string): string {
	return href.replace(controls, '').trim();
}

/**
An OSC 8 hyperlink. BEL terminates it while rendering (the wrapper re-emits every link with ST);
`url` must come from cleanUrl.
*/
export function hyperlink(url: string, text: string): string {
	return `${ESC}]8;;${url}\u0007${text}${ESC}]8;;\u0007`;
}

/** Removes hyperlinks already in `text` (an image inside a link), keeping their visible text. */
export function withoutHyperlinks(text: string): string {
	return text.replace(/\u001B\]8;;[^\u0007\u001B]*(?:\u0007|\u001B\\)/g, '');
}

/** Numbers link targets: one number per target across the post, listed under each section. */
export class References {
	private readonly numbers = new Map<string, number>();
	private pending: number[] = [];

	/** The number for `url`, listed again under the current section even if seen before. */
	add(url: string): number {
		let number = this.numbers.get(url);
		if (number === undefined) {
			number = this.numbers.size + 1;
			this.numbers.set(url, number);
		}

		if (!this.pending.includes(number)) {
			this.pending.push(number);
		}

		return number;
	}

	/** The `[n]: url` lines of the section just rendered, and a fresh list for the next. */
	take(): Array<{readonly number: number; readonly url: string}> {
		const urls = [...this.numbers.entries()];
		const taken = this.pending
			.sort((a, b) => a - b)
			.map(number => ({number, url: urls[number - 1]![0]}));
		this.pending = [];
		return taken;
	}
}
