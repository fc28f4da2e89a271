/**
How a link target from the archive reaches the terminal. Targets are archive data: in an OSC 8
sequence only printable ASCII may stand between `ESC]8;;` and the terminator, so nothing in a
URL can end the sequence early and smuggle in another one.
*/

const ESC = '\u001B';

/** The target as a terminal may receive it: controls and spaces dropped, the rest percent-encoded. */
export function cleanUrl(href: string, baseUrl?: string): string {
	const stripped = href.replace(/[\u0000-\u0020\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '');
	let resolved = stripped;
	if (baseUrl && stripped !== '' && !stripped.startsWith('#') && !/^[a-z][a-z\d+.-]*:/i.test(stripped)) {
		try {
			resolved = new URL(stripped, baseUrl).href;
		} catch {
			resolved = stripped;
		}
	}

	return resolved.replace(/[^\u0021-\u007E]/gu, character => encodeURIComponent(character));
}

/** The target as a reader should see it (Unicode kept, controls gone). */
export function displayUrl(href: string, baseUrl?: string): string {
	const clean = cleanUrl(href, baseUrl);
	try {
		return decodeURI(clean).replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '');
	} catch {
		return clean;
	}
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

/** Numbers link targets for the `references` style: one number per URL across the post. */
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
