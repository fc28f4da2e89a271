import type {Post} from '../post.js';

const collator = new Intl.Collator('en', {sensitivity: 'base', numeric: true});

/** Newest first; undated posts last; then by title, then by path so the order never wavers. */
export function sortPosts(posts: readonly Post[]): Post[] {
	return [...posts].sort((a, b) => {
		if (a.date !== b.date) {
			if (a.date === null) {
				return 1;
			}

			if (b.date === null) {
				return -1;
			}

			return a.date < b.date ? 1 : -1;
		}

		return collator.compare(a.title, b.title) || (a.path < b.path ? -1 : (a.path > b.path ? 1 : 0));
	});
}
