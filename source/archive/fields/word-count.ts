import type {PostFormat} from '../post.js';
import {stripTags} from './html-scan.js';

const letter = /[\p{L}\p{N}]/u;

// What a character does to a word, by class: a separator ends it, a letter or digit starts or
// continues one, a joiner (`'`, `-`, `_`, `’`) continues one but starts none.
const separator = 0;
const wordCharacter = 1;
const joiner = 2;

const asciiClasses = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
	const isWord = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
	asciiClasses[code] = isWord ? wordCharacter : (code === 39 || code === 45 || code === 95 ? joiner : separator);
}

/**
Words a reader reads: runs of letters or digits (joined by `'`, `-` or `_`), link targets and
bare URLs aside. It runs over every body at load (80 MB at 10,000 posts), so the loop over
characters has no branch on letter or space (a class from a table, the word state as bits):
such branches were mispredicted about once a word, more than half of the loop's time. Link
targets (`](…)`) and URLs (`http://…`, `https://…` at the start of a word) are found by `indexOf`
and stepped over, each up to the next space (a target also to its `)`).
*/
export function countWords(body: string, format: PostFormat): number {
	const text = format === 'html' ? stripTags(body) : body;
	const {length} = text;
	let count = 0;
	// 1 inside a word, else 0.
	let inWord = 0;
	let at = 0;
	let link = text.indexOf('](');
	let url = urlFrom(text, 0);
	while (at < length) {
		if (link !== -1 && link < at) {
			link = text.indexOf('](', at);
		}

		if (url !== -1 && url < at) {
			url = urlFrom(text, at);
		}

		// Up to the `(` of a link target or the start of a URL, whichever is first.
		const stop = Math.min(link === -1 ? length : link + 1, url === -1 ? length : url);
		for (; at < stop; at++) {
			const code = text.charCodeAt(at);
			const kind = code < 128 ? asciiClasses[code]! : nonAsciiClass(text, at, code);
			const isWord = kind & 1;
			count += isWord & (inWord ^ 1);
			inWord = isWord | ((kind >> 1) & inWord);
		}

		if (at >= length) {
			break;
		}

		if (at === url && inWord === 0) {
			// A URL starting a word: none of it is read, nor the space after it.
			at = nextSpace(text, at, false) + 1;
		} else if (at === link + 1) {
			at = nextSpace(text, at, true) + 1;
			inWord = 0;
		} else {
			// A URL inside a word (`xhttp://`) is only more of the word: its `h` is read as a letter.
			at++;
		}
	}

	return count;
}

function nonAsciiClass(text: string, at: number, code: number): number {
	if (letter.test(text[at]!)) {
		return wordCharacter;
	}

	return code === 0x20_19 ? joiner : separator;
}

/**
Where the next URL from `from` starts: the `h` of `http://` or `https://` (any case, but the `s`
of `https` lower case, as the character loop before this one read it).
*/
function urlFrom(text: string, from: number): number {
	let colon = text.indexOf('://', from + 4);
	while (colon !== -1) {
		const start = text.charCodeAt(colon - 1) === 115 ? colon - 5 : colon - 4;
		if (start >= from && /^https?$/i.test(text.slice(start, colon))) {
			return start;
		}

		colon = text.indexOf('://', colon + 1);
	}

	return -1;
}

/** The index of the next space, tab or newline from `at` (or closing parenthesis), or the end. */
function nextSpace(text: string, at: number, parenthesis: boolean): number {
	for (let index = at; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 32 || code === 10 || code === 9 || (parenthesis && code === 41)) {
			return index;
		}
	}

	return text.length;
}
