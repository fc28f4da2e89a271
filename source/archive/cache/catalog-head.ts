import {readJsonFile, removeStaleTemps, writeJsonFile} from '../../state/json-file.js';
import {markUsed, removeUnused} from '../../state/unused.js';
import type {Archive, Post} from '../post.js';
import {type CatalogIdentity} from './catalog-file.js';
import {isFormat, isStoredLine} from './catalog-format.js';
import {type PostFields, postFromFields} from './post-fields.js';
import {rmSync} from 'node:fs';
import {dirname} from 'node:path';

/**
The catalog's head: the first posts of the list as the reader opens it (newest first, no drafts),
in a small file beside the catalog. The reader draws its first frame from it, so that frame costs
the same for ten posts or a hundred thousand; the whole catalog is read just after (see
`startReader`). Written whenever the catalog is, from the same load, and checked as the catalog
is: a head that is missing, damaged or of another build is simply not used.
*/
export const headPosts = 256;

const headMagic = 'blog-reader first screen';
const headVersion = 2;
const headEnding = '.head';

/** The head as the reader takes it: the first posts, and how many the whole archive has. */
export interface CatalogHead {
	readonly posts: readonly Post[];
	/** Posts and pages of the whole archive, and the sections its posts are in. */
	readonly whole: {readonly posts: number; readonly pages: number; readonly sections: ReadonlyArray<string | null>};
}

/** One post of the head, as stored: its fields in this order. */
type HeadRow = [
	slug: string, title: string, date: string | null, tags: string[], authors: string[], status: string, type: string,
	summary: string, words: number, path: string, section: string | null, format: string, series: string[], permalinks: string[], file: string,
];

interface HeadFile extends CatalogIdentity {
	readonly magic: typeof headMagic;
	readonly version: typeof headVersion;
	readonly posts: number;
	readonly pages: number;
	/** Every section of the whole archive's posts, once (null: posts in none). */
	readonly sections: ReadonlyArray<string | null>;
	readonly head: readonly HeadRow[];
}

/** The head file beside a catalog file. */
export function headFileFor(catalogFile: string): string {
	return catalogFile.replace(/\.index$/, '') + headEnding;
}

/**
Writes the head of an archive just loaded with `drafts` false (its posts are the list's, in the
list's order). Never throws: a head that cannot be written only costs a faster first frame.
*/
export function writeCatalogHead(file: string, identity: CatalogIdentity, archive: Archive): void {
	const head: HeadRow[] = archive.posts.slice(0, headPosts).map(post => [
		post.slug, post.title, post.date, [...post.tags], [...post.authors], post.status, post.type, post.summary, post.words,
		post.path, post.section, post.format, [...post.series ?? []], [...post.permalinks ?? []], post.file,
	]);
	const sections = [...new Set(archive.posts.map(post => post.section))];
	const value: HeadFile = {magic: headMagic, version: headVersion, ...identity, posts: archive.posts.length, pages: archive.pages.length, sections, head};
	try {
		writeJsonFile(file, value);
		removeStaleTemps(file);
		removeUnused(dirname(file), headEnding);
	} catch {
		// The catalog's own write says what is wrong with the folder.
	}
}

/** The head written for this archive root, layout and loader build, or undefined. Never warns. */
export function readCatalogHead(file: string, identity: CatalogIdentity, realRoot: string): CatalogHead | undefined {
	const read = readJsonFile(file, (value): value is HeadFile => isHeadFile(value, identity));
	if (read.kind !== 'ok') {
		// A damaged head, or one of another build: gone, so the next load writes one (it writes a
		// missing head, never checks one that is there).
		if (read.kind === 'invalid') {
			removeHead(file);
		}

		return undefined;
	}

	markUsed(file);
	const posts = read.value.head.map(([slug, title, date, tags, authors, status, type, summary, words, path, section, format, series, permalinks, file]) => {
		const fields: PostFields = {slug, title, date, tags, authors, series, permalinks, status, type, summary, words, format: format as Post['format']};
		return postFromFields(fields, path, file, realRoot, section);
	});
	return {posts, whole: {posts: read.value.posts, pages: read.value.pages, sections: read.value.sections}};
}

function removeHead(file: string): void {
	try {
		rmSync(file, {force: true});
	} catch {
		// A folder in its place: refused again next time, and the load cannot write over it either.
	}
}

function isHeadFile(value: unknown, identity: CatalogIdentity): value is HeadFile {
	if (typeof value !== 'object' || value === null) {
		return false;
	}

	const file = value as Partial<Record<keyof HeadFile, unknown>>;
	return file.magic === headMagic && file.version === headVersion && file.root === identity.root && file.layout === identity.layout
		&& file.loader === identity.loader && isCount(file.posts) && isCount(file.pages) && Array.isArray(file.head)
		&& Array.isArray(file.sections) && file.sections.length <= file.posts && file.sections.every(section => section === null || isLine(section))
		&& file.head.length > 0 && file.head.length <= Math.min(headPosts, file.posts) && file.head.every(row => isHeadRow(row));
}

// Every text is checked as the catalog checks its own: a head holds only what the loader stores.
function isHeadRow(row: unknown): row is HeadRow {
	if (!Array.isArray(row) || row.length !== 15) {
		return false;
	}

	const [slug, title, date, tags, authors, status, type, summary, words, path, section, format, series, permalinks, file] = row as unknown[];
	return isLine(slug) && slug !== '' && isLine(title) && (date === null || isLine(date)) && isLines(tags) && isLines(authors)
		&& isLine(status) && isLine(type) && isLine(summary) && isCount(words) && isLine(path) && path !== ''
		&& (section === null || isLine(section)) && typeof format === 'string' && isFormat(format) && isLines(series) && isLines(permalinks)
		&& typeof file === 'string' && file !== '' && !file.includes('\u0000');
}

function isLine(value: unknown): value is string {
	return typeof value === 'string' && isStoredLine(value);
}

function isLines(value: unknown): value is string[] {
	return Array.isArray(value) && value.every(item => isLine(item));
}

function isCount(value: unknown): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
