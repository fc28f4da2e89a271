import type {Post} from '../archive/post.js';
import {foldWithMap, forEachWord, type FoldedText} from './normalize.js';
import {Vocabulary} from './vocabulary.js';

/** Where in a post a word was seen; one bit each, so a posting holds all of them at once. */
export const Field = {title: 1, tags: 2, summary: 4, body: 8} as const;

/** A post's title, folded, with its words, for typo matching and highlight ranges. */
export interface TitleWords extends FoldedText {
	readonly words: readonly string[];
	readonly wordStarts: readonly number[];
}

/**
An inverted index: every distinct folded word, the posts holding it (ascending, so newest first)
and in which fields. Words are also kept sorted, so a prefix is one binary-searched range.
*/
export interface WordIndex {
	readonly words: readonly string[];
	/** Word ids ordered by word. */
	readonly sorted: Int32Array;
	/** Postings of word id `w` are `posts[offsets[w]..offsets[w + 1])`, with `fields` alongside. */
	readonly offsets: Int32Array;
	readonly posts: Int32Array;
	readonly fields: Uint8Array;
	/** Ids of words seen in a title or a tag: the only ones typo matching scans. */
	readonly titleWords: Int32Array;
	readonly titles: readonly TitleWords[];
}

class GrowableInts {
	values: Int32Array;
	length = 0;

	constructor(capacity: number) {
		this.values = new Int32Array(capacity);
	}

	push(value: number): number {
		if (this.length === this.values.length) {
			const larger = new Int32Array(this.values.length * 2);
			larger.set(this.values);
			this.values = larger;
		}

		this.values[this.length] = value;
		return this.length++;
	}
}

/** Builds the index in one pass over the posts (about 4 words in 5 are repeats within a post). */
export function buildWordIndex(posts: readonly Post[]): WordIndex {
	const vocabulary = new Vocabulary();
	const {words} = vocabulary;
	// Word-major postings are made by transposing these post-major (word, fields) pairs at the end.
	const pairWords = new GrowableInts(1 << 16);
	let pairFields = new Uint8Array(1 << 16);
	const postStarts = new Int32Array(posts.length + 1);
	// Per word: the last post it was seen in (plus one) and that post's pair, to merge fields.
	let lastPost: Int32Array = new Int32Array(1 << 14);
	let lastPair: Int32Array = new Int32Array(1 << 14);
	const titles: TitleWords[] = [];

	let postNumber = 0;
	let field: number = Field.title;
	const add = (id: number): void => {
		if (id === lastPost.length) {
			lastPost = grow(lastPost);
			lastPair = grow(lastPair);
		}

		if (lastPost[id] === postNumber + 1) {
			pairFields[lastPair[id]!]! |= field;
			return;
		}

		lastPost[id] = postNumber + 1;
		const pair = pairWords.push(id);
		if (pair === pairFields.length) {
			const larger = new Uint8Array(pairFields.length * 2);
			larger.set(pairFields);
			pairFields = larger;
		}

		pairFields[pair] = field;
		lastPair[id] = pair;
	};

	const addAll = (count: number): void => {
		const {found} = vocabulary;
		for (let at = 0; at < count; at++) {
			add(found[at]!);
		}
	};

	for (; postNumber < posts.length; postNumber++) {
		const post = posts[postNumber]!;
		postStarts[postNumber] = pairWords.length;
		const title = titleWords(post.title);
		titles.push(title);
		field = Field.title;
		for (const word of title.words) {
			add(vocabulary.idOf(word));
		}

		field = Field.tags;
		for (const tag of post.tags) {
			addAll(vocabulary.scan(tag));
		}

		field = Field.summary;
		addAll(vocabulary.scan(post.summary));
		field = Field.body;
		addAll(vocabulary.scan(post.body));
	}

	postStarts[posts.length] = pairWords.length;
	return transpose(words, pairWords.values, pairFields, pairWords.length, postStarts, titles);
}

function grow(values: Int32Array): Int32Array {
	const larger = new Int32Array(values.length * 2);
	larger.set(values);
	return larger;
}

function titleWords(title: string): TitleWords {
	const folded = foldWithMap(title);
	const found: string[] = [];
	const wordStarts: number[] = [];
	forEachWord(folded.text, (word, start) => {
		found.push(word);
		wordStarts.push(start);
	});
	return {...folded, words: found, wordStarts};
}

function transpose(
	words: readonly string[],
	pairWords: Int32Array,
	pairFields: Uint8Array,
	pairCount: number,
	postStarts: Int32Array,
	titles: readonly TitleWords[],
): WordIndex {
	const offsets = new Int32Array(words.length + 1);
	for (let pair = 0; pair < pairCount; pair++) {
		offsets[pairWords[pair]! + 1]!++;
	}

	for (let word = 0; word < words.length; word++) {
		offsets[word + 1]! += offsets[word]!;
	}

	const next = offsets.slice(0, words.length);
	const posts = new Int32Array(pairCount);
	const fields = new Uint8Array(pairCount);
	let titleWordCount = 0;
	const inTitle = new Uint8Array(words.length);
	for (let post = 0; post + 1 < postStarts.length; post++) {
		for (let pair = postStarts[post]!; pair < postStarts[post + 1]!; pair++) {
			const word = pairWords[pair]!;
			const at = next[word]!++;
			posts[at] = post;
			fields[at] = pairFields[pair]!;
			if ((pairFields[pair]! & (Field.title | Field.tags)) !== 0 && inTitle[word] === 0) {
				inTitle[word] = 1;
				titleWordCount++;
			}
		}
	}

	const titleWordIds = new Int32Array(titleWordCount);
	for (let word = 0, at = 0; word < words.length; word++) {
		if (inTitle[word] === 1) {
			titleWordIds[at++] = word;
		}
	}

	const sorted = Int32Array.from(words.keys()).sort((a, b) => compare(words[a]!, words[b]!));
	return {words, sorted, offsets, posts, fields, titleWords: titleWordIds, titles};
}

function compare(a: string, b: string): number {
	return a < b ? -1 : (a > b ? 1 : 0);
}

/** The slice of `sorted` holding every word that starts with `prefix` (they sort together). */
export function prefixRange(index: WordIndex, prefix: string): readonly [number, number] {
	const first = firstWhere(index, first => index.words[first]! >= prefix, 0);
	const end = firstWhere(index, word => !index.words[word]!.startsWith(prefix), first);
	return [first, end];
}

/** Binary search for the first sorted position whose word id passes `test` (false, then true). */
function firstWhere(index: WordIndex, test: (word: number) => boolean, from: number): number {
	let low = from;
	let high = index.sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (test(index.sorted[middle]!)) {
			high = middle;
		} else {
			low = middle + 1;
		}
	}

	return low;
}
