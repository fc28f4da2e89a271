/**
Case- and diacritic-folding shared by the index and the query, so both sides compare the same text.
Marks are removed only from the combining-diacritics blocks: kana voicing marks and Indic vowel
signs carry meaning and stay.
*/
// The ranges are combining marks on purpose: each is removed on its own.
// eslint-disable-next-line no-misleading-character-class
const diacritics = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/g;
const asciiOnly = /^[\u0000-\u007F]*$/;

/** Whether text is ASCII only: such text folds to itself in lower case. */
export function isAscii(text: string): boolean {
	return asciiOnly.test(text);
}

/** Folds text for matching. ASCII text (most bodies) takes the cheap path. */
export function fold(text: string): string {
	const lower = text.toLowerCase();
	if (asciiOnly.test(lower)) {
		return lower;
	}

	// Per-character lower-casing turns a final sigma into σ; whole-string lower-casing gives ς.
	// Folding both to σ keeps titles (folded per character) and queries (whole) in agreement.
	return lower.normalize('NFKD').replace(diacritics, '').normalize('NFC').replaceAll('ς', 'σ');
}

/** Folded text plus, for each of its UTF-16 units, the span of the original it came from. */
export interface FoldedText {
	readonly text: string;
	readonly starts: readonly number[];
	readonly ends: readonly number[];
}

// Unit i of an ASCII title comes from unit i: one pair of maps, only ever grown, serves them all
// (a reader looks only at the units of its own text).
const identityStarts: number[] = [];
const identityEnds: number[] = [];

/**
Folds one code point at a time so that matched ranges can be mapped back onto the original. An
ASCII title (most of them) folds unit for unit: folding every title of a large archive for the
first query's highlights and title matches was a tenth of a second at 10k posts, one at a time.
*/
export function foldWithMap(original: string): FoldedText {
	if (asciiOnly.test(original)) {
		while (identityStarts.length < original.length) {
			identityStarts.push(identityStarts.length);
			identityEnds.push(identityEnds.length + 1);
		}

		return {text: original.toLowerCase(), starts: identityStarts, ends: identityEnds};
	}

	let text = '';
	const starts: number[] = [];
	const ends: number[] = [];
	let index = 0;
	for (const char of original) {
		const piece = fold(char);
		if (piece === '' && ends.length > 0) {
			// A mark folded away belongs to the character before it: highlight them together.
			ends[ends.length - 1] = index + char.length;
		}

		text += piece;
		for (let unit = 0; unit < piece.length; unit++) {
			starts.push(index);
			ends.push(index + char.length);
		}

		index += char.length;
	}

	return {text, starts, ends};
}

// Chinese and Japanese run words together, so each ideograph or kana is a word of its own and a
// query run of them matches as a phrase.
const cjkClass = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}`;
const unicodeWord = new RegExp(String.raw`[${cjkClass}]\p{M}*|(?:(?![${cjkClass}])[\p{L}\p{M}\p{N}])+`, 'gu');
const cjkStart = new RegExp(String.raw`^[${cjkClass}]`, 'u');

/** `/[a-z\d]+/g` over folded ASCII, by hand: a regular expression's match objects cost more than the words. */
function forEachAsciiWord(folded: string, visit: (word: string, start: number) => void): void {
	let start = -1;
	for (let index = 0; index <= folded.length; index++) {
		const code = index < folded.length ? folded.charCodeAt(index) : 0;
		const inWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
		if (inWord && start < 0) {
			start = index;
		} else if (!inWord && start >= 0) {
			visit(folded.slice(start, index), start);
			start = -1;
		}
	}
}

/** Calls `visit` for each word of folded text with its start offset. */
export function forEachWord(folded: string, visit: (word: string, start: number) => void): void {
	if (asciiOnly.test(folded)) {
		forEachAsciiWord(folded, visit);
		return;
	}

	const pattern = unicodeWord;
	pattern.lastIndex = 0;
	for (let match = pattern.exec(folded); match !== null; match = pattern.exec(folded)) {
		visit(match[0], match.index);
	}
}

export function isCjkWord(word: string): boolean {
	return cjkStart.test(word);
}
