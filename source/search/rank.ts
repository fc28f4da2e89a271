import {performance} from 'node:perf_hooks';
import type {Post} from '../archive/post.js';
import {type FuzzyHit, FuzzyTier} from './fuzzy.js';
import {fold, forEachWord} from './normalize.js';
import {scorePhrase, scoreWord, type TermHits} from './match-terms.js';
import {parseQuery, type Query, type Term} from './query.js';
import {filterPredicate, type IsRead} from './query-filters.js';
import {titleRanges} from './title-ranges.js';
import {typoMinLength} from './typo.js';
import {IndexBuilder, titleWords} from './index-builder.js';
import type {StoredArrays} from './cache/word-index-file.js';
import type {WordIndexStore} from './cache/word-index-store.js';
import {type FieldName, nameFields, namesOf, type TitleWords, type WordIndex} from './word-index.js';

export interface Match {
	readonly post: Post;
	/** Higher is better; only comparable within one query. */
	readonly score: number;
	/** Matched character ranges in `post.title`, `[start, end)` in UTF-16 indices, for highlighting. */
	readonly titleRanges: ReadonlyArray<readonly [number, number]>;
	/** Where the query's words were found (empty for an empty query). */
	readonly fields: readonly FieldName[];
	/** `words` when every word matched (as word, prefix or typo), `fuzzy` for the fuzzy tier's guesses. */
	readonly tier: 'words' | 'fuzzy';
	/** Whether every word was found in the title, tags or slug (a fuzzy hit always is). */
	readonly inNames: boolean;
}

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
	/** The same search, for a list that shows a screenful of the matches at a time. */
	readonly ranked: (query: string, where?: (post: Post) => boolean, isRead?: IsRead) => Ranked;
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
A query's matches in rank order, as positions in the searched posts: a one-letter query matches
nearly every post of a large archive, and an object per match (made, kept a key, dropped) was
most of a keystroke's garbage. A list asks only for the rows it shows.
*/
export interface Ranked {
	/** The query as parsed: its filters (for chips) and any problems (a bad `year:`). */
	readonly query: Query;
	readonly length: number;
	/** The post at `rank` (0 is the best). */
	post(rank: number): Post;
	/** The match at `rank`, highlight ranges and all; the same object on every call. */
	at(rank: number): Match;
	/** A new match for `rank`, kept by nobody: for callers that take every match once. */
	make(rank: number): Match;
}

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

	const ranked = (text: string, where?: (post: Post) => boolean, isRead?: IsRead): Ranked => {
		const query = parseQuery(text);
		const {include, exclude, filters} = query;
		const filtered = filterPredicate(filters, isRead);
		const passes = where === undefined ? filtered : (filtered === undefined ? where : (post: Post) => where(post) && filtered(post));
		if (include.length === 0 && exclude.length === 0) {
			previous = undefined;
			return unranked(query, passes === undefined ? posts : posts.filter(passes));
		}

		const ready = index ?? finish();
		// What decides which posts may match, compared by parts: `passes` is made anew each query.
		const scope = [where, isRead, JSON.stringify(filters)] as const;
		const ranking = rank(ready, posts, {include, exclude, where: passes, scope}, fuzzy, previous);
		previous = ranking;
		return rankedMatches(query, ranking, posts, ready);
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
		const building = start();
		if (building !== undefined && building.step(performance.now() + budgetMs)) {
			finish();
		}

		persist();
		return index !== undefined;
	};

	return Object.assign(search, {prepare, persist, ranked, wordIndex: () => index ?? finish()});
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
function lazyMatch(post: Post, score: number, position: number, index: WordIndex, ranking: Ranking): Match {
	let ranges: Match['titleRanges'] | undefined;
	let fields: readonly FieldName[] | undefined;
	const fuzzyHit = ranking.fuzzy.get(position);
	return {
		post,
		score,
		tier: fuzzyHit === undefined ? 'words' : 'fuzzy',
		get inNames() {
			return fuzzyHit !== undefined || ranking.termFields.every(seen => (seen[position]! & nameFields) !== 0);
		},
		get titleRanges() {
			ranges ??= fuzzyHit === undefined ? titleRanges(index.title(position), ranking.query.include) : fuzzyHit.titleRanges;
			return ranges;
		},
		get fields() {
			fields ??= namesOf(fuzzyHit === undefined ? ranking.termFields.reduce((bits, seen) => bits | seen[position]!, 0) : fuzzyHit.fields);
			return fields;
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

/** Every post (those `where` passes) in the given order, unscored. */
function unranked(query: Query, shown: readonly Post[]): Ranked {
	return remembered({query, length: shown.length, post: rank => shown[rank]!, make: rank => ({post: shown[rank]!, score: 0, titleRanges: [], fields: [], tier: 'words', inNames: false})});
}

function rankedMatches(query: Query, ranking: Ranking, posts: readonly Post[], index: WordIndex): Ranked {
	const {order, total} = ranking;
	return remembered({
		query,
		length: order.length,
		post: rank => posts[order[rank]!]!,
		make(rank) {
			const position = order[rank]!;
			return lazyMatch(posts[position]!, total[position]!, position, index, ranking);
		},
	});
}

/** Each rank's match made once: a list row keeps the same match object while its results stand. */
function remembered(ranked: Omit<Ranked, 'at'>): Ranked {
	const made = new Map<number, Match>();
	return {
		...ranked,
		at(rank) {
			let match = made.get(rank);
			if (match === undefined) {
				match = ranked.make(rank);
				made.set(rank, match);
			}

			return match;
		},
	};
}

interface RankQuery {
	readonly include: readonly Term[];
	readonly exclude: readonly Term[];
	/** The caller's `where` and the query's filters together. */
	readonly where?: ((post: Post) => boolean) | undefined;
	/** What `where` is made of, to tell whether two queries search the same posts. */
	readonly scope: readonly unknown[];
}

/** One query's ranking, kept so that the next query, when it only grew, can start from it. */
interface Ranking {
	readonly query: RankQuery;
	/** Posts every word matched, in ascending position (the fuzzy tier's are not among them). */
	readonly found: Int32Array;
	/** Word hits and fuzzy hits, best first. */
	readonly order: Int32Array;
	/** Each include term's score per post, in scoring order (see `scoringOrder`). */
	readonly termScores: readonly Float32Array[];
	/** Each include term's fields (`Field` bits) per post, alongside `termScores`. */
	readonly termFields: readonly Uint8Array[];
	readonly total: Float64Array;
	/** The fuzzy tier's hits, by post. */
	readonly fuzzy: ReadonlyMap<number, FuzzyHit>;
}

type WordRanking = Pick<Ranking, 'found' | 'termScores' | 'termFields' | 'total'>;

// Words first: phrases read text, so they run last, over the fewest posts.
function scoringOrder(include: readonly Term[]): Term[] {
	return [...include].sort((a, b) => (a.kind === b.kind ? 0 : (a.kind === 'word' ? -1 : 1)));
}

/**
Whether every post `query` matches is among those `before` matched, with the same scores for
all words but the last: the same posts searched, the same exclusions, and the last word only
longer. Typo matching starts at five letters, so a query that crosses that length may match
more, not less.
*/
function onlyGrew(before: RankQuery, query: RankQuery): boolean {
	const {include} = query;
	if (include.length === 0 || include.length !== before.include.length || query.scope.some((part, at) => part !== before.scope[at])) {
		return false;
	}

	if (JSON.stringify(before.exclude) !== JSON.stringify(query.exclude)) {
		return false;
	}

	for (const [position, term] of include.entries()) {
		const old = before.include[position]!;
		if (term.kind !== 'word' || old.kind !== 'word') {
			return false;
		}

		const last = position === include.length - 1;
		if (!last && term.word !== old.word) {
			return false;
		}

		if (last && (!term.word.startsWith(old.word) || (old.word.length < typoMinLength && term.word.length >= typoMinLength))) {
			return false;
		}
	}

	return true;
}

/**
When the words match fewer posts than this, the fuzzy tier looks for more: a query whose words
find plenty meant those words, and a short one would make the fuzzy tier read every post.
*/
export const fuzzyBelow = 50;

/** Added to the score of a post whose title or slug is exactly the query: it always wins. */
const exactBonus = 100;

/**
Ranks best first, newest first among equals. Several million postings for a one-letter query at
10k posts: typed arrays, no per-post objects. When the query only grew since `previous`, only
the last word is scored again, and only the posts that matched before are looked at. The fuzzy
tier is asked afresh each time (it only runs when the words found few posts).
*/
function rank(index: WordIndex, posts: readonly Post[], query: RankQuery, fuzzy: FuzzyTier, previous?: Ranking): Ranking {
	const found = previous !== undefined && onlyGrew(previous.query, query) ? narrowed(index, previous, query) : fresh(index, posts, query);
	const words = query.include.flatMap(term => (term.kind === 'word' ? [term.word] : term.words));
	rewardExact(index, posts, found, words, query.include.length);
	const order = bestFirst(found.found, found.total);
	// A quoted phrase asks for exactly those words, and a one-letter word would match anything:
	// no guessing then. A number is guessed at as its digits (`1.0` as "10").
	const guesses = query.include.map(term => (term.kind === 'word' ? term.word : (term.number === true ? term.words.join('') : '')));
	const guess = found.found.length < fuzzyBelow && guesses.every(word => word.length >= 2);
	const hits = guess ? fuzzyHits(index, posts, query, found, guesses, fuzzy) : [];
	const byPost = new Map<number, FuzzyHit>();
	if (hits.length === 0) {
		return {...found, query, order, fuzzy: byPost};
	}

	// A fuzzy hit is worth at most what an author or summary hit of every term is: below the
	// words found in titles, tags and slugs, above those found only in bodies.
	const scale = 4 * query.include.length;
	for (const hit of hits) {
		byPost.set(hit.post, hit);
		found.total[hit.post] = Math.round(hit.closeness * scale * 1000) / 1000;
	}

	return {...found, query, order: mergeByScore(order, Int32Array.from(hits, hit => hit.post), found.total), fuzzy: byPost};
}

/**
Gives the exact-title and exact-slug bonus. Such a post scores the most a term can in its title
(10, or 9 in a slug) for every term, so only posts that high are compared.
*/
function rewardExact(index: WordIndex, posts: readonly Post[], found: WordRanking, words: readonly string[], terms: number): void {
	const wanted = words.join(' ');
	for (const post of found.found) {
		if (found.total[post]! < 9 * terms) {
			continue;
		}

		// Only a title or slug about as long as the query can be it: most are skipped unread.
		const {slug, title} = posts[post]!;
		const near = (text: string) => text.length >= wanted.length - 2 && text.length <= wanted.length * 2 + 8;
		if ((near(title) && index.title(post).words.join(' ') === wanted) || (near(slug) && wordsIn(slug) === wanted)) {
			found.total[post] = found.total[post]! + exactBonus;
		}
	}
}

function wordsIn(text: string): string {
	const found: string[] = [];
	forEachWord(fold(text), word => {
		found.push(word);
	});
	return found.join(' ');
}

/** The fuzzy tier's hits among the posts the words did not find, leaving out excluded ones. */
function fuzzyHits(index: WordIndex, posts: readonly Post[], query: RankQuery, found: WordRanking, words: readonly string[], fuzzy: FuzzyTier): FuzzyHit[] {
	const taken = new Uint8Array(posts.length);
	for (const post of found.found) {
		taken[post] = 1;
	}

	const {where} = query;
	const allowed = (post: number) => taken[post] === 0 && (where === undefined || where(posts[post]!));
	let hits = fuzzy.find(words, allowed, post => index.title(post));
	if (hits.length > 0 && query.exclude.length > 0) {
		const candidates = new Set(hits.map(hit => hit.post));
		for (const term of query.exclude) {
			const excluded = scoreTerm(index, posts, term, post => candidates.has(post), false).scores;
			hits = hits.filter(hit => excluded[hit.post] === 0);
		}
	}

	return hits;
}

/** Two lists each best first, merged best first; on a tie the word hit comes first. */
function mergeByScore(first: Int32Array, second: Int32Array, total: Float64Array): Int32Array {
	const merged = new Int32Array(first.length + second.length);
	let a = 0;
	let b = 0;
	for (let at = 0; at < merged.length; at++) {
		merged[at] = b >= second.length || (a < first.length && total[first[a]!]! >= total[second[b]!]!) ? first[a++]! : second[b++]!;
	}

	return merged;
}

function narrowed(index: WordIndex, previous: Ranking, query: RankQuery): WordRanking {
	const last = query.include.at(-1) as Extract<Term, {kind: 'word'}>;
	const count = previous.total.length;
	const lastHits = scoreWord(index, last.word, count, true);
	const termScores = [...previous.termScores.slice(0, -1), lastHits.scores];
	const termFields = [...previous.termFields.slice(0, -1), lastHits.fields];
	const lastScores = lastHits.scores;
	const total = new Float64Array(count);
	const kept = new Int32Array(previous.found.length);
	let alive = 0;
	for (const post of previous.found) {
		if (lastScores[post]! > 0) {
			// Summed in the order a fresh ranking adds them, so the totals are the very same numbers.
			let sum = 0;
			for (const scores of termScores) {
				sum += scores[post]!;
			}

			total[post] = sum;
			kept[alive++] = post;
		}
	}

	return {found: kept.slice(0, alive), termScores, termFields, total};
}

function fresh(index: WordIndex, posts: readonly Post[], {include, exclude, where}: RankQuery): WordRanking {
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

	const termScores: Float32Array[] = [];
	const termFields: Uint8Array[] = [];
	for (const [position, term] of scoringOrder(include).entries()) {
		const hits = scoreTerm(index, posts, term, post => matched[post] === position, true);
		const best = hits.scores;
		termScores.push(best);
		termFields.push(hits.fields);
		let alive = 0;
		for (let post = 0; post < count; post++) {
			if (matched[post] === position && best[post]! > 0) {
				matched[post] = position + 1;
				total[post] = total[post]! + best[post]!;
				alive++;
			}
		}

		if (alive === 0) {
			return {found: new Int32Array(0), termScores, termFields, total};
		}
	}

	const wanted = (post: number) => matched[post] === include.length;
	for (const term of exclude) {
		const hit = scoreTerm(index, posts, term, wanted, false).scores;
		for (let post = 0; post < count; post++) {
			if (hit[post]! > 0) {
				matched[post] = -1;
			}
		}
	}

	let alive = 0;
	for (let post = 0; post < count; post++) {
		if (wanted(post)) {
			alive++;
		}
	}

	const found = new Int32Array(alive);
	alive = 0;
	for (let post = 0; post < count; post++) {
		if (wanted(post)) {
			found[alive++] = post;
		}
	}

	return {found, termScores, termFields, total};
}

/**
`found` (ascending) ordered by score, highest first, ties kept in order. Scores are small whole
numbers (sums of the per-field points), so a counting sort does it in two passes, with no
comparator calls; anything else takes the general sort.
*/
function bestFirst(found: Int32Array, total: Float64Array): Int32Array {
	let highest = 0;
	for (const post of found) {
		const score = total[post]!;
		if (!Number.isInteger(score) || score < 0 || score > 1_000_000) {
			return Int32Array.from([...found].sort((a, b) => total[b]! - total[a]! || a - b));
		}

		highest = Math.max(highest, score);
	}

	// starts[highest - score] counts, then marks where each score's posts begin.
	const starts = new Int32Array(highest + 2);
	for (const post of found) {
		starts[highest - total[post]! + 1]!++;
	}

	for (let bucket = 1; bucket < starts.length; bucket++) {
		starts[bucket]! += starts[bucket - 1]!;
	}

	const order = new Int32Array(found.length);
	for (const post of found) {
		order[starts[highest - total[post]!]!++] = post;
	}

	return order;
}

function scoreTerm(index: WordIndex, posts: readonly Post[], term: Term, wanted: (post: number) => boolean, typos: boolean): TermHits {
	return term.kind === 'word' ? scoreWord(index, term.word, posts.length, typos) : scorePhrase(index, posts, term.words, wanted, term.number === true);
}
