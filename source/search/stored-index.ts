import {statSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Archive, Post} from '../archive/post.js';
import {readBinaryFile, writeBinaryFile} from '../state/binary-file.js';
import {removeStaleTemps} from '../state/json-file.js';
import {keyedFileName, stateDirs} from '../state/paths.js';
import {markUsed, removeUnused} from '../state/unused.js';
import {decodeIndex, encodeIndex, indexFormatVersion, type StoredArrays} from './index-file.js';

/** Where a searcher finds the index of its posts from an earlier start, and leaves its own. */
export interface IndexStore {
	/** The stored index for exactly these posts, or undefined (none, stale, or damaged). */
	load(posts: readonly Post[]): StoredArrays | undefined;
	/** Keeps `index` for the next start; never throws. */
	save(index: StoredArrays, posts: readonly Post[]): void;
}

export interface StoredIndexOptions {
	/** Ties the index to the files it was built from: `Archive.fingerprint`. */
	readonly fingerprint: string;
	/** Names the one file kept per archive and list of posts. */
	readonly name: string;
	/** Called at most once, with one line about a damaged file or a failed write. */
	readonly onWarning?: (message: string) => void;
	readonly env?: NodeJS.ProcessEnv;
}

let codeStamp: string | undefined;

// A new build or install may index words differently even when nobody bumped the format.
function searchCodeStamp(): string {
	if (codeStamp === undefined) {
		try {
			const stats = statSync(fileURLToPath(import.meta.url));
			codeStamp = `${stats.size}:${Math.trunc(stats.mtimeMs)}`;
		} catch {
			codeStamp = '';
		}
	}

	return codeStamp;
}

/**
The search index file of one list of posts, in blog-reader's cache folder (never in the archive).
Its key covers the archive's fingerprint and the posts' paths in order, so an index answers only
for the very files and order it was built from. A damaged or foreign file is worth one warning;
a stale one is simply rebuilt.
*/
export function storedIndex(options: StoredIndexOptions): IndexStore {
	const file = join(stateDirs(options.env).cache, 'search', keyedFileName(options.name, '.bin'));
	let warned = false;
	const warn = (message: string): void => {
		if (!warned) {
			warned = true;
			options.onWarning?.(message);
		}
	};

	const keyOf = (posts: readonly Post[]): string => {
		const parts = [String(indexFormatVersion), searchCodeStamp(), options.fingerprint];
		for (const post of posts) {
			parts.push(post.path);
		}

		return parts.join('\0');
	};

	return {
		load(posts) {
			const key = keyOf(posts);
			let stale = false;
			const read = readBinaryFile(file, bytes => {
				const decoded = decodeIndex(bytes, key, posts.length);
				stale = 'stale' in decoded;
				return decoded;
			});
			if (read.kind === 'ok') {
				markUsed(file);
				return read.value;
			}

			if (read.kind === 'invalid' && !stale) {
				warn(`ignored the search index ${file}: ${read.reason}; rebuilding it`);
			}

			return undefined;
		},
		save(index, posts) {
			try {
				writeBinaryFile(file, encodeIndex(index, keyOf(posts), posts.length));
			} catch (error) {
				const code = (error as NodeJS.ErrnoException | undefined)?.code;
				warn(`cannot write the search index ${file} (${code ?? 'unknown error'}); every start will index all posts`);
				return;
			}

			removeStaleTemps(file);
			removeUnused(dirname(file), '.bin');
		},
	};
}

const offered = new WeakMap<readonly Post[], IndexStore>();

/**
Lets every searcher over this archive's posts or pages use a stored index, without the code
that makes the searcher (the reader's hooks) knowing about files. Nothing happens for an archive
loaded without the index cache (no fingerprint): `--no-cache` reads and writes nothing of ours.
*/
// The fingerprint is spelled out here too, so this compiles (and does nothing) before archives carry one.
export function offerStoredIndexes(archive: Archive, onWarning?: (message: string) => void, env?: NodeJS.ProcessEnv): void {
	const {fingerprint} = archive;
	if (fingerprint === undefined) {
		return;
	}

	for (const [list, posts] of [['posts', archive.posts], ['pages', archive.pages]] as const) {
		if (posts.length > 0) {
			// With and without drafts are different lists; each keeps its own file rather than taking turns.
			const name = `${archive.root}\0${list}${posts.some(post => post.status === 'draft') ? '+drafts' : ''}`;
			offered.set(posts, storedIndex({fingerprint, name, onWarning, env}));
		}
	}
}

/** The store offered for exactly this list of posts, if any. */
export function offeredStore(posts: readonly Post[]): IndexStore | undefined {
	return offered.get(posts);
}
