import {existsSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadArchive} from '../../source/archive/load.js';
import type {Archive, Post} from '../../source/archive/post.js';
import {type Hit, type TargetKind, lostWords, rawMarkup, sourceText, targetsNotShown} from './checks.js';
import {renderPlain} from './render-plain.js';
import {sourceParts} from './source-parts.js';

/** The folder of real blogs: `BLOG_READER_CORPUS`, else `corpus/` beside the repository. */
export function corpusFolder(): string {
	return process.env['BLOG_READER_CORPUS'] ?? fileURLToPath(new URL('../../../corpus', import.meta.url));
}

/** Each sub-folder is one blog's site root (README.txt and other files are not). */
export function corpusBlogs(folder: string): string[] {
	if (!existsSync(folder)) {
		return [];
	}

	return readdirSync(folder).filter(name => !name.startsWith('.') && statSync(path.join(folder, name)).isDirectory()).sort();
}

export type Category = 'markup' | 'words' | 'links';

export interface PostHits {
	readonly path: string;
	readonly markup: readonly Hit[];
	readonly words: readonly Hit[];
	readonly links: readonly Hit[];
	readonly internal: readonly Hit[];
}

export interface BlogResult {
	readonly name: string;
	readonly generator: string;
	readonly posts: PostHits[];
	/** Seconds spent in the render and in the checks, to see which one a slow run waits for. */
	readonly seconds: {readonly render: number; readonly checks: number};
}

/**
Whether a target leads inside the archive: Zola `@/` paths, anchors, targets built by a template
(`{{ site.baseurl }}`, `{% post_url %}`), relative files that are posts, and the blog's own
URLs (or root-relative paths) whose last segment is a post's slug or file name.
*/
export function targetKinds(archive: Archive): (post: Post, target: string) => TargetKind {
	const all = [...archive.posts, ...archive.pages];
	const paths = new Set(all.map(each => stripExtension(each.path)));
	const names = new Set(all.flatMap(each => [each.slug.toLowerCase(), baseName(each.path).toLowerCase(), baseName(each.path).replace(/^\d{4}-\d{2}-\d{2}-/, '').toLowerCase()]));
	const host = archive.site.baseUrl ? hostOf(archive.site.baseUrl) : null;
	return (post, target) => {
		if (target.startsWith('@/') || target.startsWith('#') || /\{\{|\{%/.test(target)) {
			return 'internal';
		}

		const scheme = /^([a-z][a-z\d+.-]*):/i.exec(target);
		if (!scheme && !target.startsWith('//')) {
			const file = target.replace(/[?#].*$/, '');
			if (!file.startsWith('/')) {
				const joined = path.posix.normalize(path.posix.join(path.posix.dirname(post.path), file));
				if (paths.has(stripExtension(joined)) || paths.has(stripExtension(path.posix.join(joined, 'index')))) {
					return 'internal';
				}
			}

			return names.has(lastSegment(file)) ? 'internal' : 'external';
		}

		if (host && hostOf(target) === host) {
			return names.has(lastSegment(new URL(target, 'https://x').pathname)) ? 'internal' : 'external';
		}

		return 'external';
	};
}

function stripExtension(file: string): string {
	return file.replace(/\.(?:md|markdown|adoc|asciidoc|html?)$/i, '').replace(/\/(?:index|_index)$/, '');
}

function baseName(file: string): string {
	return stripExtension(file).split('/').pop() ?? '';
}

function lastSegment(pathname: string): string {
	const segments = pathname.replace(/\/(?:index\.html?)?$/i, '').split('/');
	return stripExtension(segments.pop() ?? '').toLowerCase();
}

function hostOf(url: string): string | null {
	try {
		return new URL(url).host.replace(/^www\./, '');
	} catch {
		return null;
	}
}

/** Loads one blog with the project's loader (no index cache) and checks every post and page. */
export async function checkBlog(folder: string, name: string): Promise<BlogResult> {
	const archive = loadArchive(path.join(folder, name), {cache: false});
	const kindOf = targetKinds(archive);
	const posts: PostHits[] = [];
	const seconds = {render: 0, checks: 0};
	for (const post of [...archive.posts, ...archive.pages]) {
		const started = performance.now();
		let output: string;
		try {
			output = await renderPlain(post, archive);
		} catch (error) {
			// A post the render cannot take is the worst a reader can meet: it counts as markup
			// (nothing is shown), once, and its words and links are not counted on top.
			const message = error instanceof Error ? error.message : String(error);
			posts.push({path: post.path, markup: [{pattern: 'render threw an error', excerpt: message.slice(0, 160)}], words: [], links: [], internal: []});
			continue;
		}

		const rendered = performance.now();
		seconds.render += (rendered - started) / 1000;
		const parts = sourceParts(post.body, post.format);
		const {missing, internal} = targetsNotShown(parts.targets, output, target => kindOf(post, target), archive.site.baseUrl ?? undefined);
		posts.push({
			path: post.path,
			markup: rawMarkup(output, parts),
			words: lostWords(sourceText(post.body, post.format), output),
			links: missing,
			internal,
		});
		seconds.checks += (performance.now() - rendered) / 1000;
	}

	return {name, generator: archive.site.generator, posts, seconds};
}

export interface Tally {
	readonly posts: number;
	readonly hits: number;
}

export function tally(result: BlogResult, category: Category | 'internal'): Tally {
	const hit = result.posts.filter(post => post[category].length > 0);
	return {posts: hit.length, hits: hit.reduce((sum, post) => sum + post[category].length, 0)};
}

export interface Pattern {
	readonly pattern: string;
	readonly hits: number;
	readonly posts: number;
	readonly example: {readonly path: string; readonly excerpt: string};
}

/** The most common patterns of a category, each with the first post it was seen in. */
export function topPatterns(result: BlogResult, category: Category | 'internal', limit = 10): Pattern[] {
	const byPattern = new Map<string, {hits: number; posts: Set<string>; example: {path: string; excerpt: string}}>();
	for (const post of result.posts) {
		for (const hit of post[category]) {
			const entry = byPattern.get(hit.pattern) ?? {hits: 0, posts: new Set<string>(), example: {path: post.path, excerpt: hit.excerpt}};
			entry.hits++;
			entry.posts.add(post.path);
			byPattern.set(hit.pattern, entry);
		}
	}

	return [...byPattern.entries()]
		.map(([pattern, entry]) => ({pattern, hits: entry.hits, posts: entry.posts.size, example: entry.example}))
		.sort((a, b) => b.hits - a.hits)
		.slice(0, limit);
}
