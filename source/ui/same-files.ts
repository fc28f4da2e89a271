import type {Archive} from '../archive/post.js';

/**
Whether a checked archive holds exactly the files of the one on screen: then the reader keeps
what it has (its rows, its search index) instead of swapping in equal posts. The fingerprint
covers every post file's path, size and time, and the loader's version.
*/
export function sameFiles(shown: Archive, checked: Archive): boolean {
	return shown.fingerprint !== undefined
		&& shown.fingerprint === checked.fingerprint
		&& shown.posts.length === checked.posts.length
		&& shown.pages.length === checked.pages.length
		// The same post objects when the check found the files as they were: nothing to read.
		&& shown.posts.every((post, at) => post === checked.posts[at] || (post.path === checked.posts[at]!.path && post.slug === checked.posts[at]!.slug));
}
