import type {Post} from '../archive/post.js';
import type {Query} from './query.js';
import type {Ranking} from './ranking.js';
import {titleRanges} from './title-ranges.js';
import {type FieldName, nameFields, namesOf, type WordIndex} from './word-index.js';

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
	/**
	The post at `at` of the matches in no particular order: for what does not depend on the
	order (the widest tags among them), without ordering every match to get it.
	*/
	unordered(at: number): Post;
	/** The match at `rank`, highlight ranges and all; the same object on every call. */
	at(rank: number): Match;
	/** A new match for `rank`, kept by nobody: for callers that take every match once. */
	make(rank: number): Match;
}

/** Every post (those `where` passes) in the given order, unscored. */
export function unranked(query: Query, shown: readonly Post[]): Ranked {
	const post = (rank: number): Post => shown[rank]!;
	return remembered({query, length: shown.length, post, unordered: post, make: rank => ({post: shown[rank]!, score: 0, titleRanges: [], fields: [], tier: 'words', inNames: false})});
}

export function rankedMatches(query: Query, ranking: Ranking, posts: readonly Post[], index: WordIndex): Ranked {
	const {order, total, found} = ranking;
	// The fuzzy tier's hits are in the order only (it is then short and fully sorted).
	const unordered = ranking.fuzzy.size === 0 ? (at: number) => posts[found[at]!]! : (rank: number) => posts[order.at(rank)]!;
	return remembered({
		query,
		length: order.length,
		post: rank => posts[order.at(rank)]!,
		unordered,
		make(rank) {
			const position = order.at(rank);
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
