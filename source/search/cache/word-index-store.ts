import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {Archive, Post} from '../../archive/post.js';
import {readBinaryFile, writeBinaryFile} from '../../state/binary-file.js';
import {codeStamp} from '../../state/code-stamp.js';
import {removeStaleTemps} from '../../state/json-file.js';
import {keyedFileName, stateDirs} from '../../state/paths.js';
import {markUsed, removeUnused} from '../../state/unused.js';
import {decodeWordIndex, encodeWordIndex, wordIndexFormatVersion, type StoredArrays} from './word-index-file.js';

/** Where a searcher finds the index of its posts from an earlier start, and leaves its own. */
export interface WordIndexStore {
	/** The stored index for exactly these posts, or undefined (none, stale, or damaged). */
	load(posts: readonly Post[]): StoredArrays | undefined;
	/** Keeps `index` for the next start; never throws. */
	save(index: StoredArrays, posts: readonly Post[]): void;
	/** Whether an index was kept for this list at all (for these posts or others): one stat, nothing read. */
	has(): boolean;
}

export interface WordIndexStoreOptions {
	/** Ties the index to the files it was built from: `Archive.fingerprint`. */
	readonly fingerprint: string;
	/** Names the one file kept per archive and list of posts. */
	readonly name: string;
	/** Called at most once, with one line about a damaged file or a failed write. */
	readonly onWarning?: (message: string) => void;
	readonly env?: NodeJS.ProcessEnv;
}

/**
The search index file of one list of posts, in blog-reader's cache folder (never in the archive).
Its key covers the archive's fingerprint and the posts' paths in order, so an index answers only
for the very files and order it was built from. A damaged or foreign file is worth one warning;
a stale one is simply rebuilt.
*/
export function wordIndexStore(options: WordIndexStoreOptions): WordIndexStore {
	const file = join(stateDirs(options.env).cache, 'search', keyedFileName(options.name, '.bin'));
	let warned = false;
	const warn = (message: string): void => {
		if (!warned) {
			warned = true;
			options.onWarning?.(message);
		}
	};

	const keyOf = (posts: readonly Post[]): string => {
		const parts = [String(wordIndexFormatVersion), codeStamp(import.meta.url), options.fingerprint];
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
				const decoded = decodeWordIndex(bytes, key, posts.length);
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
		has: () => existsSync(file),
		save(index, posts) {
			try {
				writeBinaryFile(file, encodeWordIndex(index, keyOf(posts), posts.length));
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

/** The stores of an archive's two lists; none for a list that is empty. */
export interface WordIndexStores {
	readonly posts?: WordIndexStore;
	readonly pages?: WordIndexStore;
}

/**
The word index stores of an archive's posts and pages, for the searchers made over them. None for
an archive loaded without the catalog (no fingerprint): `--no-cache` reads and writes nothing of ours.
*/
export function wordIndexStores(archive: Archive, onWarning?: (message: string) => void, env?: NodeJS.ProcessEnv): WordIndexStores {
	const {fingerprint} = archive;
	if (fingerprint === undefined) {
		return {};
	}

	const storeOf = (list: 'posts' | 'pages', posts: readonly Post[]): WordIndexStore | undefined => {
		if (posts.length === 0) {
			return undefined;
		}

		// With and without drafts are different lists; each keeps its own file rather than taking turns.
		const name = `${archive.root}\0${list}${posts.some(post => post.status === 'draft') ? '+drafts' : ''}`;
		return wordIndexStore({fingerprint, name, onWarning, env});
	};

	return {posts: storeOf('posts', archive.posts), pages: storeOf('pages', archive.pages)};
}
