import {readingMinutes} from '../fields/plain.js';
import {cleanPath, cleanText} from '../fields/values.js';
import {splitHeader} from '../headers/split.js';
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
	let body: string | undefined;
	// Same keys in the same order as a freshly read post, so spreads and JSON look alike.
	return {
		slug: fields.slug,
		title: fields.title,
		date: fields.date,
		tags: fields.tags,
		authors: fields.authors,
		status: fields.status,
		type: fields.type,
		summary: fields.summary,
		words: fields.words,
		minutes: readingMinutes(fields.words),
		path: cleanPath(path),
		section,
		format: fields.format,
		...(fields.series.length > 0 ? {series: fields.series} : {}),
		...(fields.permalinks.length > 0 ? {permalinks: fields.permalinks} : {}),
		get body() {
			body ??= readBody(file, fields.format, realRoot);
			return body;
		},
		file,
	};
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

/** A file swapped for a link that leads outside the archive since the load gives an empty body. */
function readBody(file: string, format: PostFormat, realRoot: string): string {
	try {
		const read = readText(file, realRoot);
		return 'skip' in read ? '' : cleanText(splitHeader(read.text, format).body);
	} catch {
		return '';
	}
}

/** The fields of one post row of the catalog's columns; `slug` by default the file's own. */
export function postFieldsAt(posts: PostColumns, row: number, slug = posts.slug[row]!): PostFields {
	return {
		slug,
		title: posts.title[row]!,
		date: posts.date[row]!,
		tags: posts.tags[row]!,
		authors: posts.authors[row]!,
		series: posts.series[row]!,
		permalinks: posts.permalinks[row]!,
		status: posts.status[row]!,
		type: posts.type[row]!,
		summary: posts.summary[row]!,
		words: posts.words[row]!,
		format: posts.format[row]!,
	};
}
