/**
Trailing-character trims as loops. The regex forms (`/[ \t]+$/`, a lazy `(.*?)[ \t]*$`) try every
position of a long run of spaces and rescan the run from each: quadratic in the run's length.
*/

/** The text without trailing spaces and tabs. */
export function trimSpacesEnd(text: string): string {
	let end = text.length;
	while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) {
		end--;
	}

	return end === text.length ? text : text.slice(0, end);
}

/**
A heading's text without its closing sequence: trailing spaces, then a run of `mark` (kept when
it is the whole text, or, with `spaced`, when no space or tab comes before it), then spaces again.
*/
export function withoutClosingMarks(text: string, mark: string, spaced: boolean): string {
	const trimmed = trimSpacesEnd(text);
	let start = trimmed.length;
	while (start > 1 && trimmed[start - 1] === mark) {
		start--;
	}

	if (start === trimmed.length || trimmed[start - 1] === mark) {
		return trimmed;
	}

	const before = trimmed.charCodeAt(start - 1);
	if (spaced && before !== 32 && before !== 9) {
		return trimmed;
	}

	return trimSpacesEnd(trimmed.slice(0, start));
}
