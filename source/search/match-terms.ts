import type {Post} from '../archive/post.js';
import {fold, forEachWord} from './normalize.js';
import {typoMinLength, typoPrefixLength} from './typo.js';
import {Field, prefixRange, type WordIndex} from './word-index.js';

/*
What a hit is worth, by where it is and how well it matched. A title or tag hit of any kind
outranks any hit only in the body; an exact word outranks a prefix, which outranks a typo.
*/
const exactScore = [10, 9, 4, 2] as const;
const prefixScore = [7, 6, 3, 1] as const;
const typoScore = [5, 4] as const;

function fieldScore(fields: number, scores: readonly [number, number, ...number[]]): number {
	if ((fields & Field.title) !== 0) {
		return scores[0];
	}

	if ((fields & Field.tags) !== 0) {
		return scores[1];
	}

	if ((fields & Field.summary) !== 0) {
		return scores[2] ?? 0;
	}

	return scores[3] ?? 0;
}

/**
Best score of `word` in each post (0: no hit), as a prefix of any indexed word, or for long
enough words also with one typo in a title or tag word.
*/
export function scoreWord(index: WordIndex, word: string, postCount: number, typos = true): Float32Array {
	const best = new Float32Array(postCount);
	const [first, end] = prefixRange(index, word);
	for (let at = first; at < end; at++) {
		const id = index.sorted[at]!;
		const scores = index.words[id]!.length === word.length ? exactScore : prefixScore;
		for (let posting = index.offsets[id]!; posting < index.offsets[id + 1]!; posting++) {
			const post = index.posts[posting]!;
			const score = fieldScore(index.fields[posting]!, scores);
			if (score > best[post]!) {
				best[post] = score;
			}
		}
	}

	if (!typos || word.length < typoMinLength) {
		return best;
	}

	for (const id of index.titleWords) {
		const candidate = index.words[id]!;
		if (candidate.startsWith(word) || typoPrefixLength(word, candidate) < 0) {
			continue;
		}

		for (let posting = index.offsets[id]!; posting < index.offsets[id + 1]!; posting++) {
			const fields = index.fields[posting]!;
			const post = index.posts[posting]!;
			if ((fields & (Field.title | Field.tags)) !== 0) {
				const score = fieldScore(fields, typoScore);
				if (score > best[post]!) {
					best[post] = score;
				}
			}
		}
	}

	return best;
}

/** Posts holding every word of a phrase somewhere: exact words, the last one a prefix. */
function phraseCandidates(index: WordIndex, words: readonly string[], postCount: number): Uint8Array {
	const seen = new Int32Array(postCount);
	const candidates = new Uint8Array(postCount);
	words.forEach((word, position) => {
		const last = position === words.length - 1;
		const [first, end] = prefixRange(index, word);
		for (let at = first; at < end; at++) {
			const id = index.sorted[at]!;
			if (!last && index.words[id]!.length !== word.length) {
				continue;
			}

			for (let posting = index.offsets[id]!; posting < index.offsets[id + 1]!; posting++) {
				const post = index.posts[posting]!;
				if (seen[post] === position) {
					seen[post] = position + 1;
				}
			}
		}
	});
	for (let post = 0; post < postCount; post++) {
		candidates[post] = seen[post] === words.length ? 1 : 0;
	}

	return candidates;
}

/** Where `phrase` starts in `words` (each exact, the last a prefix), or -1. */
export function findPhrase(words: readonly string[], phrase: readonly string[], from = 0): number {
	const last = phrase.length - 1;
	for (let start = from; start + last < words.length; start++) {
		let position = 0;
		while (position < last && words[start + position] === phrase[position]) {
			position++;
		}

		if (position === last && words[start + last]!.startsWith(phrase[last]!)) {
			return start;
		}
	}

	return -1;
}

function wordsOf(text: string): string[] {
	const found: string[] = [];
	forEachWord(fold(text), word => {
		found.push(word);
	});
	return found;
}

/**
Best score of a phrase in each post that `wanted` marks (the others are skipped: reading the
text is what a phrase costs, so only posts still in the running pay it).
*/
export function scorePhrase(
	index: WordIndex,
	posts: readonly Post[],
	phrase: readonly string[],
	wanted: (post: number) => boolean,
): Float32Array {
	const best = new Float32Array(posts.length);
	const candidates = phraseCandidates(index, phrase, posts.length);
	for (let post = 0; post < posts.length; post++) {
		if (candidates[post] === 0 || !wanted(post)) {
			continue;
		}

		const {tags, summary, body} = posts[post]!;
		if (findPhrase(index.title(post).words, phrase) >= 0) {
			best[post] = exactScore[0];
		} else if (tags.some(tag => findPhrase(wordsOf(tag), phrase) >= 0)) {
			best[post] = exactScore[1];
		} else if (findPhrase(wordsOf(summary), phrase) >= 0) {
			best[post] = exactScore[2];
		} else if (findPhrase(wordsOf(body), phrase) >= 0) {
			best[post] = exactScore[3];
		}
	}

	return best;
}
