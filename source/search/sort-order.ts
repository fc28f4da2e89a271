/**
The orders a list can be shown in: newest first (the archive's own order), oldest first, by
title, or by relevance (the search's ranking, only while a query has words to rank by). The
reader's `s` key and `list --sort` both sort through here.
*/
import type {Post} from '../archive/post.js';
import type {Match, Ranked} from './rank.js';

export type SortOrder = 'newest' | 'oldest' | 'title' | 'relevance';

export const sortOrders: readonly SortOrder[] = ['newest', 'oldest', 'title', 'relevance'];

/** The order `s` goes to next; relevance is skipped when there is nothing to rank by. */
export function nextSort(current: SortOrder, ranked: boolean): SortOrder {
	const next = sortOrders[(sortOrders.indexOf(current) + 1) % sortOrders.length]!;
	return next === 'relevance' && !ranked ? sortOrders[0]! : next;
}

/**
The order in effect: the one chosen, else relevance for a query with words and newest for none.
A chosen relevance falls back to newest when the query loses its words.
*/
export function sortInEffect(chosen: SortOrder | undefined, ranked: boolean): SortOrder {
	if (chosen === undefined || chosen === 'relevance') {
		return ranked ? 'relevance' : 'newest';
	}

	return chosen;
}

// Made on first use: the command line reads `sortOrders` on every start, and a collator costs.
let collator: Intl.Collator | undefined;
const titleCollator = (): Intl.Collator => (collator ??= new Intl.Collator('en', {sensitivity: 'base', numeric: true}));

/** A title as it sorts: from its first letter or digit, so "`if` in constants" goes under i, not before A. */
function sortableTitle(title: string): string {
	return title.replace(/^[^\p{L}\p{N}]+/u, '');
}

const compareTitles = (a: string, b: string): number => titleCollator().compare(sortableTitle(a), sortableTitle(b));

/** Per list of posts and order, each post's place in that order (0 first); made on first use. */
const places = new WeakMap<readonly Post[], Map<SortOrder, Map<Post, number>>>();

function compareDates(a: string | null, b: string | null, newestFirst: boolean): number {
	if (a === b) {
		return 0;
	}

	// Undated posts go last either way: they have no place in time.
	if (a === null) {
		return 1;
	}

	if (b === null) {
		return -1;
	}

	return (a < b ? -1 : 1) * (newestFirst ? -1 : 1);
}

/** How two posts compare in `order` (relevance, having no query, calls them equal). */
export function comparePosts(order: SortOrder): (a: Post, b: Post) => number {
	switch (order) {
		case 'relevance':
			return () => 0;
		case 'oldest':
			return (a, b) => compareDates(a.date, b.date, false) || compareTitles(a.title, b.title);
		case 'title':
			return (a, b) => compareTitles(a.title, b.title) || compareDates(a.date, b.date, true);
		default:
			return (a, b) => compareDates(a.date, b.date, true) || compareTitles(a.title, b.title);
	}
}

/**
Where each post of `posts` stands in `order`. Every post is sorted once, on keys made once (a
title's sortable form, a date), so that every later list, however it was filtered, is put in that
order by numbers alone. Dates compare as strings; equal dates keep the order of `posts` (an
archive's is newest first, then by title).
*/
function placesIn(posts: readonly Post[], order: SortOrder): Map<Post, number> {
	let byOrder = places.get(posts);
	if (byOrder === undefined) {
		byOrder = new Map();
		places.set(posts, byOrder);
	}

	let place = byOrder.get(order);
	if (place === undefined) {
		const positions = Array.from(posts.keys());
		if (order === 'title') {
			// Case, accents and numbers by value ("Rust 1.9" before "Rust 1.10") are the collator's;
			// about a quarter of a second for 50k titles on a quiet machine, paid on the first title sort.
			const keys = posts.map(post => sortableTitle(post.title));
			const {compare} = titleCollator();
			positions.sort((a, b) => compare(keys[a]!, keys[b]!) || compareDates(posts[a]!.date, posts[b]!.date, true) || a - b);
		} else if (order !== 'relevance') {
			const dates = posts.map(post => post.date);
			positions.sort((a, b) => compareDates(dates[a]!, dates[b]!, order === 'newest') || a - b);
		}

		place = new Map(positions.map((position, at) => [posts[position]!, at]));
		byOrder.set(order, place);
	}

	return place;
}

/** `posts` in `order`; equal posts (and all of them, for relevance) keep the order given. */
export function sortPostsBy(posts: readonly Post[], order: SortOrder): Post[] {
	if (order === 'relevance') {
		return [...posts];
	}

	const place = placesIn(posts, order);
	return [...posts].sort((a, b) => place.get(a)! - place.get(b)!);
}

/** Sorted views already made, so a frame that asks again gets the same object (and rows). */
const sortedViews = new WeakMap<Ranked, Map<SortOrder, Ranked>>();

/**
A query's matches in `order`: relevance is the ranking as it is; the others reorder its ranks.
`posts` is the list the matches were found in (it gives each post its place). A list of every
post newest first is already in that order and is given back as it is.
*/
export function sortRanked(ranked: Ranked, order: SortOrder, posts: readonly Post[]): Ranked {
	const unranked = ranked.query.include.length === 0 && ranked.query.exclude.length === 0;
	if (order === 'relevance' || (order === 'newest' && unranked)) {
		return ranked;
	}

	let views = sortedViews.get(ranked);
	if (views === undefined) {
		views = new Map();
		sortedViews.set(ranked, views);
	}

	let view = views.get(order);
	if (view === undefined) {
		const place = placesIn(posts, order);
		const ranks = new Int32Array(ranked.length);
		const keys = new Float64Array(ranked.length);
		for (let rank = 0; rank < ranked.length; rank++) {
			ranks[rank] = rank;
			keys[rank] = place.get(ranked.post(rank)) ?? Number.MAX_SAFE_INTEGER;
		}

		ranks.sort((a, b) => keys[a]! - keys[b]! || a - b);
		view = permuted(ranked, ranks);
		views.set(order, view);
	}

	return view;
}

function permuted(ranked: Ranked, ranks: Int32Array): Ranked {
	return {
		query: ranked.query,
		length: ranks.length,
		post: rank => ranked.post(ranks[rank]!),
		unordered: at => ranked.unordered(at),
		at: (rank): Match => ranked.at(ranks[rank]!),
		make: (rank): Match => ranked.make(ranks[rank]!),
	};
}

/** Where the post with `slug` is in `ranked`, or -1. */
export function rankOfSlug(ranked: Ranked, slug: string): number {
	for (let rank = 0; rank < ranked.length; rank++) {
		if (ranked.post(rank).slug === slug) {
			return rank;
		}
	}

	return -1;
}
