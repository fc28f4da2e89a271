import {foldWithMap, forEachWord} from './normalize.js';
import type {Term} from './query.js';

export type Range = readonly [number, number];

/** One line of a post's text around the query's first hit, with the hits to highlight. */
export interface Snippet {
	/** Plain text, whitespace collapsed; still archive text, sanitized by whoever prints it. */
	readonly text: string;
	/** `[start, end)` UTF-16 ranges of `text` that matched. */
	readonly ranges: readonly Range[];
}

// Markup that says nothing in one line of text: emphasis marks, headings, quotes, list bullets.
const markup = /[*_`#>|~]+|!?\[|\]\([^)]*\)|<[^>]*>/g;

/** At most this many lines are read for a hit: a snippet is worth less than a slow result. */
const linesRead = 2000;

/**
The first line of `text` (a body or summary) holding a word of `terms` (as a prefix, as the
search matches), cut to about `width` characters around the first hit, with every hit in it as
a range; undefined when no line holds one. Reads line by line, so a long body costs only up to
its first hit.
*/
export function snippetOf(text: string, terms: readonly Term[], width = 80): Snippet | undefined {
	const words = terms.flatMap(term => (term.kind === 'word' ? [term.word] : term.words));
	if (words.length === 0) {
		return undefined;
	}

	let start = 0;
	for (let line = 0; line < linesRead && start < text.length; line++) {
		let end = text.indexOf('\n', start);
		if (end < 0) {
			end = text.length;
		}

		const found = lineSnippet(text.slice(start, end), words, width);
		if (found !== undefined) {
			return found;
		}

		start = end + 1;
	}

	return undefined;
}

function lineSnippet(raw: string, words: readonly string[], width: number): Snippet | undefined {
	const line = raw.replace(markup, ' ').replace(/\s+/g, ' ').trim();
	if (line === '') {
		return undefined;
	}

	const folded = foldWithMap(line);
	const hits: Array<[number, number]> = [];
	forEachWord(folded.text, (word, at) => {
		const length = words.reduce((longest, wanted) => (word.startsWith(wanted) ? Math.max(longest, wanted.length) : longest), 0);
		if (length > 0) {
			hits.push([folded.starts[at]!, folded.ends[at + length - 1]!]);
		}
	});
	if (hits.length === 0) {
		return undefined;
	}

	// A line that fits is shown whole; a longer one as a window of `width` characters with the
	// first hit about a third of the way in, starting at a word.
	const first = hits[0]![0];
	let from = line.length <= width ? 0 : Math.max(0, first - Math.floor(width / 3));
	if (from > 0) {
		const space = line.indexOf(' ', from - 1);
		from = space >= 0 && space < first ? space + 1 : from;
	}

	const to = Math.min(line.length, from + width);
	const lead = from > 0 ? '…' : '';
	const text = `${lead}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
	const shift = lead.length - from;
	const ranges = hits
		.filter(([start, end]) => start >= from && end <= to)
		.map(([start, end]) => [start + shift, end + shift] as const);
	return {text, ranges};
}
