import type {Archive, Post} from './post.js';
import type {SortOrder} from '../config/settings.js';

const collator = new Intl.Collator('en', {sensitivity: 'base', numeric: true});

/**
The archive with its posts and pages in the order the config file's `sort` asks the list to
start in. A load gives them newest first (sort.ts), so `newest` is the archive as it is.
*/
export function inOrder(archive: Archive, sort: SortOrder): Archive {
	if (sort === 'newest') {
		return archive;
	}

	const order = sort === 'oldest' ? oldestFirst : byTitle;
	return {...archive, posts: [...archive.posts].sort(order), pages: [...archive.pages].sort(order)};
}

/** Oldest first; undated posts still last, as in the newest-first list. */
function oldestFirst(a: Post, b: Post): number {
	if (a.date !== b.date) {
		if (a.date === null) {
			return 1;
		}

		if (b.date === null) {
			return -1;
		}

		return a.date < b.date ? -1 : 1;
	}

	return byTitle(a, b);
}

function byTitle(a: Post, b: Post): number {
	return collator.compare(a.title, b.title) || (a.path < b.path ? -1 : (a.path > b.path ? 1 : 0));
}
