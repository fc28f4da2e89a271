import {uniqueSlugs} from '../fields/slug.js';
import {cleanLine} from '../fields/values.js';
import type {Post} from '../post.js';

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
	const named = new Map<string, string>();
	const folders = posts.map((post, index) => sectionFolder(contentPaths[index] ?? '', named));
	const places = new Set(folders.filter((folder, index) => posts[index]!.type !== 'page'));
	if (places.size < 2) {
		return;
	}

	for (const [index, post] of posts.entries()) {
		(post as Building).section = folders[index] || null;
	}
}

/** The first folder of a path; `named` remembers each folder's cleaned name (there are few). */
function sectionFolder(contentPath: string, named: Map<string, string>): string {
	const first = contentPath.indexOf('/');
	if (first === -1) {
		return '';
	}

	// A page bundle's own folder is the post, not a place posts live in.
	if (first === contentPath.lastIndexOf('/') && /^index\.[^.]+$/.test(contentPath.slice(first + 1))) {
		return '';
	}

	const folder = contentPath.slice(0, first);
	let name = named.get(folder);
	if (name === undefined) {
		name = yearFolder.test(folder) ? '' : cleanLine(folder);
		named.set(folder, name);
	}

	return name;
}
