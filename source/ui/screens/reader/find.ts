/**
Find in post: the hits of a query in the document's text lines, and moving between them. Smart
case, as less and vim do: a query with a capital letter matches case, one without does not.
*/

export interface Hit {
	readonly line: number;
	/** Character offsets into the line's text (the document's `text`, which has no escapes). */
	readonly start: number;
	readonly end: number;
	/** The rest of a hit that a wrap carried onto the next line: offsets into that line. */
	readonly next?: {readonly start: number; readonly end: number};
}

/** Hits past this many are not counted: a one-letter query in a huge post still answers at once. */
export const maxHits = 10_000;

/**
Every hit of `query` in the text lines, in order. A space in the query also matches where the text
wraps (the end of one line and the start of the next), so a phrase is found at any width.
*/
export function findHits(text: readonly string[], query: string): Hit[] {
	if (query === '') {
		return [];
	}

	const caseSensitive = query !== query.toLowerCase();
	const needle = caseSensitive ? query : query.toLowerCase();
	const splits = spaceSplits(needle);
	const hits: Hit[] = [];
	let haystack = text.length > 0 ? fold(text[0]!, caseSensitive) : '';
	for (let line = 0; line < text.length && hits.length < maxHits; line++) {
		const following = line + 1 < text.length ? fold(text[line + 1]!, caseSensitive) : '';
		const before = hits.length;
		let from = haystack.indexOf(needle);
		while (from !== -1 && hits.length < maxHits) {
			hits.push({line, start: from, end: from + needle.length});
			from = haystack.indexOf(needle, from + needle.length);
		}

		const wrapped = splits.length > 0 && following !== '' ? wrappedHit(haystack, following, splits, line) : undefined;
		if (wrapped !== undefined && hits.length < maxHits) {
			// It starts at the line's end, after any hit wholly on the line.
			hits.splice(before + hits.slice(before).filter(hit => hit.start < wrapped.start).length, 0, wrapped);
		}

		haystack = following;
	}

	return hits;
}

function fold(line: string, caseSensitive: boolean): string {
	return caseSensitive ? line : line.toLowerCase();
}

/** The query cut at each of its spaces: the part that ends one line and the part that starts the next. */
function spaceSplits(needle: string): Array<readonly [string, string]> {
	const splits: Array<readonly [string, string]> = [];
	for (let at = needle.indexOf(' '); at !== -1; at = needle.indexOf(' ', at + 1)) {
		const head = needle.slice(0, at).trimEnd();
		const tail = needle.slice(at + 1).trimStart();
		if (head !== '' && tail !== '') {
			splits.push([head, tail]);
		}
	}

	return splits;
}

/** A hit that ends `line` with the query's head and starts the next line with its tail, if any. */
function wrappedHit(line: string, next: string, splits: ReadonlyArray<readonly [string, string]>, index: number): Hit | undefined {
	const end = line.trimEnd();
	const start = next.length - next.trimStart().length;
	for (const [head, tail] of splits) {
		if (end.endsWith(head) && next.startsWith(tail, start)) {
			return {line: index, start: end.length - head.length, end: end.length, next: {start, end: start + tail.length}};
		}
	}

	return undefined;
}

export interface Step {
	readonly index: number;
	/** The step went past the last hit to the first, or before the first to the last. */
	readonly wrapped: boolean;
}

/**
The hit to go to from a screen whose top is `top`: `next` is the first hit below the current one
(`current`, or the first on or after `top` when there is none yet), `previous` the one above.
*/
export function stepHit(hits: readonly Hit[], current: number | undefined, top: number, direction: 'next' | 'previous'): Step | undefined {
	if (hits.length === 0) {
		return undefined;
	}

	if (current === undefined) {
		const index = hits.findIndex(hit => hit.line >= top);
		if (direction === 'next') {
			return index === -1 ? {index: 0, wrapped: true} : {index, wrapped: false};
		}

		const before = (index === -1 ? hits.length : index) - 1;
		return before < 0 ? {index: hits.length - 1, wrapped: true} : {index: before, wrapped: false};
	}

	if (direction === 'next') {
		return current + 1 < hits.length ? {index: current + 1, wrapped: false} : {index: 0, wrapped: true};
	}

	return current > 0 ? {index: current - 1, wrapped: false} : {index: hits.length - 1, wrapped: true};
}
