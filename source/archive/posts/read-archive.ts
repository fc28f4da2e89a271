import {type FileOutcome, parseFile} from './parse-file.js';
import type {Archive, Post} from '../post.js';
import type {Scan} from '../scan/scan.js';
import {sortPosts} from './sort.js';
import {assignSections, assignSlugs} from './unique.js';
import type {WalkedFile} from '../scan/walk-sources.js';

/** What one walked file is: read and parsed, or (through a cache) known from before. */
export type ReadFile = (file: WalkedFile) => FileOutcome;

export interface ReadArchive {
	readonly archive: Archive;
	/** Every post and page read, drafts too, newest first: what a cache keeps the order of. */
	readonly order: readonly Post[];
}

/** Turns the files of a scan into an archive; `readArchive` is the one that reads every file. */
export type ArchiveReader = (scan: Scan, readFile: ReadFile, drafts: boolean) => ReadArchive;

/** Reads a walked file from disk and parses it. */
export function readFileOf(scan: Scan): ReadFile {
	const {realRoot, layout: {site: {generator}}} = scan;
	return ({found: {file, relative: contentPath, name, bytes}, path, inDrafts}) => parseFile({file, bytes, name, path, contentPath, generator, inDrafts, realRoot});
}

/**
The archive that the scanned files make: each file's outcome in walk order (skips reported as
met), slugs made unique and sections named across all posts, newest first, drafts left out unless
asked for. Knows nothing of caches: `readFile` says what each file is.
*/
export const readArchive: ArchiveReader = (scan, readFile, drafts) => {
	const all: Post[] = [];
	const contentPaths: string[] = [];
	for (const walked of scan.files) {
		const outcome = readFile(walked);
		if (outcome.kind === 'skip') {
			scan.skip(walked.path, outcome.reason);
		} else if (outcome.kind === 'post') {
			all.push(outcome.post);
			contentPaths.push(walked.found.relative);
		}
	}

	assignSlugs(all);
	assignSections(all, contentPaths);
	const order = sortPosts(all);
	const isDraft = (post: Post): boolean => post.status === 'draft';
	const archive: Archive = {
		root: scan.root,
		site: scan.layout.site,
		posts: order.filter(post => post.type !== 'page' && (drafts || !isDraft(post))),
		pages: order.filter(post => post.type === 'page' && (drafts || !isDraft(post))),
		drafts: all.filter(post => isDraft(post)).length,
		skipped: scan.skipped,
	};
	return {archive, order};
};
