/** What a header parser found: the metadata record, and the text that follows the header. */
export interface Header {
	/** True when a well-formed header was found; false means `meta` is empty and `body` is the whole text. */
	readonly found: boolean;
	/** Keys lower-cased, values as the parser gave them (strings, numbers, lists, dates). */
	readonly meta: Readonly<Record<string, unknown>>;
	readonly body: string;
}

export function noHeader(text: string): Header {
	return {found: false, meta: {}, body: text};
}

/** Front matter keys are matched case-insensitively (Hugo writes `Title`, JBake `title`). */
export function lowerKeys(record: Record<string, unknown>): Record<string, unknown> {
	const meta: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(record)) {
		const lower = key.toLowerCase();
		if (!(lower in meta)) {
			meta[lower] = value;
		}
	}

	return meta;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
Finds a fenced block that opens on the first line: returns the fenced text and where the body
starts, or null when the fence is never closed.
*/
export function fenced(text: string, open: string, close: RegExp): {inner: string; bodyStart: number} | null {
	const firstEnd = text.indexOf('\n');
	if (firstEnd === -1 || text.slice(0, firstEnd).trimEnd() !== open) {
		return null;
	}

	close.lastIndex = firstEnd;
	const match = close.exec(text);
	if (!match) {
		return null;
	}

	const bodyStart = match.index + match[0].length;
	return {inner: text.slice(firstEnd + 1, match.index + 1), bodyStart: Math.min(bodyStart, text.length)};
}
