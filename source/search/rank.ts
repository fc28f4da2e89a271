import {performance} from 'node:perf_hooks';
import type {Post} from '../archive/post.js';
import {scorePhrase, scoreWord} from './match-terms.js';
import {parseQuery, type Term} from './query.js';
import {titleRanges} from './title-ranges.js';
import {IndexBuilder, titleWords} from './index-builder.js';
import type {StoredArrays} from './index-file.js';
import {type IndexStore, offeredStore} from './stored-index.js';
import type {TitleWords, WordIndex} from './word-index.js';

export interface Match {
	readonly post: Post;
	/** Higher is better; only comparable within one query. */
	readonly score: number;
	/** Matched character ranges in `post.title`, `[start, end)` in UTF-16 indices, for highlighting. */
	readonly titleRanges: ReadonlyArray<readonly [number, number]>;
}

export interface SearchOptions {
	readonly limit?: number;
	/**
	Only posts that pass count, as if the searcher had been made for them alone (same results,
	same order): one stored index over all posts serves every `--tag` and `--year`.
	*/
	readonly where?: (post: Post) => boolean;
}

export type Searcher = (query: string, options?: SearchOptions) => Match[];

/** A searcher that can also build its index ahead of the first query. */
export type PreparedSearcher = Searcher & {
	/**
	Indexes for about `budgetMs` milliseconds; true once every post is searchable. Call it between
	frames (e.g. from `setImmediate`) until it says true, so that typing never waits on the whole
	build; a query before that finishes the build at once.
	*/
	readonly prepare: (budgetMs: number) => boolean;
	/**
	Stores a freshly built index for the next start, if there is a store and the index was not
	already read from it. `prepare` does this itself when it completes the build; a command that
	builds the index for one query calls it after answering.
	*/
	readonly persist: () => void;
};

export interface SearcherOptions {
	/**
	Where an index from an earlier start may be read and this one kept: by default the store
	offered for these posts (`offerStoredIndexes`), if any; null for none.
	*/
	readonly stored?: IndexStore | null;
}

/**
The one search behind `search`, `show <query>` and the interactive search. Every word of the
query must match somewhere (as a prefix; with one typo allowed in title and tag words of five
letters or more); title and tag hits rank above summary hits, above body hits; an exact word
above a prefix, above a typo; newer posts (earlier in `posts`) win ties. `"a phrase"` matches
words in a row; `-word` and `-"a phrase"` leave posts out. An empty query gives every post in the
given order. Creating a searcher costs nothing: the index is built by `prepare` or on the first
query that needs it.
*/
export function createSearcher(posts: readonly Post[], options: SearcherOptions = {}): PreparedSearcher {
	const store = options.stored === undefined ? offeredStore(posts) : options.stored;
	// Dropped once the index is complete: its scratch arrays are most of the build's memory.
	let builder: IndexBuilder | undefined;
	let index: WordIndex | undefined;
	let unsaved = false;
	// A stored index is tried once, before any building: when it answers, no body is read.
	const start = (): IndexBuilder | undefined => {
		if (index === undefined && builder === undefined) {
			const stored = store?.load(posts);
			if (stored === undefined) {
				builder = new IndexBuilder(posts);
			} else {
				index = withTitles(stored, posts);
			}
		}

		return builder;
	};

	const finish = (): WordIndex => {
		const building = start();
		if (building !== undefined) {
			index = building.finish();
			builder = undefined;
			unsaved = store !== undefined && store !== null;
		}

		return index!;
	};

	const persist = (): void => {
		if (unsaved && index !== undefined) {
			unsaved = false;
			store!.save(index, posts);
		}
	};

	const search: Searcher = (query, options = {}) => {
		const limit = limitOf(options);
		const {include, exclude} = parseQuery(query);
		if (include.length === 0 && exclude.length === 0) {
			const shown = options.where === undefined ? posts : posts.filter(options.where);
			return shown.slice(0, limit).map(post => ({post, score: 0, titleRanges: []}));
		}

		const ready = index ?? finish();
		const ranked = rank(ready, posts, include, exclude, options.where).slice(0, limit);
		return ranked.map(({post, score}) => lazyMatch(posts[post]!, score, post, ready, include));
	};

	const prepare = (budgetMs: number): boolean => {
		const building = start();
		if (building !== undefined && building.step(performance.now() + budgetMs)) {
			finish();
		}

		persist();
		return index !== undefined;
	};

	return Object.assign(search, {prepare, persist});
}

/** A stored index with its titles folded from the posts on first use, not all at start. */
function withTitles(stored: StoredArrays, posts: readonly Post[]): WordIndex {
	const titles: Array<TitleWords | undefined> = [];
	return {...stored, title: post => (titles[post] ??= titleWords(posts[post]!.title))};
}

/**
A match whose highlight ranges are worked out on first read: a list shows a screenful of the
thousands of matches a short query gives, and ranges for all of them cost more than the ranking.
*/
function lazyMatch(post: Post, score: number, position: number, index: WordIndex, include: readonly Term[]): Match {
	let ranges: Match['titleRanges'] | undefined;
	return {
		post,
		score,
		get titleRanges() {
			ranges ??= titleRanges(index.title(position), include);
			return ranges;
		},
	};
}

/** One-shot search for commands. */
export function searchPosts(posts: readonly Post[], query: string, options?: SearchOptions): Match[] {
	return createSearcher(posts, {stored: null})(query, options);
}

function limitOf(options: SearchOptions): number | undefined {
	const {limit} = options;
	return limit === undefined || Number.isNaN(limit) ? undefined : Math.max(0, Math.floor(limit));
}

// Several million postings for a one-letter query at 10k posts: typed arrays, no per-post objects.
function rank(index: WordIndex, posts: readonly Post[], include: readonly Term[], exclude: readonly Term[], where?: (post: Post) => boolean): Array<{post: number; score: number}> {
	const count = posts.length;
	const total = new Float64Array(count);
	// How many include terms each post has matched so far; a post drops out at its first miss.
	const matched = new Int32Array(count);
	if (where !== undefined) {
		for (let post = 0; post < count; post++) {
			if (!where(posts[post]!)) {
				matched[post] = -1;
			}
		}
	}

	// Words first: phrases read text, so they run last, over the fewest posts.
	const ordered = [...include].sort((a, b) => (a.kind === b.kind ? 0 : (a.kind === 'word' ? -1 : 1)));
	for (const [position, term] of ordered.entries()) {
		const best = scoreTerm(index, posts, term, post => matched[post] === position, true);
		let alive = 0;
		for (let post = 0; post < count; post++) {
			if (matched[post] === position && best[post]! > 0) {
				matched[post] = position + 1;
				total[post] = total[post]! + best[post]!;
				alive++;
			}
		}

		if (alive === 0) {
			return [];
		}
	}

	const wanted = (post: number) => matched[post] === include.length;
	for (const term of exclude) {
		const hit = scoreTerm(index, posts, term, wanted, false);
		for (let post = 0; post < count; post++) {
			if (hit[post]! > 0) {
				matched[post] = -1;
			}
		}
	}

	const found: Array<{post: number; score: number}> = [];
	for (let post = 0; post < count; post++) {
		if (wanted(post)) {
			found.push({post, score: total[post]!});
		}
	}

	return found.sort((a, b) => b.score - a.score || a.post - b.post);
}

function scoreTerm(index: WordIndex, posts: readonly Post[], term: Term, wanted: (post: number) => boolean, typos: boolean): Float32Array {
	return term.kind === 'word' ? scoreWord(index, term.word, posts.length, typos) : scorePhrase(index, posts, term.words, wanted);
}
