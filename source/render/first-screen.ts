/**
The head of a long post, cut where a block ends (a blank line outside a code fence), so the
reader can show a post's first screens at once while the whole of it renders.
*/

/** Posts longer than this are rendered head first. */
export const longPost = 96 * 1024;
const headSize = 24 * 1024;

/** The source up to the first block end past `headSize` characters, or undefined if it has none. */
export function headOf(source: string): string | undefined {
	if (source.length <= longPost) {
		return undefined;
	}

	let fence: string | undefined;
	let index = 0;
	while (index < source.length) {
		const end = source.indexOf('\n', index);
		const stop = end === -1 ? source.length : end;
		const line = source.slice(index, stop);
		const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (opening && (fence === undefined || opening.startsWith(fence[0]!) && opening.length >= fence.length)) {
			fence = fence === undefined ? opening : undefined;
		}

		if (index >= headSize && fence === undefined && line.trim() === '') {
			return source.slice(0, index);
		}

		// Nothing sensible to cut at within the first part of the post: render it whole.
		if (index > headSize * 8) {
			return undefined;
		}

		index = stop + 1;
	}

	return undefined;
}
