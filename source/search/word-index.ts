import type {FoldedText} from './normalize.js';

/** Where in a post a word was seen; one bit each, so a posting holds all of them at once. */
export const Field = {title: 1, tags: 2, summary: 4, body: 8, slug: 16, authors: 32} as const;

/** The fields a title-like hit may be in: typo matching and the fuzzy tier look only there. */
export const nameFields = Field.title | Field.tags | Field.slug;

/** Field names for output (`--json`'s `fields`), in the order of their bits. */
export const fieldNames = ['title', 'tags', 'summary', 'body', 'slug', 'authors'] as const;

export type FieldName = (typeof fieldNames)[number];

/** The names of the fields set in `bits`. */
export function namesOf(bits: number): FieldName[] {
	return fieldNames.filter((_, bit) => (bits & (1 << bit)) !== 0);
}

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
	/** Ids of words seen in a title, a tag or a slug: the only ones typo matching scans. */
	readonly titleWords: Int32Array;
	/**
	One row of a byte a post for each character of `initialChars`: the fields (`Field` bits) of
	every word of two characters or more that starts with it, 0 for none. A one-character query
	is a prefix of a large part of the vocabulary (about 250,000 postings for `l` at 50k posts);
	its row is read instead, one byte a post. Rows are `postCount` bytes, in `initialChars` order.
	*/
	readonly initials: Uint8Array;
	/** A post's title words, by position in the posts indexed; folded on first use when loaded. */
	readonly title: (post: number) => TitleWords;
}

/** The characters with a row in `WordIndex.initials`: the ones most words start with. */
export const initialChars = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Where the row of a folded word's first character starts in `initials` (-1: it has none). */
export function initialRow(word: string, postCount: number): number {
	const code = word.charCodeAt(0);
	const slot = code >= 97 && code <= 122 ? code - 97 : (code >= 48 && code <= 57 ? 26 + code - 48 : -1);
	return slot < 0 ? -1 : slot * postCount;
}

/** The slice of `sorted` holding every word that starts with `prefix` (they sort together). */
export function prefixRange(index: WordIndex, prefix: string): readonly [number, number] {
	const first = firstWhere(index, first => index.words[first]! >= prefix, 0);
	const end = firstWhere(index, word => !index.words[word]!.startsWith(prefix), first);
	return [first, end];
}

/** The slice of `sorted` holding `word` itself, empty when it is not indexed. */
export function wordRange(index: WordIndex, word: string): readonly [number, number] {
	const first = firstWhere(index, first => index.words[first]! >= word, 0);
	return [first, first < index.sorted.length && index.words[index.sorted[first]!] === word ? first + 1 : first];
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
