import {type PostFields, fieldsOfPost} from '../lazy-body.js';
import type {FileOutcome} from '../parse-file.js';
import type {Stamp} from '../walk.js';
import {type FileColumns, type IndexFile, type PostColumns, indexFormatVersion, indexMagic} from './format.js';
import type {PreviousIndex} from './previous-index.js';
import type {IndexIdentity} from './store.js';

/** A file read during this load, as the index will hold it. */
interface ReadFile {
	readonly path: string;
	readonly stamp: Stamp;
	readonly post: PostFields | undefined;
	readonly skip: string | null;
}

/**
A file changed this recently may change again within the same tick of a coarse file system
clock (FAT keeps two seconds) without its size or time changing: it is read again next time.
*/
export const settledAfterMs = 3000;

type Mutable<T> = {-readonly [Key in keyof T]: T[Key] extends ReadonlyArray<infer Item> ? Item[] : never};

/**
The index being made during a load: rows kept from the last one, and files just read. Kept rows
are only noted; columns are built when something changed and the index is written.
*/
export class NextIndex {
	readonly #items: Array<number | ReadFile> = [];
	#kept = 0;

	constructor(readonly previous: PreviousIndex | null, readonly now = Date.now()) {}

	/** Whether the index on disk no longer matches: files new, changed or gone, or no index at all. */
	get changed(): boolean {
		return this.previous === null || this.#kept !== this.#items.length || this.#kept !== this.previous.size;
	}

	/** Keeps a row of the last index as it is. */
	keep(row: number): void {
		this.#items.push(row);
		this.#kept++;
	}

	/**
	Adds a file just read. Call before slugs are made unique (that depends on the other files).
	Outcomes that may differ next time (permission denied, gone), and files changed moments ago,
	are not kept.
	*/
	add(path: string, stamp: Stamp, outcome: FileOutcome): void {
		if ((outcome.kind === 'skip' && !outcome.lasting) || this.now - stamp.mtimeMs < settledAfterMs) {
			return;
		}

		this.#items.push({
			path,
			stamp,
			post: outcome.kind === 'post' ? fieldsOfPost(outcome.post) : undefined,
			skip: outcome.kind === 'skip' ? outcome.reason : null,
		});
	}

	toFile(identity: IndexIdentity): IndexFile {
		const files: Mutable<FileColumns> = {path: [], size: [], mtimeMs: [], post: [], skip: []};
		const posts: Mutable<PostColumns> = {slug: [], title: [], date: [], tags: [], authors: [], status: [], type: [], summary: [], words: [], format: []};
		for (const item of this.#items) {
			const read = typeof item === 'number' ? this.#fromPrevious(item) : item;
			files.path.push(read.path);
			files.size.push(read.stamp.size);
			files.mtimeMs.push(read.stamp.mtimeMs);
			files.post.push(read.post ? posts.slug.length : -1);
			files.skip.push(read.skip);
			if (read.post) {
				for (const key of Object.keys(posts) as Array<keyof PostColumns>) {
					(posts[key] as unknown[]).push(read.post[key]);
				}
			}
		}

		return {magic: indexMagic, version: indexFormatVersion, ...identity, files, posts};
	}

	#fromPrevious(row: number): ReadFile {
		const previous = this.previous!;
		const {files} = previous.file;
		return {
			path: files.path[row]!,
			stamp: {size: files.size[row]!, mtimeMs: files.mtimeMs[row]!},
			post: previous.fields(row),
			skip: files.skip[row] ?? null,
		};
	}
}
