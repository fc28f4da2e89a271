/**
Find in post: the hits of a query in the document's text lines, and moving between them. Smart
case, as less and vim do: a query with a capital letter matches case, one without does not.
*/

export interface Hit {
	readonly line: number;
	/** Character offsets into the line's text (the document's `text`, which has no escapes). */
	readonly start: number;
	readonly end: number;
}

/** Hits past this many are not counted: a one-letter query in a huge post still answers at once. */
export const maxHits = 10_000;

export function findHits(text: readonly string[], query: string): Hit[] {
	if (query === '') {
		return [];
	}

	const caseSensitive = query !== query.toLowerCase();
	const needle = caseSensitive ? query : query.toLowerCase();
	const hits: Hit[] = [];
	for (let line = 0; line < text.length && hits.length < maxHits; line++) {
		const haystack = caseSensitive ? text[line]! : text[line]!.toLowerCase();
		let from = haystack.indexOf(needle);
		while (from !== -1 && hits.length < maxHits) {
			hits.push({line, start: from, end: from + needle.length});
			from = haystack.indexOf(needle, from + needle.length);
		}
	}

	return hits;
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
