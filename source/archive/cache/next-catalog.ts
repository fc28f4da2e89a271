import {type PostFields, fieldsOfPost} from './post-fields.js';
import type {FileOutcome} from '../posts/parse-file.js';
import type {Post} from '../post.js';
import type {Stamp} from '../scan/walk.js';
import {type FileColumns, type CatalogFile, type PostColumns, catalogFormatVersion, catalogMagic} from './catalog-format.js';
import type {PreviousCatalog} from './previous-catalog.js';
import type {CatalogIdentity} from './catalog-file.js';

/** A file of this load, as the index will hold it. */
interface Item {
	/** Its row in the last index, or -1 when read during this load. */
	readonly row: number;
	readonly path: string;
	readonly source: number;
	readonly stamp: Stamp;
	readonly fields: PostFields | undefined;
	readonly skip: string | null;
	/** The post as the load hands it out, for what is settled after every file is read (slugs, sections). */
	readonly post: Post | undefined;
}

/**
A file changed this recently may change again within the same tick of a coarse file system
clock (FAT keeps two seconds) without its size or time changing: it is read again next time.
*/
export const settledAfterMs = 3000;

type Mutable<T> = {-readonly [Key in keyof T]: T[Key] extends ReadonlyArray<infer Element> ? Element[] : T[Key]};

/** What the load made of all its posts together, kept with an index that holds every file it looked at. */
export interface SettledPosts {
	/** Every post of the load, in `sortPosts` order. */
	readonly order: readonly Post[];
	readonly fingerprint: string | undefined;
}

/**
The index being made during a load: rows kept from the last one, and files just read. Columns
are built only when something changed and the index is written.
*/
export class NextCatalog {
	readonly #items: Item[] = [];
	#kept = 0;
	#complete = true;

	constructor(readonly previous: PreviousCatalog | null, readonly now = Date.now()) {}

	/** Whether the index on disk no longer matches: files new, changed or gone, or no index at all. */
	get changed(): boolean {
		return this.previous === null || this.#kept !== this.#items.length || this.#kept !== this.previous.size;
	}

	/** Whether every file of this load is in the index. */
	get complete(): boolean {
		return this.#complete;
	}

	/** Keeps a row of the last index as it is; `post` is the post made from it, if it is one. */
	keep(row: number, source: number, post: Post | undefined): void {
		const {files} = this.previous!.file;
		this.#items.push({
			row,
			path: files.path[row]!,
			source,
			stamp: {size: files.size[row]!, mtimeMs: files.mtimeMs[row]!},
			fields: undefined,
			skip: files.skip[row] ?? null,
			post,
		});
		this.#kept++;
	}

	/** A file this load looked at that cannot be kept (no stamp: its name is not UTF-8). */
	miss(): void {
		this.#complete = false;
	}

	/**
	Adds a file just read. Call before slugs are made unique (that depends on the other files).
	Outcomes that may differ next time (permission denied, gone), and files changed moments ago,
	are not kept.
	*/
	add(path: string, source: number, stamp: Stamp, outcome: FileOutcome): void {
		if ((outcome.kind === 'skip' && !outcome.lasting) || this.now - stamp.mtimeMs < settledAfterMs) {
			this.#complete = false;
			return;
		}

		const post = outcome.kind === 'post' ? outcome.post : undefined;
		this.#items.push({
			row: -1,
			path,
			source,
			stamp,
			fields: post ? fieldsOfPost(post) : undefined,
			skip: outcome.kind === 'skip' ? outcome.reason : null,
			post,
		});
	}

	/** The index to write; `settled` is kept only when every file of the load is in it. */
	toFile(identity: CatalogIdentity, settled: SettledPosts): CatalogFile {
		const count = this.#items.length;
		const files: Mutable<Omit<FileColumns, 'size' | 'mtimeMs' | 'post' | 'source'>> = {path: [], skip: []};
		const size = new Float64Array(count);
		const mtimeMs = new Float64Array(count);
		const postRows = new Int32Array(count);
		const source = new Uint8Array(count);
		const posts: {[Key in Exclude<keyof PostColumns, 'words'>]: Array<PostFields[Key]>} & {words: number[]} = {slug: [], title: [], date: [], tags: [], authors: [], series: [], permalinks: [], status: [], type: [], summary: [], words: [], format: []};
		const slugs: string[] = [];
		const sections: Array<string | null> = [];
		const rowOfPost = new Map<Post, number>();
		for (const [index, item] of this.#items.entries()) {
			const fields = item.row >= 0 ? this.previous!.fields(item.row) : item.fields;
			files.path.push(item.path);
			files.skip.push(item.skip);
			size[index] = item.stamp.size;
			mtimeMs[index] = item.stamp.mtimeMs;
			source[index] = item.source;
			postRows[index] = fields ? posts.slug.length : -1;
			if (fields) {
				if (item.post) {
					rowOfPost.set(item.post, posts.slug.length);
					slugs.push(item.post.slug);
					sections.push(item.post.section);
				}

				for (const key of Object.keys(posts) as Array<keyof PostColumns>) {
					(posts[key] as unknown[]).push(fields[key]);
				}
			}
		}

		const order = settled.order.map(post => rowOfPost.get(post) ?? -1);
		const whole = this.#complete && settled.fingerprint !== undefined && slugs.length === posts.slug.length && !order.includes(-1) && order.length === posts.slug.length;
		return {
			magic: catalogMagic,
			version: catalogFormatVersion,
			...identity,
			files: {...files, size, mtimeMs, post: postRows, source},
			posts: {...posts, words: Int32Array.from(posts.words)},
			settled: whole ? {slug: slugs, section: sections, order: Int32Array.from(order), fingerprint: settled.fingerprint!} : null,
		};
	}
}
