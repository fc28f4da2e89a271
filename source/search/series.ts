import type {Post} from '../archive/post.js';
import {fold} from './normalize.js';

/**
Posts written as parts of one series (front matter `series`, or a generator's `series`
taxonomy), in reading order: oldest first, as a series is written; posts of one day by path,
which is how their authors number them (`part-1`, `part-2`).
*/

/** Where a post stands in its series. */
export interface SeriesPlace {
	/** The series as the post names it. */
	readonly name: string;
	/** 1 for the first part. */
	readonly part: number;
	readonly parts: number;
	readonly previous: Post | undefined;
	readonly next: Post | undefined;
}

/** Each series (by folded name) with its posts in reading order, for each list of posts seen. */
const seriesIndexes = new WeakMap<readonly Post[], Map<string, Post[]>>();

/** The series of `posts`, folded name to parts in reading order. */
export function seriesOf(posts: readonly Post[]): ReadonlyMap<string, readonly Post[]> {
	let index = seriesIndexes.get(posts);
	if (index === undefined) {
		index = new Map();
		for (const post of posts) {
			for (const name of new Set((post.series ?? []).map(name => fold(name)))) {
				let parts = index.get(name);
				if (parts === undefined) {
					parts = [];
					index.set(name, parts);
				}

				parts.push(post);
			}
		}

		for (const parts of index.values()) {
			parts.sort(readingOrder);
		}

		seriesIndexes.set(posts, index);
	}

	return index;
}

/** Undated posts go last: a part without a date is most likely the one still being written. */
function readingOrder(a: Post, b: Post): number {
	if (a.date !== b.date) {
		return a.date === null ? 1 : (b.date === null ? -1 : (a.date < b.date ? -1 : 1));
	}

	return a.path < b.path ? -1 : (a.path > b.path ? 1 : 0);
}

/** Where `post` stands in its first series among `posts`; undefined when it is in none. */
export function seriesPlace(post: Post, posts: readonly Post[]): SeriesPlace | undefined {
	const name = post.series?.[0];
	if (name === undefined) {
		return undefined;
	}

	const parts = seriesOf(posts).get(fold(name)) ?? [];
	const at = parts.findIndex(part => part.slug === post.slug);
	if (at === -1) {
		return undefined;
	}

	return {name, part: at + 1, parts: parts.length, previous: parts[at - 1], next: parts[at + 1]};
}
