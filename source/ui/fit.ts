/**
Cutting one-line text to a number of terminal columns. Widths come from string-width, so CJK and
emoji count two columns, and a grapheme is never split.
*/
import stringWidth from 'string-width';
import {headFor} from '../text/width.js';

const graphemes = new Intl.Segmenter();

// Printable ASCII is one column a character. string-width segments graphemes even then, some
// 20 µs a title: too slow for a list of 10,000 posts measured on every search.
const printableAscii = /^[\u0020-\u007E]*$/;

function widthOf(text: string): number {
	return printableAscii.test(text) ? text.length : stringWidth(text);
}

export interface Span {
	readonly text: string;
	readonly highlighted: boolean;
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
The spans up to the first one cut by headFor: only the start of a long title can show, and
measuring all of it can take seconds (an 8,000-times repeated CJK title took 26 s a frame).
*/
function headsOf(spans: readonly Span[], width: number): Span[] {
	const heads: Span[] = [];
	for (const span of spans) {
		const text = headFor(span.text, width);
		heads.push(text === span.text ? span : {text, highlighted: span.highlighted});
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
		const total = spans.reduce((sum, span) => sum + widthOf(span.text), 0);
		if (total <= width) {
			return [...spans];
		}
	}

	const fitted: Span[] = [];
	let used = 0;
	for (const span of heads) {
		let text = '';
		for (const {segment} of graphemes.segment(span.text)) {
			const columns = stringWidth(segment);
			if (used + columns > width - 1) {
				break;
			}

			text += segment;
			used += columns;
		}

		if (text !== '') {
			fitted.push({text, highlighted: span.highlighted});
		}

		if (text !== span.text) {
			break;
		}
	}

	fitted.push({text: '…', highlighted: false});
	return fitted;
}

/** Plain text cut to `width` columns with an ellipsis. */
export function fitText(text: string, width: number): string {
	return fitSpans([{text, highlighted: false}], width).map(span => span.text).join('');
}

/** Plain text cut or padded to exactly `width` columns. */
export function padText(text: string, width: number): string {
	const fitted = fitText(text, width);
	return fitted + ' '.repeat(Math.max(0, width - widthOf(fitted)));
}

export function columnsOf(text: string): number {
	return widthOf(text);
}
