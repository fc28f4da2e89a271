/**
Styled text cut into the pieces the wrapper lays out (wrap.ts): words, spaces, escapes (SGR,
OSC 8, our markers) and CJK characters, each with its width and the style open at it, so a line
can be closed and reopened anywhere. Measured with the grapheme widths of text/.
*/
import {graphemeColumns as stringWidth, graphemes, oneColumnEach} from '../text/grapheme-width.js';
import {apcPattern} from './markers.js';

/**
A space the line must not break at: the renderer puts it between a link's text and its `[n]`,
so the number never starts a line (`[4]:` alone on a line reads as a reference definition).
Drawn as an ordinary space (a private-use character, so the fast path never skips it).
*/
export const gluedSpace = '\uE00B';

export const ESC = '\u001B';

export const LINK_CLOSE = `${ESC}]8;;${ESC}\\`;

export const RESET = `${ESC}[0m`;

export const escapePattern = new RegExp(String.raw`\u001B\[[0-9;]*m|\u001B\]8;;([^\u0007\u001B]*)(?:\u0007|\u001B\\)|` + apcPattern, 'g');
// The visible prefix a continuation line lines up under: indentation, quote bars, a bullet or
// number, a task box.

/** SGR parameter that ends each kind of style, keyed by the parameter that starts it. */
export function closerOf(code: number): number {
	if (code === 1 || code === 2) {
		return 22;
	}

	if (code >= 3 && code <= 9) {
		return code === 6 ? 25 : 20 + code;
	}

	if ((code >= 30 && code <= 38) || (code >= 90 && code <= 97)) {
		return 39;
	}

	if ((code >= 40 && code <= 48) || (code >= 100 && code <= 107)) {
		return 49;
	}

	return code === 53 ? 55 : -1;
}

export class Style {
	private sgr: Array<{readonly sequence: string; readonly closer: number}> = [];
	link: string | undefined;

	apply(sequence: string, url: string | undefined): void {
		if (sequence.startsWith('\u001B_')) {
			return;
		}

		if (url !== undefined) {
			this.link = url === '' ? undefined : url;
			return;
		}

		const parameters = sequence.slice(2, -1);
		const first = Number(parameters.split(';')[0] || '0');
		if (first === 0) {
			this.sgr = [];
			return;
		}

		const closer = closerOf(first);
		if (closer === -1) {
			// A closing parameter (22, 39, ...) ends every open style of its kind.
			this.sgr = this.sgr.filter(style => style.closer !== first);
			return;
		}

		this.sgr.push({sequence, closer});
	}

	get active(): boolean {
		return this.sgr.length > 0 || this.link !== undefined;
	}

	open(): string {
		const link = this.link === undefined ? '' : `${ESC}]8;;${this.link}${ESC}\\`;
		return this.sgr.map(style => style.sequence).join('') + link;
	}

	close(): string {
		return (this.link === undefined ? '' : LINK_CLOSE) + (this.sgr.length > 0 ? RESET : '');
	}
}

export type Piece =
	| {readonly kind: 'escape'; readonly sequence: string; readonly url: string | undefined}
	| {readonly kind: 'space'}
	| {readonly kind: 'word'; readonly parts: readonly Part[]; readonly width: number};

export type Part =
	| {readonly kind: 'escape'; readonly sequence: string; readonly url: string | undefined}
	| {readonly kind: 'char'; readonly text: string; readonly width: number; readonly glue?: boolean};

// Plain ASCII needs no grapheme segmentation; other runs are segmented in slices, because
// iterating Intl.Segmenter over one long string takes quadratic time in V8. The glued space
// before every link's number is a run of its own: it joins nothing, and a post of ASCII text
// with a link made the process's first segmenter, which loads ICU's break data (~8 ms of `show`).

export const runs = new RegExp(`[\\u0020-\\u007E]+|${gluedSpace}+|[^\\u0020-\\u007E${gluedSpace}]+`, 'g');

export const sliceLength = 1024;

function * chunks(text: string): Generator<string> {
	let start = 0;
	while (start < text.length) {
		let end = Math.min(text.length, start + sliceLength);
		// Never split a surrogate pair.
		if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) {
			end++;
		}

		yield text.slice(start, end);
		start = end;
	}
}

/**
Characters of scripts written without spaces (Han, kana, CJK punctuation and full-width forms):
a line may break before and after each. Hangul is written with spaces and wraps at them.
*/
export const cjk = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF\u30FC]/u;

/** Never at the start of a line (closing marks, small kana, the prolonged sound mark): kinsoku. */
export const noBreakBefore = /^[、。，．・：；？！）〕］｝〉》」』】〙〗〟ヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々〻‐゠–〜）\])}.,;:!?%]/u;

/** Never at the end of a line (opening marks). */
export const noBreakAfter = /^[（〔［｛〈《「『【〘〖〝([{]/u;

export function charWidth(text: string): number {
	const code = text.codePointAt(0) ?? 0;
	return text.length === 1 && code >= 0x20 && code < 0x7F ? 1 : stringWidth(text);
}

export function pieces(line: string): Piece[] {
	const result: Piece[] = [];
	let word: Part[] = [];
	let width = 0;
	// Escapes met between words open the next word: a style starts on its text, not on the space.
	let waiting: Part[] = [];
	const endWord = () => {
		if (word.length > 0) {
			result.push({kind: 'word', parts: word, width});
			word = [];
			width = 0;
		}
	};

	// Chinese and Japanese break between any two characters; the line may break after this one.
	let breakAfter = false;
	// After an opening mark the next character stays on its line.
	let holdNext = false;
	const addGrapheme = (segment: string) => {
		if (segment === gluedSpace) {
			word.push({kind: 'char', text: ' ', width: 1, glue: true});
			width++;
			return;
		}

		if (segment === ' ') {
			endWord();
			breakAfter = false;
			holdNext = false;
			result.push({kind: 'space'});
			return;
		}

		const ideographic = segment.charCodeAt(0) >= 0x2E_80 && cjk.test(segment);
		if ((breakAfter || ideographic) && !holdNext && !noBreakBefore.test(segment)) {
			endWord();
		}

		holdNext = (ideographic || breakAfter) && noBreakAfter.test(segment);
		breakAfter = ideographic && !holdNext;
		if (word.length === 0 && waiting.length > 0) {
			word = waiting;
			waiting = [];
		}

		const w = charWidth(segment);
		word.push({kind: 'char', text: segment, width: w});
		width += w;
	};

	const addText = (text: string) => {
		for (const run of text.match(runs) ?? []) {
			// One column a character and no joining: no segmenter needed.
			if (run.startsWith(gluedSpace) || oneColumnEach.test(run)) {
				for (const character of run) {
					addGrapheme(character);
				}

				continue;
			}

			for (const chunk of chunks(run)) {
				for (const {segment} of graphemes(chunk)) {
					addGrapheme(segment);
				}
			}
		}
	};

	let last = 0;
	for (const match of line.matchAll(escapePattern)) {
		addText(line.slice(last, match.index));
		const escape = {kind: 'escape', sequence: match[0], url: match[1]} as const;
		if (word.length > 0) {
			word.push(escape);
		} else {
			waiting.push(escape);
		}

		last = match.index + match[0].length;
	}

	addText(line.slice(last));
	endWord();
	result.push(...waiting.map(part => part as Piece));
	return result;
}

