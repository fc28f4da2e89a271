/**
Where a post lives on its blog, for "copy the URL": the site's base URL (from its configuration,
see site.ts) joined with the path the post's front matter names (`path`, `url`, `permalink`),
else the path each generator gives a post by default. A site with its own permalink settings
may publish elsewhere; null when the archive names no base URL.
*/
import {relative, sep} from 'node:path';
import type {Post, Site} from '../post.js';

function withoutExtension(path: string): string {
	return path.replace(/\.[^./]+$/, '');
}

function join(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

export function postUrl(post: Post, site: Site): string | null {
	if (site.baseUrl === null) {
		return null;
	}

	const own = post.permalinks?.[0];
	if (own !== undefined) {
		// Zola's `path` has no slashes around it and names a folder; a Jekyll permalink may end in `.html`.
		return join(site.baseUrl, /\.[a-z\d]+$/i.test(own) || own.endsWith('/') ? own : `${own}/`);
	}

	const inContent = relative(site.contentRoot, post.file).split(sep).join('/');
	switch (site.generator) {
		case 'jbake':
			// JBake writes content/blog/2017/x.md to blog/2017/x.html.
			return join(site.baseUrl, `${withoutExtension(inContent)}.html`);
		case 'jekyll': {
			// Jekyll's default permalink, `date`: /YYYY/MM/DD/slug.html.
			const date = post.date?.split('-') ?? [];
			return join(site.baseUrl, date.length === 3 ? `${date.join('/')}/${post.slug}.html` : `${post.slug}.html`);
		}

		case 'hugo':
		case 'zola': {
			const folder = inContent.includes('/') ? inContent.slice(0, inContent.lastIndexOf('/')) : '';
			const name = inContent.slice(inContent.lastIndexOf('/') + 1);
			// A page bundle (post/index.md) is published as its folder.
			const path = /^(index|_index)\.[^.]+$/.test(name) ? `${folder}/` : `${folder === '' ? '' : `${folder}/`}${post.slug}/`;
			return join(site.baseUrl, path);
		}

		case 'plain':
			return join(site.baseUrl, `${withoutExtension(inContent)}.html`);
	}
}
