import {performance} from 'node:perf_hooks';
import type {Post} from '../archive/post.js';
import {scorePhrase, scoreWord} from './match-terms.js';
import {parseQuery, type Term} from './query.js';
import {titleRanges} from './title-ranges.js';
import {IndexBuilder} from './index-builder.js';
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
};

/**
The one search behind `search`, `show <query>` and the interactive search. Every word of the
query must match somewhere (as a prefix; with one typo allowed in title and tag words of five
letters or more); title and tag hits rank above summary hits, above body hits; an exact word
above a prefix, above a typo; newer posts (earlier in `posts`) win ties. `"a phrase"` matches
words in a row; `-word` and `-"a phrase"` leave posts out. An empty query gives every post in the
given order. Creating a searcher costs nothing: the index is built by `prepare` or on the first
query that needs it.
*/
export function createSearcher(posts: readonly Post[]): PreparedSearcher {
	// Dropped once the index is complete: its scratch arrays are most of the build's memory.
	let builder: IndexBuilder | undefined = new IndexBuilder(posts);
	let index: WordIndex | undefined;
	const finish = (): WordIndex => {
		index = builder!.finish();
		builder = undefined;
		return index;
	};

	const search: Searcher = (query, options = {}) => {
		const limit = limitOf(options);
		const {include, exclude} = parseQuery(query);
		if (include.length === 0 && exclude.length === 0) {
			return posts.slice(0, limit).map(post => ({post, score: 0, titleRanges: []}));
		}

		const ready = index ?? finish();
		const ranked = rank(ready, posts, include, exclude).slice(0, limit);
		const {titles} = ready;
		return ranked.map(({post, score}) => lazyMatch(posts[post]!, score, titles[post]!, include));
	};

	const prepare = (budgetMs: number): boolean => {
		if (index === undefined && builder!.step(performance.now() + budgetMs)) {
			finish();
		}

		return index !== undefined;
	};

	return Object.assign(search, {prepare});
}

/**
A match whose highlight ranges are worked out on first read: a list shows a screenful of the
thousands of matches a short query gives, and ranges for all of them cost more than the ranking.
*/
function lazyMatch(post: Post, score: number, title: TitleWords, include: readonly Term[]): Match {
	let ranges: Match['titleRanges'] | undefined;
	return {
		post,
		score,
		get titleRanges() {
			ranges ??= titleRanges(title, include);
			return ranges;
		},
	};
}

/** One-shot search for commands. */
export function searchPosts(posts: readonly Post[], query: string, options?: SearchOptions): Match[] {
	return createSearcher(posts)(query, options);
}

function limitOf(options: SearchOptions): number | undefined {
	const {limit} = options;
	return limit === undefined || Number.isNaN(limit) ? undefined : Math.max(0, Math.floor(limit));
}

// Several million postings for a one-letter query at 10k posts: typed arrays, no per-post objects.
function rank(index: WordIndex, posts: readonly Post[], include: readonly Term[], exclude: readonly Term[]): Array<{post: number; score: number}> {
	const count = posts.length;
	const total = new Float64Array(count);
	// How many include terms each post has matched so far; a post drops out at its first miss.
	const matched = new Int32Array(count);
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
