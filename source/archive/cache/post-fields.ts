import {readingMinutes} from '../fields/plain.js';
import {cleanPath, cleanText} from '../fields/values.js';
import {headerBody} from '../headers/split.js';
import type {Post, PostFormat} from '../post.js';
import type {PostColumns} from './catalog-format.js';
import {readText} from '../posts/read.js';

/**
Every field of a post that the catalog keeps: all but the body and what follows from where
the file is. `slug` is the file's own slug, before slugs are made unique across the archive.
*/
export type PostFields = Pick<Post, 'slug' | 'title' | 'date' | 'tags' | 'authors' | 'status' | 'type' | 'summary' | 'words' | 'format'> & {
	/** Empty for a post in no series (a post has no `series` then). */
	readonly series: readonly string[];
	/** Empty for a post whose front matter names no published path. */
	readonly permalinks: readonly string[];
};

/**
A post rebuilt from the catalog without reading its file. The body is read on first use,
exactly as a fresh load reads it (decoded, header stripped, sanitized), and kept. A file
changed since is read as it is now; a file gone, unreadable or become a link to outside the
archive (`realRoot`, its real path) gives an empty body: a reader that outlives its files
shows less, never crashes.
*/
export function postFromFields(fields: PostFields, path: string, file: string, realRoot: string, section: string | null = null): Post {
	return new StoredPost(fields, path, file, realRoot, section);
}

/**
A class, not an object literal with a getter: a load of a changed archive makes one per post it
keeps (10,000 at 10k; an unchanged archive's are `IndexedPost`s), and each literal's getter is a
closure of its own, which gives every post a hidden class of its own too (slow for every loop
over the posts after). Here all posts share one getter. Its fields are its own
properties in a fresh post's order, `body` among them (enumerable), so spreads and JSON look alike.
*/
class StoredPost implements Post {
	static readonly #body: PropertyDescriptor = {
		get(this: StoredPost): string {
			return this.#readBody();
		},
		enumerable: true,
		configurable: true,
	};

	declare readonly slug: string;
	declare readonly title: string;
	declare readonly date: string | null;
	declare readonly tags: readonly string[];
	declare readonly authors: readonly string[];
	declare readonly status: string;
	declare readonly type: string;
	declare readonly summary: string;
	declare readonly words: number;
	declare readonly minutes: number;
	declare readonly path: string;
	declare readonly section: string | null;
	declare readonly format: PostFormat;
	declare readonly series?: readonly string[];
	declare readonly permalinks?: readonly string[];
	declare readonly body: string;
	declare readonly file: string;
	readonly #realRoot: string;
	#text: string | undefined;

	constructor(fields: PostFields, path: string, file: string, realRoot: string, section: string | null) {
		this.#realRoot = realRoot;
		// Assigned in the order of a freshly read post's keys.
		const post = this as {-readonly [Key in keyof Post]: Post[Key]};
		post.slug = fields.slug;
		post.title = fields.title;
		post.date = fields.date;
		post.tags = fields.tags;
		post.authors = fields.authors;
		post.status = fields.status;
		post.type = fields.type;
		post.summary = fields.summary;
		post.words = fields.words;
		post.minutes = readingMinutes(fields.words);
		post.path = cleanPath(path);
		post.section = section;
		post.format = fields.format;
		if (fields.series.length > 0) {
			post.series = fields.series;
		}

		if (fields.permalinks.length > 0) {
			post.permalinks = fields.permalinks;
		}

		Object.defineProperty(this, 'body', StoredPost.#body);
		post.file = file;
	}

	#readBody(): string {
		this.#text ??= readBody(this.file, this.format, this.#realRoot);
		return this.#text;
	}
}

/**
The fields of a freshly read post worth keeping. Taken before slugs are made unique (that
depends on the other files); counts its words if nobody has yet.
*/
export function fieldsOfPost(post: Post): PostFields {
	return {
		slug: post.slug,
		title: post.title,
		date: post.date,
		tags: post.tags,
		authors: post.authors,
		series: post.series ?? [],
		permalinks: post.permalinks ?? [],
		status: post.status,
		type: post.type,
		summary: post.summary,
		words: post.words,
		format: post.format,
	};
}

/**
A post's body as a fresh load reads it (decoded, header stripped, sanitized); empty for a file
gone, unreadable, or swapped since the load for a link that leads outside the archive.
*/
export function readBody(file: string, format: PostFormat, realRoot: string): string {
	try {
		const read = readText(file, realRoot);
		return 'skip' in read ? '' : cleanText(headerBody(read.text, format));
	} catch {
		return '';
	}
}

/** The fields of one post row of the catalog's columns; `slug` by default the file's own. */
export function postFieldsAt(posts: PostColumns, row: number, slug = posts.slug.at(row)!): PostFields {
	return {
		slug,
		title: posts.title.at(row)!,
		date: posts.date[row]!,
		tags: posts.tags[row]!,
		authors: posts.authors[row]!,
		series: posts.series[row]!,
		permalinks: posts.permalinks[row]!,
		status: posts.status[row]!,
		type: posts.type[row]!,
		summary: posts.summary.at(row)!,
		words: posts.words[row]!,
		format: posts.format[row]!,
	};
}
