/**
The sub-blogs of an archive (a post's `section`: the first folder under the content root, as
the Rust blog keeps `inside-rust/` beside its main posts) and its authors, with how many posts
each has: what the reader's sections and authors views list.
*/
import type {Post} from '../archive/post.js';

export interface SectionCount {
	/** The folder's name; null for the posts at the top of the content folder (the main blog). */
	readonly section: string | null;
	readonly count: number;
}

/** Every section with its posts, most posts first (ties by name, the main blog before sub-blogs). */
export function countSections(posts: readonly Post[]): SectionCount[] {
	const counts = new Map<string | null, number>();
	for (const post of posts) {
		counts.set(post.section, (counts.get(post.section) ?? 0) + 1);
	}

	return [...counts].map(([section, count]) => ({section, count})).sort((a, b) => b.count - a.count || (a.section === null ? -1 : b.section === null ? 1 : a.section.localeCompare(b.section)));
}

export interface AuthorCount {
	readonly author: string;
	readonly count: number;
}

/** Every author with their posts, most first; names differing only in case are one author. */
export function countAuthors(posts: readonly Post[]): AuthorCount[] {
	const counts = new Map<string, {author: string; count: number}>();
	for (const post of posts) {
		const counted = new Set<string>();
		for (const name of post.authors) {
			const key = name.trim().toLowerCase();
			if (key === '' || counted.has(key)) {
				continue;
			}

			counted.add(key);
			const entry = counts.get(key);
			if (entry) {
				entry.count++;
			} else {
				counts.set(key, {author: name.trim(), count: 1});
			}
		}
	}

	return [...counts.values()].sort((a, b) => b.count - a.count || a.author.localeCompare(b.author));
}
