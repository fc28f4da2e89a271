import type {Term} from './query.js';
import {findPhrase} from './match-terms.js';
import {typoMinLength, typoPrefixLength} from './typo.js';
import type {TitleWords} from './word-index.js';

export type Range = readonly [number, number];

/**
The parts of a title the query matched, as sorted, merged `[start, end)` UTF-16 ranges of the
original title (a folded character may stand for several original units, or the reverse).
*/
export function titleRanges(title: TitleWords, terms: readonly Term[]): Range[] {
	const folded: Array<[number, number]> = [];
	for (const term of terms) {
		if (term.kind === 'word') {
			title.words.forEach((word, position) => {
				const length = matchedLength(term.word, word);
				if (length > 0) {
					const start = title.wordStarts[position]!;
					folded.push([start, start + length]);
				}
			});
			continue;
		}

		const last = term.words.length - 1;
		for (let start = findPhrase(title.words, term.words); start >= 0; start = findPhrase(title.words, term.words, start + 1)) {
			folded.push([title.wordStarts[start]!, title.wordStarts[start + last]! + term.words[last]!.length]);
		}
	}

	return merge(folded.map(([start, end]) => [title.starts[start]!, title.ends[end - 1]!] as const));
}

function matchedLength(typed: string, word: string): number {
	if (word.startsWith(typed)) {
		return typed.length;
	}

	return typed.length >= typoMinLength ? typoPrefixLength(typed, word) : -1;
}

function merge(ranges: Range[]): Range[] {
	ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Array<[number, number]> = [];
	for (const [start, end] of ranges) {
		const previous = merged.at(-1);
		if (previous !== undefined && start <= previous[1]) {
			previous[1] = Math.max(previous[1], end);
		} else {
			merged.push([start, end]);
		}
	}

	return merged;
}
