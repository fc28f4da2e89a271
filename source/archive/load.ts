import {readdirSync, realpathSync, statSync} from 'node:fs';
import {resolve} from 'node:path';
import {cleanLine, cleanPath} from './fields/values.js';
import {layoutKey} from './index-cache/layout-key.js';
import {loaderVersion} from './index-cache/loader-version.js';
import {Fingerprint} from './index-cache/fingerprint.js';
import {NextIndex} from './index-cache/next-index.js';
import type {PreviousIndex} from './index-cache/previous-index.js';
import {type IndexIdentity, indexFileFor, readIndex, writeIndex} from './index-cache/store.js';
import {archiveFromIndex, isSettled} from './from-index.js';
import type {IndexFile} from './index-cache/format.js';
import {type FileOutcome, parseFile} from './parse-file.js';
import type {Archive, Post, Skipped} from './post.js';
import {detectSite} from './site.js';
import {sortPosts} from './sort.js';
import {assignSections, assignSlugs} from './unique.js';
import {WalkState} from './walk.js';
import {type WalkedFile, walkSources} from './walk-sources.js';

export interface LoadOptions {
	/** Include `status=draft` posts in `posts`. */
	readonly drafts?: boolean;
	/** Called once per file passed over; the CLI prints `blog-reader: skipped <path>: <reason>`. */
	readonly onSkip?: (skipped: Skipped) => void;
	/**
	`false` neither reads nor writes the metadata index in the cache folder (`--no-cache`):
	every file is read. By default a start reads only files whose size or time changed.
	*/
	readonly cache?: boolean;
	/**
	Called with one line about the index cache (damaged and rebuilt, or cannot be written) and
	one about a walk that stopped early, each at most once per load; the CLI prints
	`blog-reader: <message>`. The load goes on either way.
	*/
	readonly onWarning?: (message: string) => void;
	/** Folder entries looked at before the walk stops with a warning (default 200,000). */
	readonly maxEntries?: number;
}

/** A folder that cannot be read as an archive at all (missing, not a folder, unreadable). */
export class ArchiveError extends Error {}

/**
Reads every post of an archive folder or site root, synchronously and in one pass. Bad files are
reported through `onSkip` and passed over; only a folder that cannot be read at all throws.
With the index cache, files whose size and time are as last seen are not read at all: their
fields come from the index and their body is read on first use.
The archive is only ever read.
*/
export function loadArchive(dir: string, options: LoadOptions = {}): Archive {
	const root = resolve(dir);
	checkFolder(dir, root);
	const skipped: Skipped[] = [];
	const skip = (path: string, reason: string): void => {
		const entry = {path: cleanPath(path), reason};
		skipped.push(entry);
		options.onSkip?.(entry);
	};
	const layout = detectSite(root, skip);

	let warned = false;
	const warn = (message: string): void => {
		if (!warned) {
			warned = true;
			options.onWarning?.(message);
		}
	};

	// Every folder is walked before any file is read: a walk that stops early was pointed at
	// something that is not a blog (`/`, a home folder), and reading what it found would only
	// take longer to say so.
	const realRoot = realOrSelf(root);
	const state = new WalkState(realRoot, options.maxEntries);
	const files = walkSources(root, layout, state, skip, options.cache !== false);
	if (state.moreDenied > 0) {
		skip(`${state.moreDenied.toLocaleString('en-US')} more folders`, 'permission denied');
	}

	if (state.stopped) {
		options.onWarning?.(`stopped after ${state.maxEntries.toLocaleString('en-US')} files: point --dir at the blog's folder`);
		return {root, site: layout.site, posts: [], pages: [], drafts: 0, skipped};
	}

	const cache = options.cache === false ? null : openCache(realRoot, layoutKey(root, layout), warn);
	const previous = cache?.previous ?? null;
	if (previous && isSettled(previous.file) && isUnchanged(previous.file, files)) {
		const {skip: reasons} = previous.file.files;
		for (const [row, reason] of reasons.entries()) {
			if (reason !== null) {
				skip(files[row]!.path, reason);
			}
		}

		return archiveFromIndex(previous.file, {root, site: layout.site, skipped, fileOf: row => files[row]!.found.file, drafts: options.drafts === true});
	}

	const next = cache ? new NextIndex(previous) : null;
	const all: Post[] = [];
	const contentPaths: string[] = [];
	for (const {found: {file, relative: contentPath, name, stamp, bytes}, source, path, inDrafts} of files) {
		const row = stamp && previous ? previous.find(path, stamp) : -1;
		let outcome: FileOutcome;
		if (previous && row >= 0) {
			outcome = previous.outcome(row, path, file);
			next?.keep(row, source, outcome.kind === 'post' ? outcome.post : undefined);
		} else {
			outcome = parseFile({file, bytes, name, path, contentPath, generator: layout.site.generator, inDrafts, realRoot});
			if (stamp) {
				next?.add(path, source, stamp, outcome);
			} else {
				next?.miss();
			}
		}

		if (outcome.kind === 'skip') {
			skip(path, outcome.reason);
		} else if (outcome.kind === 'post') {
			all.push(outcome.post);
			contentPaths.push(contentPath);
		}
	}

	assignSlugs(all);
	assignSections(all, contentPaths);
	const sorted = sortPosts(all);
	const fingerprint = cache ? fingerprintOf(files, cache.identity) : undefined;
	// Rewritten only when something changed: a warm start with nothing new writes nothing.
	if (cache && next?.changed) {
		writeIndex(cache.file, next.toFile(cache.identity, {order: sorted, fingerprint}), warn);
	}

	const includeDrafts = options.drafts === true;
	const isDraft = (post: Post): boolean => post.status === 'draft';
	return {
		root,
		site: layout.site,
		posts: sorted.filter(post => post.type !== 'page' && (includeDrafts || !isDraft(post))),
		pages: sorted.filter(post => post.type === 'page' && (includeDrafts || !isDraft(post))),
		drafts: all.filter(post => isDraft(post)).length,
		skipped,
		...(cache ? {fingerprint} : {}),
	};
}

/**
Whether the files walked are the very files of the index, in its order, each with the size and
time it had: then every field, slug, section and the order of posts are as that load made them.
*/
function isUnchanged(index: IndexFile, files: readonly WalkedFile[]): boolean {
	const {path, size, mtimeMs, source} = index.files;
	if (files.length !== path.length) {
		return false;
	}

	for (const [row, {found: {stamp}, path: walkedPath, source: walkedSource}] of files.entries()) {
		if (!stamp || walkedPath !== path[row] || stamp.size !== size[row] || stamp.mtimeMs !== mtimeMs[row] || walkedSource !== source[row]) {
			return false;
		}
	}

	return true;
}

function fingerprintOf(files: readonly WalkedFile[], identity: IndexIdentity): string | undefined {
	const fingerprint = new Fingerprint();
	const now = Date.now();
	for (const {path, found} of files) {
		fingerprint.add(path, found.stamp, now);
	}

	return fingerprint.digest(`${identity.root}\0${identity.layout}\0${identity.loader}`);
}

interface OpenCache {
	readonly file: string;
	readonly identity: IndexIdentity;
	/** The last index, or null when there was none to use. */
	readonly previous: PreviousIndex | null;
}

export function realOrSelf(root: string): string {
	try {
		return realpathSync(root);
	} catch {
		// checkFolder has just seen it; a root that vanished since reads as empty anyway.
		return root;
	}
}

function openCache(real: string, layout: string, warn: (message: string) => void): OpenCache | null {
	try {
		const identity = {root: real, layout, loader: loaderVersion()};
		const file = indexFileFor(real);
		return {file, identity, previous: readIndex(file, identity, warn)};
	} catch (error) {
		// No cache folder to be found (no home folder at all): a load without an index.
		warn(`cannot use the index cache (${error instanceof Error ? error.message : 'unknown error'})`);
		return null;
	}
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
