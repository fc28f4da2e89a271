import path from 'node:path';
import type {Archive, Post} from '../post.js';

/**
Which post of the archive a link leads to, when it leads to one: a Zola `@/section/post.md`, a
relative `.md`/`.adoc`/`.html` path, a `post:` reference (Hugo `ref`, Jekyll `post_url`, as
render/templates.ts writes them), or the blog's own URL (or a path on its site) that ends in a
post's slug. Pure: it looks at the archive's posts, never at the disk.
*/

export interface LinkLookup {
	/** Finds the post for a target written in `from`; undefined for anything else. */
	readonly find: (target: string, from: Post) => Post | undefined;
	/** The post or page with this slug, anywhere in the archive. */
	readonly bySlug: (slug: string) => Post | undefined;
}

/**
The lookup, built on its first use: its tables cover every post, work the reader's first frame
must not pay for when no post is open yet.
*/
export function lazyLinkLookup(archive: Pick<Archive, 'posts' | 'pages' | 'root' | 'site'>): LinkLookup {
	let built: LinkLookup | undefined;
	const lookup = () => (built ??= createLinkLookup(archive));
	return {
		find: (target, from) => lookup().find(target, from),
		bySlug: slug => lookup().bySlug(slug),
	};
}

const withoutExtension = (name: string) => name.replace(/\.(?:md|markdown|mdx|adoc|asciidoc|asc|html?)$/i, '');

function lastSegment(pathname: string): string {
	const parts = pathname.split('/').filter(Boolean);
	let last = parts.at(-1) ?? '';
	if (/^index\.html?$/i.test(last) || /^_?index\.md$/i.test(last)) {
		last = parts.at(-2) ?? '';
	}

	return withoutExtension(last).toLowerCase();
}

export function createLinkLookup(archive: Pick<Archive, 'posts' | 'pages' | 'root' | 'site'>): LinkLookup {
	const all = [...archive.posts, ...archive.pages];
	const byFile = new Map(all.map(post => [post.file, post]));
	const bySlug = new Map(all.map(post => [post.slug.toLowerCase(), post]));
	const byName = new Map<string, Post>();
	for (const post of all) {
		const name = withoutExtension(path.basename(post.file)).toLowerCase();
		// Jekyll names files `2017-02-03-slug.md`; its URLs carry only the slug.
		for (const key of [name, name.replace(/^\d{4}-\d{2}-\d{2}-/, '')]) {
			if (!byName.has(key)) {
				byName.set(key, post);
			}
		}
	}

	const byStem = (stem: string) => bySlug.get(stem) ?? byName.get(stem);
	const base = archive.site.baseUrl ? safeUrl(archive.site.baseUrl) : undefined;
	// The paths front matter names (Zola `path`, Hugo `url`, aliases), under the site's own path.
	const basePath = base ? pathKey(base.pathname) : '';
	const byPermalink = new Map<string, Post>();
	for (const post of all) {
		for (const permalink of post.permalinks ?? []) {
			const key = pathKey(permalink);
			if (key !== '' && !byPermalink.has(key)) {
				byPermalink.set(key, post);
			}
		}
	}

	const byPath = (pathname: string): Post | undefined => {
		const key = pathKey(pathname);
		const inSite = basePath !== '' && key.startsWith(`${basePath}/`) ? key.slice(basePath.length + 1) : key;
		return byPermalink.get(inSite) ?? byPermalink.get(key);
	};
	const contentRoot = archive.site.contentRoot;

	const find = (raw: string, from: Post): Post | undefined => {
		const target = raw.trim().split('#')[0]!;
		if (target === '') {
			return undefined;
		}

		if (target.startsWith('@/')) {
			return byFile.get(path.join(contentRoot, decode(target.slice(2))));
		}

		if (target.startsWith('post:')) {
			const name = decode(target.slice(5));
			return byFile.get(path.join(contentRoot, name)) ?? byStem(lastSegment(name));
		}

		const url = safeUrl(target);
		if (url) {
			if (!base || url.host !== base.host || !/^https?:$/.test(url.protocol)) {
				return undefined;
			}

			const stem = lastSegment(url.pathname);
			return byPath(decode(url.pathname)) ?? (stem ? byStem(stem) : undefined);
		}

		const pathname = decode(target.split('?')[0]!);
		if (/\.(?:md|markdown|mdx|adoc|asciidoc|asc)$/i.test(pathname) && !pathname.startsWith('/')) {
			return byFile.get(path.resolve(path.dirname(from.file), pathname));
		}

		// A path on the blog's own site (`/2017/02/03/slug/`, `../slug.html`).
		const stem = lastSegment(pathname);
		return (pathname.startsWith('/') ? byPath(pathname) : undefined) ?? (stem && (pathname.includes('/') || /\.html?$/i.test(pathname)) ? byStem(stem) : undefined);
	};

	return {find, bySlug: slug => bySlug.get(slug.toLowerCase())};
}

/** A published path as a key: no slashes at its ends, no `index.html`, lower case (`/2021/07/29/Rust-1.54.0/` is `2021/07/29/rust-1.54.0`). */
function pathKey(pathname: string): string {
	return pathname.replace(/(?:^|\/)index\.html?$/i, '').replace(/^\/+|\/+$/g, '').toLowerCase();
}

function safeUrl(text: string): URL | undefined {
	if (!/^[a-z][a-z\d+.-]*:/i.test(text)) {
		return undefined;
	}

	try {
		return new URL(text);
	} catch {
		return undefined;
	}
}

function decode(text: string): string {
	try {
		return decodeURI(text);
	} catch {
		return text;
	}
}
