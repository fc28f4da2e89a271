import type {Post} from '../archive/post.js';
import {FuzzyTier} from './fuzzy.js';
import {parseQuery} from './query.js';
import {filterPredicate, type IsRead} from './query-filters.js';
import {IndexBuilder, titleWords} from './index-builder.js';
import type {StoredArrays} from './cache/word-index-file.js';
import type {WordIndexStore} from './cache/word-index-store.js';
import {type Ranked, rankedMatches, unranked, type Match} from './ranked-list.js';
import {rank, type Ranking} from './ranking.js';
import type {TitleWords, WordIndex} from './word-index.js';

export type {Match, Ranked} from './ranked-list.js';

export interface SearchOptions {
	readonly limit?: number;
	/**
	Only posts that pass count, as if the searcher had been made for them alone (same results,
	same order): one stored index over all posts serves every `--tag` and `--year`.
	*/
	readonly where?: (post: Post) => boolean;
	/** What `is:read` and `is:unread` ask; without it every post is unread. */
	readonly isRead?: IsRead;
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
	/**
	Builds the names index (see `rankedSoFar`) at once, unless a stored index may answer or the
	posts are few (`namesFirstFrom`): for the first start of an archive, so that its first keys
	find names without waiting for them. It is the names' share of the build, done before the
	frame it is called for rather than after it (~100-170 ms at 10k posts, in code not yet
	optimised).
	*/
	readonly prepareNames: () => void;
	/** How much of the index is built, 0 to 1 (1 once `prepare` said true, or an index was read). */
	readonly progress: () => number;
	/** The same search, for a list that shows a screenful of the matches at a time. */
	readonly ranked: (query: string, where?: (post: Post) => boolean, isRead?: IsRead) => Ranked;
	/**
	`ranked` without waiting for the index: while it is still being built, the matches of titles,
	tags, slugs and authors only, from a small index of those made on first need. A list shows
	these while it says it is indexing, and asks `ranked` again once `prepare` says true.
	*/
	readonly rankedSoFar: (query: string, where?: (post: Post) => boolean, isRead?: IsRead) => Ranked;
	/** The word index of the posts, built now if it is not yet (related posts read it). */
	readonly wordIndex: () => WordIndex;
};

export interface SearcherOptions {
	/**
	Where an index from an earlier start may be read and this one kept (`wordIndexStores`); without
	one the index is built in memory and forgotten.
	*/
	readonly stored?: WordIndexStore | null;
}

/**
From how many posts `prepareNames` builds the names index: below, the background build's first
slices make it before a key can come.
*/
const namesFirstFrom = 1000;

/**
The one search behind `search`, `show <query>` and the interactive search. Every word of the
query must match somewhere (as a prefix; with one typo allowed in title, tag and slug words of
five letters or more); title, tag and slug hits rank above author and summary hits, above body
hits; an exact word above a prefix, above a typo; newer posts (earlier in `posts`) win ties. A
post whose title or slug is exactly the query ranks first. `"a phrase"` matches words in a row,
`1.0` is one token; `-word` and `-"a phrase"` leave posts out; filters (`tag:`, `year:`, ...,
see `parseQuery`) keep only the posts they pass. When the words match few posts, the fuzzy tier
adds those whose names match as fzf would (`blkchn`, `cnst generics`), ranked by closeness
among the word hits. An empty query gives every post (that the filters pass) in the given order.
Creating a searcher costs nothing: the index is built by `prepare` or on the first query that
needs it.
*/
export function createSearcher(posts: readonly Post[], options: SearcherOptions = {}): PreparedSearcher {
	const store = options.stored ?? undefined;
	// Dropped once the index is complete: its scratch arrays are most of the build's memory.
	let builder: IndexBuilder | undefined;
	let index: WordIndex | undefined;
	let unsaved = false;
	// The last query's ranking: a query typed one more letter at a time narrows from it.
	let previous: Ranking | undefined;
	const fuzzy = new FuzzyTier(posts);
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
			unsaved = store !== undefined;
		}

		return index!;
	};

	const persist = (): void => {
		if (unsaved && index !== undefined) {
			unsaved = false;
			store!.save(index, posts);
		}
	};

	// Of the names-only index, kept apart: one ranking never narrows from the other's.
	let names: WordIndex | undefined;
	let namesBuilder: IndexBuilder | undefined;
	let previousOfNames: Ranking | undefined;

	// The names index, built to the end now if the background has not finished it.
	const namesNow = (): WordIndex => {
		if (names === undefined) {
			names = (namesBuilder ?? new IndexBuilder(posts, true)).finish();
			namesBuilder = undefined;
		}

		return names;
	};

	const rankIn = (text: string, where: ((post: Post) => boolean) | undefined, isRead: IsRead | undefined, ofNames: boolean): Ranked => {
		const query = parseQuery(text);
		const {include, exclude, filters} = query;
		const filtered = filterPredicate(filters, isRead);
		const passes = where === undefined ? filtered : (filtered === undefined ? where : (post: Post) => where(post) && filtered(post));
		if (include.length === 0 && exclude.length === 0) {
			if (ofNames) {
				previousOfNames = undefined;
			} else {
				previous = undefined;
			}

			return unranked(query, passes === undefined ? posts : posts.filter(passes));
		}

		const ready = ofNames ? namesNow() : (index ?? finish());
		// What decides which posts may match, compared by parts: `passes` is made anew each query.
		const scope = [where, isRead, JSON.stringify(filters)] as const;
		const ranking = rank(ready, posts, {include, exclude, where: passes, scope}, fuzzy, ofNames ? previousOfNames : previous);
		if (ofNames) {
			previousOfNames = ranking;
		} else {
			previous = ranking;
		}

		return rankedMatches(query, ranking, posts, ready);
	};

	const ranked = (text: string, where?: (post: Post) => boolean, isRead?: IsRead): Ranked => rankIn(text, where, isRead, false);

	const rankedSoFar = (text: string, where?: (post: Post) => boolean, isRead?: IsRead): Ranked => {
		// A stored index is read at once (it answers fully); only a build is not waited for.
		start();
		return rankIn(text, where, isRead, index === undefined);
	};

	const search: Searcher = (query, options = {}) => {
		const found = ranked(query, options.where, options.isRead);
		const count = Math.min(found.length, limitOf(options) ?? found.length);
		const matches: Match[] = [];
		for (let rank = 0; rank < count; rank++) {
			matches.push(found.make(rank));
		}

		return matches;
	};

	const prepare = (budgetMs: number): boolean => {
		const deadline = performance.now() + budgetMs;
		const building = start();
		// A build does the names first, a twentieth of the work: a key typed meanwhile waits for
		// that much at most, not for the bodies.
		if (building !== undefined && names === undefined) {
			namesBuilder ??= new IndexBuilder(posts, true);
			if (!namesBuilder.step(deadline)) {
				return false;
			}

			names = namesBuilder.finish();
			namesBuilder = undefined;
		}

		// Then the fuzzy tier's folded names: answered from names alone, a query finds few posts,
		// and so asks the fuzzy tier, whose first search would otherwise fold them all at once.
		if (building !== undefined && !fuzzy.prepare(deadline)) {
			return false;
		}

		if (building !== undefined && building.step(deadline)) {
			finish();
		}

		persist();
		if (index !== undefined) {
			names = undefined;
			namesBuilder = undefined;
			previousOfNames = undefined;
		}

		return index !== undefined;
	};

	const prepareNames = (): void => {
		if (index === undefined && posts.length >= namesFirstFrom && store?.has() !== true) {
			namesNow();
		}
	};

	const progress = (): number => (index === undefined ? builder?.progress() ?? 0 : 1);
	return Object.assign(search, {prepare, prepareNames, persist, progress, ranked, rankedSoFar, wordIndex: () => index ?? finish()});
}

/** A stored index with its titles folded from the posts on first use, not all at start. */
function withTitles(stored: StoredArrays, posts: readonly Post[]): WordIndex {
	const titles: Array<TitleWords | undefined> = [];
	return {...stored, title: post => (titles[post] ??= titleWords(posts[post]!.title))};
}

/** One-shot search for commands. */
export function searchPosts(posts: readonly Post[], query: string, options?: SearchOptions): Match[] {
	return createSearcher(posts, {stored: null})(query, options);
}

function limitOf(options: SearchOptions): number | undefined {
	const {limit} = options;
	return limit === undefined || Number.isNaN(limit) ? undefined : Math.max(0, Math.floor(limit));
}
