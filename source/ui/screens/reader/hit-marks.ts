/** Find in post on screen: the hits of a query in the document, and the marks drawn on the visible lines. */
import type {RenderedDocument} from '../../../render/render.js';
import {styleCodes, type Theme} from '../../theme.js';
import {findHits, type Hit} from './find.js';
import {markRanges} from './mark.js';

/** The hits of a query in a document, remembered for the last query asked (every frame asks again). */
export function hitsOf(document: RenderedDocument | undefined): (query: string) => readonly Hit[] {
	let last: {query: string; hits: readonly Hit[]} | undefined;
	return query => {
		if (document === undefined) {
			return [];
		}

		if (last?.query !== query) {
			last = {query, hits: findHits(document.text, query)};
		}

		return last.hits;
	};
}

export interface MarkStyles {
	readonly hit: {readonly open: string; readonly close: string};
	readonly current: {readonly open: string; readonly close: string};
}

export function markStyles(theme: Theme): MarkStyles {
	return {hit: styleCodes(theme.findHit), current: styleCodes(theme.findCurrent)};
}

/** First index whose hit is on `line` or below (the hits are in line order). */
function firstHitAt(hits: readonly Hit[], line: number): number {
	let low = 0;
	let high = hits.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (hits[middle]!.line < line) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	return low;
}

/** Marks the hits of a visible line only: drawing a frame never walks the whole post. */
export function decorator(hits: readonly Hit[], current: number | undefined, marks: MarkStyles): (line: string, index: number) => string {
	return (line, index) => {
		// A hit carried over from the line above (the wrap fell inside it) is the first on this line.
		const carried = firstHitAt(hits, index - 1);
		const from = firstHitAt(hits, index);
		let to = from;
		while (to < hits.length && hits[to]!.line === index) {
			to++;
		}

		// Most lines have no hit, on them or carried from the line above.
		if (carried === to) {
			return line;
		}

		const onLine: Array<{readonly index: number; readonly start: number; readonly end: number}> = [];
		for (let at = carried; at < from; at++) {
			const next = hits[at]!.next;
			if (next !== undefined) {
				onLine.push({index: at, ...next});
			}
		}

		for (let at = from; at < to; at++) {
			onLine.push({index: at, start: hits[at]!.start, end: hits[at]!.end});
		}

		if (onLine.length === 0) {
			return line;
		}

		const others = onLine.filter(hit => hit.index !== current);
		const marked = markRanges(line, others, marks.hit.open, marks.hit.close);
		const mine = onLine.filter(hit => hit.index === current);
		return mine.length > 0 ? markRanges(marked, mine, marks.current.open, marks.current.close) : marked;
	};
}
