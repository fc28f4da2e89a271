/**
The catalog's file format: its columns, the writer and the two readers (whole, for a load; a view
that decodes a column or a row only when asked, for `show <slug>` and the first frame). Over 300
lines because the layout, its writer and its readers change together and are checked against
each other; apart, a change to one would not be seen in the others.
*/
import type {PostFormat} from '../post.js';
import {allInRange, isPermutation} from '../../state/int-checks.js';

/** Marks a file as ours, so another program's file is never taken for an index. */
export const catalogMagic = 'blog-reader archive index';
/** Bump when the shape of the file changes. */
export const catalogFormatVersion = 5;

/**
The metadata index of one archive, by column (one array per field) rather than one object per
file. On disk each text column is one run of UTF-8 (values joined by a character no stored value
holds) and each number column a typed array: a warm start decodes a few long strings and takes
views of the numbers, instead of parsing and checking tens of thousands of JSON values.
*/
export interface CatalogFile {
	readonly magic: typeof catalogMagic;
	readonly version: typeof catalogFormatVersion;
	/** Which build of the loader made it: another one may read files differently. */
	readonly loader: string;
	/** The real path of the archive root. */
	readonly root: string;
	/** Where the site's posts are read from and how, as detected when it was written. */
	readonly layout: string;
	readonly files: FileColumns;
	readonly posts: PostColumns;
	/**
	What the load that wrote it made of the posts as a whole, when every file that load looked at
	is in the index (none unreadable for now, changed moments ago, or named in bytes that are not
	UTF-8). A later load that finds exactly these files, unchanged, has the same answer.
	*/
	readonly settled: Settled | null;
}

/** One row per file looked at. A file neither a post nor skipped is not a post (an include, generated HTML). */
export interface FileColumns {
	/** Relative to the archive root, `/` separators, as the file system spells it. */
	readonly path: readonly string[];
	/** Which of the layout's sources (folders posts are read from) the file was found in. */
	readonly source: Uint8Array;
	readonly size: Float64Array;
	readonly mtimeMs: Float64Array;
	/** The file's row in `posts`, or -1. */
	readonly post: Int32Array;
	/** Why the file was passed over, when its content says so (binary, too large), else null. */
	readonly skip: ReadonlyArray<string | null>;
}

/** One row per post: every field but the body and what follows from where the file is. */
export interface PostColumns {
	/** The file's own slug, before slugs are made unique across the archive. */
	readonly slug: readonly string[];
	readonly title: readonly string[];
	readonly date: ReadonlyArray<string | null>;
	readonly tags: ReadonlyArray<readonly string[]>;
	readonly authors: ReadonlyArray<readonly string[]>;
	/** Empty for a post in no series. */
	readonly series: ReadonlyArray<readonly string[]>;
	/** Empty for a post whose front matter names no published path. */
	readonly permalinks: ReadonlyArray<readonly string[]>;
	readonly status: readonly string[];
	readonly type: readonly string[];
	readonly summary: readonly string[];
	readonly words: Int32Array;
	readonly format: readonly PostFormat[];
}

/** Per post row, what depends on all the posts together; see `CatalogFile.settled`. */
export interface Settled {
	/** Slugs as made unique across the archive. */
	readonly slug: readonly string[];
	readonly section: ReadonlyArray<string | null>;
	/** Every post row, newest first (the order of `sortPosts`). */
	readonly order: Int32Array;
	/** `Archive.fingerprint` of exactly these files. */
	readonly fingerprint: string;
}

/** What the first line of the file holds, as JSON; the columns follow it. */
interface Header {
	readonly magic: string;
	readonly version: number;
	readonly loader: string;
	readonly root: string;
	readonly layout: string;
	readonly files: number;
	readonly posts: number;
	readonly fingerprint: string | null;
	/** Byte length of each text column, in `textColumns` order. */
	readonly texts: readonly number[];
	/** Whether each text column is stored as UTF-16 (else as Latin-1: no character above U+00FF). */
	readonly wide: readonly boolean[];
}

// Separators no stored value holds: the loader stores one-line text with control characters
// removed (paths are the exception, and no path holds NUL).
const row = '\n';
const item = '\u0001';
const pathRow = '\u0000';
// What a stored text may not hold besides its own separators: a file holding one was not written by us.
const unsafeText = /[\u0000\u0002-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const unsafeLine = /[\u0001\u0000\u0002-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const formats = new Set<string>(['markdown', 'asciidoc', 'html']);

const textColumns = ['path', 'skip', 'slug', 'title', 'date', 'tags', 'authors', 'series', 'permalinks', 'status', 'type', 'summary', 'format', 'unique', 'section'] as const;

const encoder = new TextEncoder();

/** The index as the parts of one file: a JSON header line, the number columns, the text columns. */
export function encodeCatalog(index: CatalogFile): Uint8Array[] {
	const {files, posts, settled} = index;
	const orNone = (value: string | null): string => value ?? '';
	const texts: Record<(typeof textColumns)[number], string> = {
		path: files.path.join(pathRow),
		skip: files.skip.map(orNone).join(row),
		slug: posts.slug.join(row),
		title: posts.title.join(row),
		date: posts.date.map(orNone).join(row),
		tags: posts.tags.map(list => list.join(item)).join(row),
		authors: posts.authors.map(list => list.join(item)).join(row),
		status: posts.status.join(row),
		type: posts.type.join(row),
		summary: posts.summary.join(row),
		format: posts.format.join(row),
		unique: settled ? settled.slug.join(row) : '',
		section: settled ? settled.section.map(orNone).join(row) : '',
		series: posts.series.map(list => list.join(item)).join(row),
		permalinks: posts.permalinks.map(list => list.join(item)).join(row),
	};
	// Stored as the string's own units, so reading is a copy, not a decode: Latin-1 gives the
	// compact one-byte strings most columns are; a column with a `…` in it is kept as UTF-16.
	const wide = textColumns.map(name => /[^\u0000-\u00FF]/.test(texts[name]));
	const textBytes = textColumns.map((name, index) => Buffer.from(texts[name], wide[index] ? 'utf16le' : 'latin1'));
	const header: Header = {
		magic: catalogMagic,
		version: catalogFormatVersion,
		loader: index.loader,
		root: index.root,
		layout: index.layout,
		files: files.path.length,
		posts: posts.slug.length,
		fingerprint: settled?.fingerprint ?? null,
		texts: textBytes.map(bytes => bytes.length),
		wide,
	};
	const numbers = [files.size, files.mtimeMs, files.post, files.source, posts.words, settled?.order ?? new Int32Array(0)];
	return [padded(encoder.encode(`${JSON.stringify(header)}\n`), 0x20), ...numbers.flatMap(array => {
		const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
		return [bytes, new Uint8Array(padding(bytes.length))];
	}), ...textBytes];
}

export type Decoded = {readonly value: CatalogFile} | {readonly reason: string};

/**
The index a file holds, when it is one of ours, of this format, whole and well formed. Every
count and row number is checked, so a damaged file is refused as a whole (and rebuilt), never
trusted in part; text is checked for what the loader never stores.
*/
export function decodeCatalog(bytes: Buffer): Decoded {
	const view = viewCatalog(bytes);
	if ('reason' in view) {
		return view;
	}

	return decodeColumns(view.value) ?? {reason: 'damaged'};
}

type TextColumn = (typeof textColumns)[number];
type ListColumn = 'tags' | 'authors' | 'series' | 'permalinks';

/**
An index file with its header and number columns read and checked, and its text columns read
only when asked for, whole or one value at a time: `show <slug>` needs a few columns whole and
one row of the others, and decoding every column was most of its look at the index. A text
column or value that is damaged reads as undefined; what was not read was not checked.
*/
export interface CatalogView {
	readonly loader: string;
	readonly root: string;
	readonly layout: string;
	readonly fingerprint: string | null;
	readonly fileCount: number;
	readonly postCount: number;
	readonly size: Float64Array;
	readonly mtimeMs: Float64Array;
	readonly post: Int32Array;
	readonly source: Uint8Array;
	readonly words: Int32Array;
	/** Empty when the index is not settled. */
	readonly order: Int32Array;
	/** A one-line text column whole (`path` included, which is split on its own separator). */
	column(name: Exclude<TextColumn, ListColumn>): string[] | undefined;
	lists(name: ListColumn): string[][] | undefined;
	/** One value of a one-line text column. */
	valueAt(name: Exclude<TextColumn, ListColumn | 'path'>, row: number): string | undefined;
	listAt(name: ListColumn, row: number): string[] | undefined;
}

export type Viewed = {readonly value: CatalogView} | {readonly reason: string};

/** The header and number columns of an index file, checked as `decodeCatalog` checks them; see `CatalogView`. */
export function viewCatalog(bytes: Buffer): Viewed {
	const newline = bytes.indexOf(0x0A);
	let header: unknown;
	try {
		header = JSON.parse(bytes.toString('utf8', 0, newline === -1 ? bytes.length : newline));
	} catch {
		return {reason: 'truncated or not JSON'};
	}

	if (!isRecord(header) || header['magic'] !== catalogMagic) {
		return {reason: 'not a file blog-reader wrote'};
	}

	if (header['version'] !== catalogFormatVersion) {
		return {reason: 'written in another format version'};
	}

	if (newline === -1 || !isHeader(header)) {
		return {reason: 'damaged'};
	}

	const view = makeView(header, bytes, newline + 1 + padding(newline + 1));
	return view ? {value: view} : {reason: 'damaged'};
}

function makeView(header: Header, bytes: Buffer, start: number): CatalogView | undefined {
	// Typed arrays need aligned offsets: a file read into a shared pool may start anywhere.
	const aligned = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
	const {files: fileCount, posts: postCount} = header;
	const settledCount = header.fingerprint === null ? 0 : postCount;
	let at = start;
	const take = <T>(make: new (buffer: ArrayBufferLike, offset: number, length: number) => T, count: number, size: number): T | undefined => {
		const offset = at;
		at += (count * size) + padding(count * size);
		return at <= aligned.length ? new make(aligned.buffer, aligned.byteOffset + offset, count) : undefined;
	};

	const size = take(Float64Array, fileCount, 8);
	const mtimeMs = take(Float64Array, fileCount, 8);
	const post = take(Int32Array, fileCount, 4);
	const source = take(Uint8Array, fileCount, 1);
	const words = take(Int32Array, postCount, 4);
	const order = take(Int32Array, settledCount, 4);
	if (!size || !mtimeMs || !post || !source || !words || !order) {
		return undefined;
	}

	const starts: number[] = [];
	for (const [index, length] of header.texts.entries()) {
		if (at + length > aligned.length || (header.wide[index] === true && length % 2 !== 0)) {
			return undefined;
		}

		starts.push(at);
		at += length;
	}

	if (at !== aligned.length || !isCounts(size) || !isTimes(mtimeMs) || !allInRange(post, -1, postCount) || !allInRange(words, 0, 2 ** 31) || !isPermutation(order)) {
		return undefined;
	}

	const texts = new Map<TextColumn, string>();
	const textOf = (name: TextColumn): string => {
		let text = texts.get(name);
		if (text === undefined) {
			const index = textColumns.indexOf(name);
			text = aligned.toString(header.wide[index] ? 'utf16le' : 'latin1', starts[index], starts[index]! + header.texts[index]!);
			texts.set(name, text);
		}

		return text;
	};

	const countOf = (name: TextColumn): number => (name === 'path' || name === 'skip' ? fileCount : (name === 'unique' || name === 'section' ? settledCount : postCount));
	return {
		loader: header.loader,
		root: header.root,
		layout: header.layout,
		fingerprint: header.fingerprint,
		fileCount,
		postCount,
		size,
		mtimeMs,
		post,
		source,
		words,
		order,
		column: name => (name === 'path' ? rows(textOf(name), fileCount, pathRow) : lines(textOf(name), countOf(name), unsafeLine)),
		lists: name => lists(textOf(name), postCount),
		valueAt(name, at) {
			const value = rowOf(textOf(name), countOf(name), at);
			return value === undefined || unsafeLine.test(value) ? undefined : value;
		},
		listAt(name, at) {
			const value = rowOf(textOf(name), postCount, at);
			return value === undefined || unsafeText.test(value) ? undefined : (value === '' ? [] : value.split(item));
		},
	};
}

function decodeColumns(view: CatalogView): Decoded | undefined {
	const paths = view.column('path');
	const skip = view.column('skip');
	const postColumns = {
		slug: view.column('slug'), title: view.column('title'), date: view.column('date'), tags: view.lists('tags'), authors: view.lists('authors'), series: view.lists('series'), permalinks: view.lists('permalinks'),
		status: view.column('status'), type: view.column('type'), summary: view.column('summary'), format: view.column('format'),
	};
	const settledSlugs = view.column('unique');
	const sections = view.column('section');
	if (!paths || paths.includes('') || !skip || Object.values(postColumns).includes(undefined) || !settledSlugs || !sections
		|| !postColumns.format!.every(name => formats.has(name))) {
		return undefined;
	}

	return {
		value: {
			magic: catalogMagic,
			version: catalogFormatVersion,
			loader: view.loader,
			root: view.root,
			layout: view.layout,
			files: {path: paths, source: view.source, size: view.size, mtimeMs: view.mtimeMs, post: view.post, skip: skip.map(reason => reason || null)},
			posts: {
				slug: postColumns.slug!,
				title: postColumns.title!,
				date: postColumns.date!.map(value => value || null),
				tags: postColumns.tags!,
				authors: postColumns.authors!,
				series: postColumns.series!,
				permalinks: postColumns.permalinks!,
				status: postColumns.status!,
				type: postColumns.type!,
				summary: postColumns.summary!,
				words: view.words,
				format: postColumns.format as PostFormat[],
			},
			settled: view.fingerprint === null ? null : {slug: settledSlugs, section: sections.map(value => value || null), order: view.order, fingerprint: view.fingerprint},
		},
	};
}

/** Whether a text could be one value of a one-line column: none of what the loader never stores. */
export function isStoredLine(text: string): boolean {
	return !unsafeLine.test(text) && !text.includes('\n') && !text.includes('\t');
}

/** Whether a stored format name is one of ours. */
export function isFormat(name: string): name is PostFormat {
	return formats.has(name);
}

/**
Row `at` of `count` values joined by newlines, without splitting the rest; undefined when the
text does not hold exactly `count` rows. The separators are all counted, so a column cut short
or run together is caught as it is by a whole read.
*/
function rowOf(text: string, count: number, at: number): string | undefined {
	if (at < 0 || at >= count) {
		return undefined;
	}

	let value: string | undefined;
	let rowStart = 0;
	for (let index = 0; index < count; index++) {
		const end = text.indexOf(row, rowStart);
		const last = index === count - 1;
		if (last !== (end === -1)) {
			return undefined;
		}

		if (index === at) {
			value = text.slice(rowStart, last ? text.length : end);
		}

		rowStart = end + 1;
	}

	return value;
}

/** Values joined by `separator`; none at all is the empty text. */
function rows(text: string | undefined, count: number, separator: string): string[] | undefined {
	if (text === undefined) {
		return undefined;
	}

	const values = count === 0 && text === '' ? [] : text.split(separator);
	return values.length === count ? values : undefined;
}

function lines(text: string | undefined, count: number, unsafe: RegExp): string[] | undefined {
	return text === undefined || unsafe.test(text) ? undefined : rows(text, count, row);
}

function lists(text: string | undefined, count: number): string[][] | undefined {
	if (text === undefined || unsafeText.test(text)) {
		return undefined;
	}

	return rows(text, count, row)?.map(list => (list === '' ? [] : list.split(item)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isHeader(value: Record<string, unknown>): value is Record<string, unknown> & Header {
	const texts = value['texts'];
	return typeof value['loader'] === 'string' && typeof value['root'] === 'string' && typeof value['layout'] === 'string'
		&& isCount(value['files']) && isCount(value['posts']) && (value['fingerprint'] === null || typeof value['fingerprint'] === 'string')
		&& Array.isArray(texts) && texts.length === textColumns.length && texts.every(length => isCount(length))
		&& Array.isArray(value['wide']) && value['wide'].length === textColumns.length && value['wide'].every(wide => typeof wide === 'boolean');
}

function isCounts(values: Float64Array): boolean {
	for (const value of values) {
		if (!Number.isSafeInteger(value) || value < 0) {
			return false;
		}
	}

	return true;
}

function isTimes(values: Float64Array): boolean {
	for (const value of values) {
		if (!Number.isFinite(value)) {
			return false;
		}
	}

	return true;
}

function padding(length: number): number {
	return (8 - (length % 8)) % 8;
}

/** Bytes padded to a multiple of eight with `fill`, so the number columns after them are aligned. */
function padded(bytes: Uint8Array, fill: number): Uint8Array {
	const extra = padding(bytes.length);
	if (extra === 0) {
		return bytes;
	}

	const out = new Uint8Array(bytes.length + extra).fill(fill);
	out.set(bytes);
	return out;
}
