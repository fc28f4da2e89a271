import type {Post} from '../archive/post.js';
import {foldWithMap, forEachWord} from './normalize.js';
import {Vocabulary} from './vocabulary.js';
import {Field, initialChars, initialRow, nameFields, type TitleWords, type WordIndex} from './word-index.js';

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

/**
Builds the word index a slice at a time, so a reader can index a large archive between frames
while the first screen is already up. One pass over the posts collects post-major
(word, fields) pairs (about four words in five repeat within a post and merge into one pair);
a `Transposer` then turns them into word-major postings.
*/
export class IndexBuilder {
	private readonly vocabulary = new Vocabulary();
	private readonly pairWords = new GrowableInts(1 << 16);
	private pairFields = new Uint8Array(1 << 16);
	private readonly postStarts: Int32Array;
	// Per word: the last post it was seen in (plus one) and that post's pair, to merge fields.
	private lastPost: Int32Array = new Int32Array(1 << 14);
	private lastPair: Int32Array = new Int32Array(1 << 14);
	private readonly titles: TitleWords[] = [];
	private next = 0;
	private transposer: Transposer | undefined;
	private built: WordIndex | undefined;

	/** `names`: titles, tags, slugs and authors only (a twentieth of the work), no summaries or bodies. */
	constructor(private readonly posts: readonly Post[], private readonly names = false) {
		this.postStarts = new Int32Array(posts.length + 1);
	}

	/** Works until `deadline` (a `performance.now()` time) passes; true once the index is complete. */
	step(deadline: number): boolean {
		while (this.next < this.posts.length) {
			this.addPost(this.posts[this.next]!);
			this.next++;
			// After every post: 32 long posts were tens of milliseconds while the code was still
			// cold, and a key typed during a first start waited for the whole slice. A clock read is
			// nothing beside reading a post.
			if (performance.now() >= deadline) {
				return false;
			}
		}

		if (this.built !== undefined) {
			return true;
		}

		if (this.transposer === undefined) {
			this.postStarts[this.posts.length] = this.pairWords.length;
			this.transposer = new Transposer(this.vocabulary.words, this.pairWords.values, this.pairFields, this.postStarts, this.titles);
		}

		if (!this.transposer.step(deadline)) {
			return false;
		}

		this.built = this.transposer.result();
		this.transposer = undefined;
		return true;
	}

	/** How much of the build is done, 0 to 1: the posts read, then laying out the postings (about a tenth). */
	progress(): number {
		if (this.built !== undefined) {
			return 1;
		}

		return this.transposer === undefined ? 0.9 * (this.next / Math.max(1, this.posts.length)) : 0.9;
	}

	/** The finished index, doing whatever work is left first. */
	finish(): WordIndex {
		this.step(Number.POSITIVE_INFINITY);
		return this.built!;
	}

	private addPost(post: Post): void {
		const {vocabulary} = this;
		this.postStarts[this.next] = this.pairWords.length;
		const title = titleWords(post.title);
		this.titles.push(title);
		for (const word of title.words) {
			this.add(vocabulary.idOf(word), Field.title);
		}

		for (const tag of post.tags) {
			this.addFound(vocabulary.scan(tag), Field.tags);
		}

		// Slugs are searched (`gats-stabilization`), and authors, below tags and above bodies.
		this.addFound(vocabulary.scan(post.slug), Field.slug);
		for (const author of post.authors) {
			this.addFound(vocabulary.scan(author), Field.authors);
		}

		if (!this.names) {
			this.addFound(vocabulary.scan(post.summary), Field.summary);
			this.addFound(vocabulary.scan(post.body), Field.body);
		}
	}

	private addFound(count: number, field: number): void {
		const {found} = this.vocabulary;
		for (let at = 0; at < count; at++) {
			this.add(found[at]!, field);
		}
	}

	private add(id: number, field: number): void {
		if (id === this.lastPost.length) {
			this.lastPost = grow(this.lastPost);
			this.lastPair = grow(this.lastPair);
		}

		if (this.lastPost[id] === this.next + 1) {
			this.pairFields[this.lastPair[id]!]! |= field;
			return;
		}

		this.lastPost[id] = this.next + 1;
		const pair = this.pairWords.push(id);
		if (pair === this.pairFields.length) {
			const larger = new Uint8Array(this.pairFields.length * 2);
			larger.set(this.pairFields);
			this.pairFields = larger;
		}

		this.pairFields[pair] = field;
		this.lastPair[id] = pair;
	}
}

/** The whole index at once. */
export function buildWordIndex(posts: readonly Post[]): WordIndex {
	return new IndexBuilder(posts).finish();
}

function grow(values: Int32Array): Int32Array {
	const larger = new Int32Array(values.length * 2);
	larger.set(values);
	return larger;
}

/** A title folded and cut into words, exactly as the index saw it. */
export function titleWords(title: string): TitleWords {
	const {text, starts, ends} = foldWithMap(title);
	const words: string[] = [];
	const wordStarts: number[] = [];
	forEachWord(text, (word, start) => {
		words.push(word);
		wordStarts.push(start);
	});
	// Named, not spread: one shape for every title, made without a generic copy.
	return {text, starts, ends, words, wordStarts};
}

/**
Turns the post-major pairs into word-major postings. Filling them writes all over two large
arrays, a few hundred milliseconds at 10k posts, so it too runs a range of posts at a time.
*/
class Transposer {
	private readonly offsets: Int32Array;
	private readonly cursors: Int32Array;
	private readonly posts: Int32Array;
	private readonly fields: Uint8Array;
	private readonly inTitle: Uint8Array;
	private readonly initials: Uint8Array;
	// Per word: where its first character's row starts in `initials`, -1 for none (see WordIndex).
	private readonly initialRows: Int32Array;
	private post = 0;

	constructor(
		private readonly words: readonly string[],
		private readonly pairWords: Int32Array,
		private readonly pairFields: Uint8Array,
		private readonly postStarts: Int32Array,
		private readonly titles: readonly TitleWords[],
	) {
		const pairCount = postStarts.at(-1)!;
		this.offsets = new Int32Array(words.length + 1);
		for (let pair = 0; pair < pairCount; pair++) {
			this.offsets[pairWords[pair]! + 1]!++;
		}

		for (let word = 0; word < words.length; word++) {
			this.offsets[word + 1]! += this.offsets[word]!;
		}

		this.cursors = this.offsets.slice(0, words.length);
		this.posts = new Int32Array(pairCount);
		this.fields = new Uint8Array(pairCount);
		this.inTitle = new Uint8Array(words.length);
		const postCount = postStarts.length - 1;
		this.initials = new Uint8Array(initialChars.length * postCount);
		this.initialRows = Int32Array.from(words, word => (word.length < 2 ? -1 : initialRow(word, postCount)));
	}

	/** Fills postings until `deadline`; true once all posts are in. */
	step(deadline: number): boolean {
		const {pairWords, pairFields, postStarts, cursors, posts, fields, inTitle, initials, initialRows} = this;
		while (this.post + 1 < postStarts.length) {
			for (let pair = postStarts[this.post]!; pair < postStarts[this.post + 1]!; pair++) {
				const word = pairWords[pair]!;
				const at = cursors[word]!++;
				const found = pairFields[pair]!;
				posts[at] = this.post;
				fields[at] = found;
				if ((found & nameFields) !== 0) {
					inTitle[word] = 1;
				}

				const row = initialRows[word]!;
				if (row >= 0) {
					initials[row + this.post]! |= found;
				}
			}

			this.post++;
			if ((this.post & 15) === 0 && performance.now() >= deadline) {
				return this.post + 1 === postStarts.length;
			}
		}

		return true;
	}

	result(): WordIndex {
		this.step(Number.POSITIVE_INFINITY);
		const {words, inTitle} = this;
		const titleWords = Int32Array.from(words.keys()).filter(word => inTitle[word] === 1);
		const sorted = Int32Array.from(words.keys()).sort((a, b) => compare(words[a]!, words[b]!));
		const {titles} = this;
		return {words, sorted, offsets: this.offsets, posts: this.posts, fields: this.fields, titleWords, initials: this.initials, title: post => titles[post]!};
	}
}

function compare(a: string, b: string): number {
	return a < b ? -1 : (a > b ? 1 : 0);
}

