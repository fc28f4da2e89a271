import {readingMinutes} from '../fields/plain.js';
import {cleanPath} from '../fields/values.js';
import type {Post, PostFormat} from '../post.js';
import {readBody} from './post-fields.js';
import type {RepeatedColumns} from './catalog-format.js';
import type {Rows} from './text-rows.js';

/** What the posts of a settled catalog are read from: its columns, the text ones split or not. */
export interface IndexedColumns {
	/** The real path of the archive root: bodies are read only from inside it. */
	readonly root: string;
	readonly files: {readonly post: Int32Array; readonly path: Rows};
	readonly posts: Omit<RepeatedColumns, 'skip' | 'section'> & {readonly title: Rows; readonly summary: Rows; readonly words: Int32Array};
	readonly settled: {readonly slug: Rows; readonly section: ReadonlyArray<string | null>; readonly order: Int32Array; readonly fingerprint: string};
}

/** What every post of one catalog shares. */
export interface IndexedArchiveSource {
	readonly columns: IndexedColumns;
	/** The absolute path of a file row, as the walk reaches it. */
	readonly fileOf: (row: number) => string;
	/** Whether no path needs `cleanPath` (known for a whole column at once). */
	readonly plainPaths: boolean;
}

/**
A post of a settled catalog, as the load that wrote it made it (its slug made unique, its
section), its own texts (slug, title, summary, path, file) read from the columns each time they
are asked for: a warm reader makes one post a row, and keeping those texts as strings of their
own was most of what a post cost it. The values posts share (dates, tags, a status) are its own
properties, for the loops over every post (filters, counts). The body is read on first use, as
a fresh load reads it, and kept; a file gone or unreadable gives an empty body.

Its texts are getters of the class, so a spread of it holds only the shared values: nothing
spreads a post (`postToJson` names each field).
*/
export class IndexedPost implements Post {
	readonly date: string | null;
	readonly tags: readonly string[];
	readonly authors: readonly string[];
	readonly status: string;
	readonly type: string;
	readonly words: number;
	readonly minutes: number;
	readonly section: string | null;
	readonly format: PostFormat;
	readonly #source: IndexedArchiveSource;
	readonly #post: number;
	readonly #file: number;
	#text: string | undefined;

	constructor(source: IndexedArchiveSource, post: number, file: number) {
		const {posts, settled} = source.columns;
		this.#source = source;
		this.#post = post;
		this.#file = file;
		this.#text = undefined;
		this.date = posts.date[post]!;
		this.tags = posts.tags[post]!;
		this.authors = posts.authors[post]!;
		this.status = posts.status[post]!;
		this.type = posts.type[post]!;
		this.words = posts.words[post]!;
		this.minutes = readingMinutes(this.words);
		this.section = settled.section[post]!;
		this.format = posts.format[post]!;
	}

	get slug(): string {
		return this.#source.columns.settled.slug.at(this.#post)!;
	}

	get title(): string {
		return this.#source.columns.posts.title.at(this.#post)!;
	}

	get summary(): string {
		return this.#source.columns.posts.summary.at(this.#post)!;
	}

	get path(): string {
		const path = this.#source.columns.files.path.at(this.#file)!;
		return this.#source.plainPaths ? path : cleanPath(path);
	}

	get file(): string {
		return this.#source.fileOf(this.#file);
	}

	get series(): readonly string[] | undefined {
		const series = this.#source.columns.posts.series[this.#post]!;
		return series.length > 0 ? series : undefined;
	}

	get permalinks(): readonly string[] | undefined {
		const permalinks = this.#source.columns.posts.permalinks[this.#post]!;
		return permalinks.length > 0 ? permalinks : undefined;
	}

	get body(): string {
		this.#text ??= readBody(this.file, this.format, this.#source.columns.root);
		return this.#text;
	}
}
