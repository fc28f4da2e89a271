import {basename, dirname, extname} from 'node:path';
import {dateInName, dateInPath, toIsoDate, withoutDatePrefix} from '../fields/date.js';
import {readingMinutes, shorten, summaryFromBody} from '../fields/plain.js';
import {countWords} from '../fields/word-count.js';
import {slugify} from '../fields/slug.js';
import {titleFromBody, titleFromName} from '../fields/title.js';
import {asList, asText, cleanLine, cleanPath, cleanText, isFalse, isTrue} from '../fields/values.js';
import type {Header} from '../headers/split.js';
import type {Generator, Post, PostFormat} from '../post.js';

export interface PostSource {
	readonly header: Header;
	readonly format: PostFormat;
	/** Absolute path of the file. */
	readonly file: string;
	/** Relative to the archive root, `/` separators. */
	readonly path: string;
	/** Relative to the folder posts are read from (content root, `_posts/`), `/` separators. */
	readonly contentPath: string;
	readonly generator: Generator;
	/** The file sits in a drafts folder (Jekyll `_drafts/`). */
	readonly inDrafts: boolean;
}

/** A post from its header and body, every field filled by the fallbacks the header leaves open. */
export function buildPost(source: PostSource): Post {
	const {header, format} = source;
	const meta = header.meta;
	const body = cleanText(header.body);
	const name = basename(source.contentPath);
	const stem = stemOf(source.contentPath);

	const title = asText(meta['title']) || cleanLine(titleFromBody(body, format)) || cleanLine(titleFromName(stem)) || 'Untitled';
	const slug = slugify(asText(meta['slug'])) || slugify(stem) || 'post';
	const explicitSummary = asText(meta['summary']) || asText(meta['description']);
	const taxonomies = meta['taxonomies'];
	const taxonomy = (name: string): unknown => (typeof taxonomies === 'object' && taxonomies !== null ? (taxonomies as Record<string, unknown>)[name] : undefined);
	const tags = meta['tags'] ?? taxonomy('tags');
	const series = asList(meta['series'] ?? taxonomy('series'));
	const permalinks = permalinksOf(meta);

	let words: number | undefined;
	const count = (): number => {
		words ??= countWords(body, format);
		return words;
	};

	return {
		slug,
		title,
		date: dateOf(meta, source.contentPath, name),
		tags: asList(tags, {words: source.generator === 'jekyll'}),
		// One `author` may hold a comma (`Doe, Jane`); `authors` is a list or a comma string.
		authors: asList(meta['authors'] ?? (meta['author'] === undefined ? [] : [meta['author']].flat())),
		status: statusOf(meta, source.inDrafts),
		type: asText(meta['type']).toLowerCase() || 'post',
		summary: explicitSummary ? shorten(explicitSummary) : cleanLine(summaryFromBody(body, format)),
		// Counting words reads every character of every body, most of a load's time at 10,000
		// posts: they are counted on first read. Getters in the literal stay own enumerable
		// properties, so spreading or serialising a post sees plain numbers.
		get words() {
			return count();
		},
		get minutes() {
			return readingMinutes(count());
		},
		path: cleanPath(source.path),
		section: null,
		format,
		...(series.length > 0 ? {series} : {}),
		...(permalinks.length > 0 ? {permalinks} : {}),
		body,
		file: source.file,
	};
}
/**
The name a post goes by: the file name without extension and date prefix; a page bundle
(`my-post/index.md`) goes by its folder's name.
*/
export function stemOf(contentPath: string): string {
	const name = basename(contentPath);
	const stem = name.slice(0, name.length - extname(name).length);
	if (stem === 'index') {
		const folder = basename(dirname(contentPath));
		if (folder !== '.' && folder !== '') {
			return withoutDatePrefix(folder);
		}
	}

	return withoutDatePrefix(stem);
}

function dateOf(meta: Readonly<Record<string, unknown>>, contentPath: string, name: string): string | null {
	const fromHeader = toIsoDate(meta['date']);
	if (fromHeader) {
		return fromHeader;
	}

	for (const key of ['path', 'permalink', 'url', 'slug']) {
		const date = dateInPath(meta[key]);
		if (date) {
			return date;
		}
	}

	const folder = dirname(contentPath);
	const bundle = basename(contentPath).startsWith('index.') ? basename(folder) : name;
	return dateInPath(`${folder}/`) ?? dateInName(bundle) ?? dateInName(name);
}

/** The published paths the front matter names; a Jekyll pattern (`/:year/:title/`) names none. */
function permalinksOf(meta: Readonly<Record<string, unknown>>): string[] {
	const own = ['path', 'url', 'permalink'].map(key => asText(meta[key]));
	const aliases = [...asList(meta['aliases']), ...asList(meta['redirect_from'])];
	return [...new Set([...own, ...aliases].map(value => value.trim()).filter(value => value !== '' && !value.includes(':') && !/\s/.test(value)))];
}

function statusOf(meta: Readonly<Record<string, unknown>>, inDrafts: boolean): string {
	if (inDrafts || isTrue(meta['draft']) || isFalse(meta['published'])) {
		return 'draft';
	}

	return asText(meta['status']).toLowerCase() || 'published';
}
