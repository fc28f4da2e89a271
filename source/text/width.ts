import {graphemeColumns as stringWidth, startWithin} from './grapheme-width.js';

/**
The start of `text` that can show in `width` columns, to measure instead of the whole. Grapheme
segmentation (under string-width) slows down faster than linearly on long strings: on Node 20 a
title of 80,000 characters takes about 2 s to measure, 160,000 about 37 s. A column holds at most
a few code units but for runs of combining marks, so the cut is generous; a text that was cut is
always wider than the width for display purposes (it ends in an ellipsis).
*/
export function headFor(text: string, width: number): string {
	const limit = Math.max(0, Math.floor(width)) * 8 + 16;
	if (text.length <= limit) {
		return text;
	}

	const code = text.charCodeAt(limit - 1);
	// Never end on the first half of a surrogate pair.
	return text.slice(0, code >= 0xD8_00 && code <= 0xDB_FF ? limit - 1 : limit);
}

/** Columns of `text`, but at most `limit + 1`: enough to tell whether it fits, at a bounded cost. */
export function columnsUpTo(text: string, limit: number): number {
	const head = headFor(text, limit);
	return head === text ? Math.min(stringWidth(text), limit + 1) : limit + 1;
}

/** Columns a string takes on a terminal: wide CJK and emoji count two. */
export function columns(text: string): number {
	return stringWidth(text);
}

/** Cut to at most `width` columns, ending with `…` when anything was cut; never splits a grapheme. */
export function truncate(text: string, width: number): string {
	if (width <= 0) {
		return '';
	}

	const head = headFor(text, width);
	if (head === text && stringWidth(text) <= width) {
		return text;
	}

	return `${startWithin(head, width - 1).text}…`;
}

/** Pad with spaces to exactly `width` columns (after truncating). */
export function fit(text: string, width: number): string {
	const cut = truncate(text, width);
	return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}
