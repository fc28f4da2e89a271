import {readdirSync, statSync} from 'node:fs';
import {relative, resolve, sep} from 'node:path';
import {buildPost} from './build-post.js';
import {cleanLine, cleanPath} from './fields/values.js';
import {splitHeader} from './headers/split.js';
import type {Archive, Post, PostFormat, Skipped} from './post.js';
import {readText} from './read.js';
import {detectSite} from './site.js';
import {sortPosts} from './sort.js';
import {assignSections, assignSlugs} from './unique.js';
import {walk} from './walk.js';

export interface LoadOptions {
	/** Include `status=draft` posts in `posts`. */
	readonly drafts?: boolean;
	/** Called once per file passed over; the CLI prints `blog-reader: skipped <path>: <reason>`. */
	readonly onSkip?: (skipped: Skipped) => void;
}

/** A folder that cannot be read as an archive at all (missing, not a folder, unreadable). */
export class ArchiveError extends Error {}

const formats: Readonly<Record<string, PostFormat>> = {
	md: 'markdown',
	markdown: 'markdown',
	txt: 'markdown',
	adoc: 'asciidoc',
	asciidoc: 'asciidoc',
	html: 'html',
	htm: 'html',
};

// These extensions hold posts only when a header says so; a `.md` file is a post as it is.
const needsHeader = new Set(['txt', 'adoc', 'asciidoc', 'html', 'htm']);

function extensionOf(name: string): string {
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
Reads every post of an archive folder or site root, synchronously and in one pass. Bad files are
reported through `onSkip` and passed over; only a folder that cannot be read at all throws.
The archive is only ever read.
*/
export function loadArchive(dir: string, options: LoadOptions = {}): Archive {
	const root = resolve(dir);
	checkFolder(dir, root);
	const layout = detectSite(root);
	const skipped: Skipped[] = [];
	const skip = (path: string, reason: string): void => {
		const entry = {path: cleanPath(path), reason};
		skipped.push(entry);
		options.onSkip?.(entry);
	};

	const seen = new Set<string>();
	const all: Post[] = [];
	const contentPaths: string[] = [];
	for (const source of layout.sources) {
		const found = walk(source.dir, {
			wanted: name => extensionOf(name) in formats,
			onSkip: (path, reason) => skip(toArchivePath(root, source.dir, path), reason),
			seen,
		});
		for (const {file, relative: contentPath, name} of found) {
			if (layout.sectionIndexes && name.startsWith('_index.')) {
				continue;
			}

			const path = toArchivePath(root, source.dir, contentPath);
			const read = readText(file);
			if ('skip' in read) {
				skip(path, read.skip);
				continue;
			}

			const extension = extensionOf(name);
			const format = formats[extension]!;
			const header = splitHeader(read.text, format);
			if (needsHeader.has(extension) && !header.found) {
				// Generated HTML, notes and AsciiDoc include files are not posts: not worth a warning.
				continue;
			}

			all.push(buildPost({header, format, file, path, contentPath, generator: layout.site.generator, inDrafts: source.drafts}));
			contentPaths.push(contentPath);
		}
	}

	assignSlugs(all);
	assignSections(all, contentPaths);
	const posts = all;
	const includeDrafts = options.drafts === true;
	const isDraft = (post: Post): boolean => post.status === 'draft';
	return {
		root,
		site: layout.site,
		posts: sortPosts(posts.filter(post => post.type !== 'page' && (includeDrafts || !isDraft(post)))),
		pages: sortPosts(posts.filter(post => post.type === 'page' && (includeDrafts || !isDraft(post)))),
		drafts: posts.filter(post => isDraft(post)).length,
		skipped,
	};
}

function toArchivePath(root: string, sourceDir: string, contentPath: string): string {
	const prefix = relative(root, sourceDir).split(sep).join('/');
	return prefix === '' ? contentPath : `${prefix}/${contentPath}`;
}

function checkFolder(dir: string, root: string): void {
	const shown = cleanLine(dir);
	let isFolder: boolean;
	try {
		isFolder = statSync(root).isDirectory();
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new ArchiveError(code === 'ENOENT' || code === 'ENOTDIR' ? `no such folder: ${shown}` : `cannot read folder: ${shown} (${code ?? 'unknown error'})`);
	}

	if (!isFolder) {
		throw new ArchiveError(`not a folder: ${shown}`);
	}

	try {
		readdirSync(root);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new ArchiveError(`cannot read folder: ${shown} (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? 'unknown error'})`);
	}
}
