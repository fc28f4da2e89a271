import type {Post} from '../archive/post.js';
import {fold, forEachWord} from './normalize.js';
import {typoMinLength, typoPrefixLength} from './typo.js';
import {Field, initialRow, nameFields, prefixRange, type WordIndex, wordRange} from './word-index.js';

/*
What a hit is worth, by where it is and how well it matched. A title, tag or slug hit of any
kind outranks any hit only in the body; an exact word outranks a prefix, which outranks a typo.
Authors rank with summaries: a name is a weaker sign of what a post is about than its title.
*/
type Scores = readonly [title: number, tags: number, slug: number, authors: number, summary: number, body: number];
const exactScore: Scores = [10, 9, 9, 4, 4, 2];
const prefixScore: Scores = [7, 6, 6, 3, 3, 1];
const typoScore: Scores = [5, 4, 4, 0, 0, 0];

function fieldScore(fields: number, scores: Scores): number {
	if ((fields & Field.title) !== 0) {
		return scores[0];
	}

	if ((fields & Field.tags) !== 0) {
		return scores[1];
	}

	if ((fields & Field.slug) !== 0) {
		return scores[2];
	}

	if ((fields & (Field.authors | Field.summary)) !== 0) {
		return (fields & Field.authors) !== 0 ? scores[3] : scores[4];
	}

	return scores[5];
}

/**
Each scoring's points by a posting's `Field` bits: a table read per posting instead of the
branches of `fieldScore`, since a one-letter prefix reads tens of thousands of postings.
*/
function pointsByFields(scores: Scores): Uint8Array {
	return Uint8Array.from({length: 64}, (_, fields) => fieldScore(fields, scores));
}

const exactPoints = pointsByFields(exactScore);
const prefixPoints = pointsByFields(prefixScore);
const typoPoints = pointsByFields(typoScore);

/** A term's best score in each post (0: no hit) and the fields it was seen in (`Field` bits). */
export interface TermHits {
	/** Whole points, from the tables above: a byte a post (four times less to allocate each key than floats). */
	readonly scores: Uint8Array;
	readonly fields: Uint8Array;
}

/**
Best score of `word` in each post (0: no hit), as a prefix of any indexed word, or for long
enough words also with one typo in a title, tag or slug word.
*/
export function scoreWord(index: WordIndex, word: string, postCount: number, typos = true): TermHits {
	const best = new Uint8Array(postCount);
	const seen = new Uint8Array(postCount);
	// One character: its row of `initials` holds what every longer word starting with it scores
	// (a prefix's points go by the best field seen, so the fields of all those words together
	// score what the best of them would), and only the word itself is read from postings.
	const row = word.length === 1 ? initialRow(word, postCount) : -1;
	const [first, end] = row >= 0 ? wordRange(index, word) : prefixRange(index, word);
	if (row >= 0) {
		const {initials} = index;
		for (let post = 0; post < postCount; post++) {
			const fields = initials[row + post]!;
			if (fields !== 0) {
				seen[post] = fields;
				best[post] = prefixPoints[fields]!;
			}
		}
	}

	for (let at = first; at < end; at++) {
		const id = index.sorted[at]!;
		const points = index.words[id]!.length === word.length ? exactPoints : prefixPoints;
		const last = index.offsets[id + 1]!;
		for (let posting = index.offsets[id]!; posting < last; posting++) {
			const post = index.posts[posting]!;
			const fields = index.fields[posting]!;
			seen[post]! |= fields;
			const score = points[fields]!;
			if (score > best[post]!) {
				best[post] = score;
			}
		}
	}

	if (!typos || word.length < typoMinLength) {
		return {scores: best, fields: seen};
	}

	for (const id of index.titleWords) {
		const candidate = index.words[id]!;
		if (candidate.startsWith(word) || typoPrefixLength(word, candidate) < 0) {
			continue;
		}

		for (let posting = index.offsets[id]!; posting < index.offsets[id + 1]!; posting++) {
			const fields = index.fields[posting]! & nameFields;
			const post = index.posts[posting]!;
			if (fields !== 0) {
				seen[post]! |= fields;
				const score = typoPoints[fields]!;
				if (score > best[post]!) {
					best[post] = score;
				}
			}
		}
	}

	return {scores: best, fields: seen};
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

/** Where `phrase` starts in `words` (each exact, the last a prefix unless `exact`, for numbers), or -1. */
export function findPhrase(words: readonly string[], phrase: readonly string[], from = 0, exact = false): number {
	const last = phrase.length - 1;
	for (let start = from; start + last < words.length; start++) {
		let position = 0;
		while (position < last && words[start + position] === phrase[position]) {
			position++;
		}

		const lastWord = words[start + last];
		// Exact for a number means no further part but a zero: `1.0` is not exactly in "1.0.1",
		// `1.65` is in "1.65.0".
		if (position === last && lastWord !== undefined && (exact ? lastWord === phrase[last] && !morePart(words[start + last + 1]) : lastWord.startsWith(phrase[last]!))) {
			return start;
		}
	}

	return -1;
}

function morePart(word: string | undefined): boolean {
	return word !== undefined && /^\d+$/.test(word) && !/^0+$/.test(word);
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
text is what a phrase costs, so only posts still in the running pay it). A `number` phrase
(`1.0`) scores its exact form as an exact word and a longer last part (`1.05`) as a prefix.
*/
export function scorePhrase(
	index: WordIndex,
	posts: readonly Post[],
	phrase: readonly string[],
	wanted: (post: number) => boolean,
	number = false,
): TermHits {
	const best = new Uint8Array(posts.length);
	const seen = new Uint8Array(posts.length);
	const candidates = phraseCandidates(index, phrase, posts.length);
	const tries: Array<readonly [boolean, Scores]> = number ? [[true, exactScore], [false, prefixScore]] : [[false, exactScore]];
	for (let post = 0; post < posts.length; post++) {
		if (candidates[post] === 0 || !wanted(post)) {
			continue;
		}

		const {tags, summary, body, slug, authors} = posts[post]!;
		// A body is folded and split at most once, however many tries read it. A number's parts
		// are everywhere in bodies (`1` and `0`): reading thousands of bodies for `1.0` costs
		// seconds, so in a body a number counts as its parts, with the least a body hit gives.
		let bodyWords: string[] | undefined;
		const ofBody = (): string[] => (number ? [] : (bodyWords ??= wordsOf(body)));
		for (const [exact, scores] of tries) {
			const found = (words: readonly string[]) => findPhrase(words, phrase, 0, exact) >= 0;
			const field = found(index.title(post).words) ? Field.title
				: (tags.some(tag => found(wordsOf(tag))) ? Field.tags
					: (found(wordsOf(slug)) ? Field.slug
						: (authors.some(author => found(wordsOf(author))) ? Field.authors
							: (found(wordsOf(summary)) ? Field.summary : (found(ofBody()) ? Field.body : 0)))));
			if (field !== 0) {
				best[post] = fieldScore(field, scores);
				seen[post] = field;
				break;
			}
		}

		if (number && best[post] === 0) {
			best[post] = prefixScore[5];
			seen[post] = Field.body;
		}
	}

	return {scores: best, fields: seen};
}
