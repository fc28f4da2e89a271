import {uniqueSlugs} from './fields/slug.js';
import {cleanLine} from './fields/values.js';
import type {Post} from './post.js';

/** The loader's own posts, still being filled in before anyone else sees them. */
type Building = {-readonly [Key in keyof Post]: Post[Key]};

/**
Makes slugs unique across the whole archive (pages and drafts too, so a slug does not change
with `--drafts`). Clashes are settled in path order: the first path keeps the slug.
Posts are updated in place (not spread) so their lazily counted fields stay lazy.
*/
export function assignSlugs(posts: readonly Post[]): void {
	const order = [...posts].sort((a, b) => (a.path < b.path ? -1 : (a.path > b.path ? 1 : 0)));
	const slugs = uniqueSlugs(order.map(post => post.slug));
	for (const [index, post] of order.entries()) {
		(post as Building).slug = slugs[index]!;
	}
}

const yearFolder = /^\d{4}$/;

/**
The sub-blog of each post: the first folder under the content root, when posts sit in more than
one such place (a `blog/` and a `releases/`). Year folders and page bundles are not sub-blogs.
*/
export function assignSections(posts: readonly Post[], contentPaths: readonly string[]): void {
	const folders = posts.map((post, index) => sectionFolder(contentPaths[index] ?? ''));
	const places = new Set(folders.filter((folder, index) => posts[index]!.type !== 'page'));
	if (places.size < 2) {
		return;
	}

	for (const [index, post] of posts.entries()) {
		(post as Building).section = folders[index] || null;
	}
}

function sectionFolder(contentPath: string): string {
	const parts = contentPath.split('/');
	// A page bundle's own folder is the post, not a place posts live in.
	const folders = parts.slice(0, /^index\.[^.]+$/.test(parts.at(-1) ?? '') ? -2 : -1);
	const first = folders[0] ?? '';
	return yearFolder.test(first) ? '' : cleanLine(first);
}
