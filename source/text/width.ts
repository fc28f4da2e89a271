import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter();

/** Columns a string takes on a terminal: wide CJK and emoji count two. */
export function columns(text: string): number {
	return stringWidth(text);
}

/** Cut to at most `width` columns, ending with `…` when anything was cut; never splits a grapheme. */
export function truncate(text: string, width: number): string {
	if (width <= 0) {
		return '';
	}

	if (stringWidth(text) <= width) {
		return text;
	}

	let result = '';
	let used = 0;
	for (const {segment} of segmenter.segment(text)) {
		const w = stringWidth(segment);
		if (used + w > width - 1) {
			break;
		}

		result += segment;
		used += w;
	}

	return `${result}…`;
}

/** Pad with spaces to exactly `width` columns (after truncating). */
export function fit(text: string, width: number): string {
	const cut = truncate(text, width);
	return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}
