/**
Cutting one-line text to a number of terminal columns, in spans that keep their highlighting.
Widths are the project's one column count (text/width.ts), so CJK and emoji count two columns,
and a grapheme is never split.
*/
import {graphemeColumns, startWithin} from './grapheme-width.js';
import type {TitlePart} from './title-markup.js';
import {columns, fit, headFor, truncate} from './width.js';

export interface Span {
	readonly text: string;
	readonly highlighted: boolean;
	/** Drawn in the code style (a code span of a title). */
	readonly code?: boolean;
}

/** Splits `text` into plain and highlighted spans; ranges are `[start, end)` UTF-16 offsets. */
export function highlightSpans(text: string, ranges: ReadonlyArray<readonly [number, number]>): Span[] {
	const sorted = ranges
		.map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)] as const)
		.filter(([start, end]) => end > start)
		.sort((a, b) => a[0] - b[0]);
	const spans: Span[] = [];
	let at = 0;
	for (const [start, end] of sorted) {
		if (end <= at) {
			continue;
		}

		if (start > at) {
			spans.push({text: text.slice(at, start), highlighted: false});
		}

		spans.push({text: text.slice(Math.max(start, at), end), highlighted: true});
		at = end;
	}

	if (at < text.length) {
		spans.push({text: text.slice(at), highlighted: false});
	}

	return spans;
}

/**
A title's parts split at the highlight ranges, which index the title as written: a code part's
backticks are not shown, so each part's ranges are shifted by where its text starts.
*/
export function highlightParts(parts: readonly TitlePart[], ranges: ReadonlyArray<readonly [number, number]>): Span[] {
	const spans: Span[] = [];
	for (const part of parts) {
		const end = part.start + part.text.length;
		const inPart = ranges
			.filter(([from, to]) => to > part.start && from < end)
			.map(([from, to]) => [from - part.start, to - part.start] as const);
		for (const span of highlightSpans(part.text, inPart)) {
			spans.push(part.code ? {...span, code: true} : span);
		}
	}

	return spans;
}

/**
The spans up to the first one cut by headFor: only the start of a long title can show, and
measuring all of it can take seconds (an 8,000-times repeated CJK title took 26 s a frame).
*/
function headsOf(spans: readonly Span[], width: number): Span[] {
	const heads: Span[] = [];
	for (const span of spans) {
		const text = headFor(span.text, width);
		heads.push(text === span.text ? span : {...span, text});
		if (text !== span.text) {
			break;
		}
	}

	return heads;
}

/** At most `width` columns of the spans, ending in `…` when anything was cut. */
export function fitSpans(spans: readonly Span[], width: number): Span[] {
	if (width <= 0) {
		return [];
	}

	const heads = headsOf(spans, width);
	if (heads.length === spans.length && heads.at(-1)?.text === spans.at(-1)?.text) {
		const total = spans.reduce((sum, span) => sum + graphemeColumns(span.text), 0);
		if (total <= width) {
			return [...spans];
		}
	}

	const fitted: Span[] = [];
	let used = 0;
	for (const span of heads) {
		const {text, columns: taken} = startWithin(span.text, width - 1 - used);
		used += taken;

		if (text !== '') {
			fitted.push({...span, text});
		}

		if (text !== span.text) {
			break;
		}
	}

	fitted.push({text: '…', highlighted: false});
	return fitted;
}

/** Plain text cut to `width` columns with an ellipsis. */
export const fitText = truncate;

/** Plain text cut or padded to exactly `width` columns. */
export const padText = fit;

export const columnsOf = columns;
