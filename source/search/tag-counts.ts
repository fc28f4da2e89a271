import type {Post} from '../archive/post.js';

export interface TagCount {
	readonly tag: string;
	readonly count: number;
}

/**
Most used first; ties alphabetical. Tags differing only in case count as one. Shared by the
`tags` command and the reader's tags view.
*/
export function countTags(posts: readonly Post[]): TagCount[] {
	const counts = new Map<string, {tag: string; count: number}>();
	// One pass over each post's tags: a post counts once per tag, and the first spelling met names it.
	for (const post of posts) {
		const counted = new Set<string>();
		for (const spelling of post.tags) {
			const tag = spelling.toLowerCase();
			if (counted.has(tag)) {
				continue;
			}

			counted.add(tag);
			const entry = counts.get(tag);
			if (entry) {
				entry.count++;
			} else {
				counts.set(tag, {tag: spelling, count: 1});
			}
		}
	}

	return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
