import emojiRegex from 'emoji-regex';
import {eastAsianWidth} from 'get-east-asian-width';
import stripAnsi from 'strip-ansi';

/**
Terminal columns of a string, as string-width 7 counts them, with one difference in cost:
string-width makes an `Intl.Segmenter` when it is imported, and the first one a process makes
loads ICU's break data (8-55 ms measured here), on every command, even those that print only
ASCII. Here text of plain one-column characters is counted by its length, and the segmenter is made the first time
other text needs one. The character tables are string-width's own (get-east-asian-width,
emoji-regex); test/text/width.test.ts checks the two agree.
*/
export function graphemeColumns(text: string): number {
	// Our own styling is most of the escapes measured here; it takes no columns.
	const plain = text.includes('\u001B') || text.includes('\u009B') ? stripAnsi(text) : text;
	if (oneColumnEach.test(plain)) {
		return plain.length;
	}

	let width = 0;
	for (const {segment} of graphemes(plain)) {
		width += segmentColumns(segment);
	}

	return width;
}

/**
The longest start of `text` that takes at most `room` columns, never cutting a grapheme, and the
columns it takes. Text of one-column characters is cut by its length: no segmenter (see above)
for an ASCII title cut short.
*/
export function startWithin(text: string, room: number): {readonly text: string; readonly columns: number} {
	if (oneColumnEach.test(text)) {
		const start = text.slice(0, Math.max(0, room));
		return {text: start, columns: start.length};
	}

	let result = '';
	let used = 0;
	for (const {segment} of graphemes(text)) {
		const width = graphemeColumns(segment);
		if (used + width > room) {
			break;
		}

		result += segment;
		used += width;
	}

	return {text: result, columns: used};
}

/** The string's graphemes (user-perceived characters). */
export function graphemes(text: string): Iterable<Intl.SegmentData> {
	segmenter ??= new Intl.Segmenter();
	return segmenter.segment(text);
}

/**
Characters that are one column each and never join into a grapheme: printable ASCII, Latin-1 and
the Latin extensions, general punctuation (typographic quotes, dashes, ellipsis), the four arrows
of the reader's help line (made its first frame load ICU's break data, ~14 ms) and box drawing,
less the few that string-width counts as emoji (©, ®, ‼, ⁉) or as nothing (soft hyphen, bidi
controls, separators). test/text/width.test.ts checks every one of them.
*/
export const oneColumnEach = /^[\u0020-\u007E\u00A0-\u00A8\u00AA-\u00AC\u00AF-\u02FF\u2010-\u2027\u2030-\u203B\u203D-\u2048\u204A-\u205E\u2190-\u2193\u2500-\u257F]*$/;
const ignorable = /^\p{Default_Ignorable_Code_Point}$/u;
const emoji = emojiRegex();
let segmenter: Intl.Segmenter | undefined;

function segmentColumns(segment: string): number {
	const code = segment.codePointAt(0) ?? 0;
	if (isZeroWidth(code) || ignorable.test(segment)) {
		return 0;
	}

	emoji.lastIndex = 0;
	if (emoji.test(segment)) {
		return 2;
	}

	return eastAsianWidth(code, {ambiguousAsWide: false});
}

/** Controls, zero-width spaces and joiners, combining marks, lone surrogates, variation selectors. */
function isZeroWidth(code: number): boolean {
	return code <= 0x1F
		|| (code >= 0x7F && code <= 0x9F)
		|| (code >= 0x20_0B && code <= 0x20_0F)
		|| code === 0xFE_FF
		|| (code >= 0x3_00 && code <= 0x3_6F)
		|| (code >= 0x1A_B0 && code <= 0x1A_FF)
		|| (code >= 0x1D_C0 && code <= 0x1D_FF)
		|| (code >= 0x20_D0 && code <= 0x20_FF)
		|| (code >= 0xFE_20 && code <= 0xFE_2F)
		|| (code >= 0xD8_00 && code <= 0xDF_FF)
		|| (code >= 0xFE_00 && code <= 0xFE_0F);
}
