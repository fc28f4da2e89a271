import {uniqueSlugs} from './fields/slug.js';
import {cleanLine} from './fields/values.js';
import type {Post} from './post.js';

/**
Slugs made unique across the whole archive (pages and drafts too, so a slug does not change
with `--drafts`). Clashes are settled in path order: the first path keeps the slug.
*/
export function assignSlugs(posts: readonly Post[]): Post[] {
	const order = posts.map((post, index) => index).sort((a, b) => {
		const pa = posts[a]!.path;
		const pb = posts[b]!.path;
		return pa < pb ? -1 : (pa > pb ? 1 : 0);
	});
	const slugs = uniqueSlugs(order.map(index => posts[index]!.slug));
	const result = [...posts];
	for (const [position, index] of order.entries()) {
		const slug = slugs[position]!;
		if (slug !== posts[index]!.slug) {
			result[index] = {...posts[index]!, slug};
		}
	}

	return result;
}

const yearFolder = /^\d{4}$/;

/**
The sub-blog of each post: the first folder under the content root, when posts sit in more than
one such place (a `blog/` and a `releases/`). Year folders and page bundles are not sub-blogs.
*/
export function assignSections(posts: readonly Post[], contentPaths: readonly string[]): Post[] {
	const folders = posts.map((post, index) => sectionFolder(contentPaths[index] ?? ''));
	const places = new Set(folders.filter((folder, index) => posts[index]!.type !== 'page'));
	if (places.size < 2) {
		return [...posts];
	}

	return posts.map((post, index) => (folders[index] ? {...post, section: folders[index]} : post));
}

function sectionFolder(contentPath: string): string {
	const parts = contentPath.split('/');
	// A page bundle's own folder is the post, not a place posts live in.
	const folders = parts.slice(0, /^index\.[^.]+$/.test(parts.at(-1) ?? '') ? -2 : -1);
	const first = folders[0] ?? '';
	return yearFolder.test(first) ? '' : cleanLine(first);
}
