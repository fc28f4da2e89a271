/**
The catalog's file format: its columns, the writer and the two readers (whole, for a load; a view
that decodes a column or a row only when asked, for `show <slug>` and the first frame). Over 300
lines because the layout, its writer and its readers change together and are checked against
each other; apart, a change to one would not be seen in the others.
*/
import type {PostFormat} from '../post.js';
import {allInRange, isPermutation} from '../../state/int-checks.js';
import {type Rows, TextRows} from './text-rows.js';

/** Marks a file as ours, so another program's file is never taken for an index. */
export const catalogMagic = 'blog-reader archive index';
/** Bump when the shape of the file changes. */
export const catalogFormatVersion = 6;

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

/**
One row per post: every field but the body and what follows from where the file is. The texts
each post has its own of are `Rows`: as read from a file, unsplit (see `TextRows`).
*/
export interface PostColumns {
	/** The file's own slug, before slugs are made unique across the archive. */
	readonly slug: Rows;
	readonly title: Rows;
	readonly date: ReadonlyArray<string | null>;
	readonly tags: ReadonlyArray<readonly string[]>;
	readonly authors: ReadonlyArray<readonly string[]>;
	/** Empty for a post in no series. */
	readonly series: ReadonlyArray<readonly string[]>;
	/** Empty for a post whose front matter names no published path. */
	readonly permalinks: ReadonlyArray<readonly string[]>;
	readonly status: readonly string[];
	readonly type: readonly string[];
	readonly summary: Rows;
	readonly words: Int32Array;
	readonly format: readonly PostFormat[];
}

/** Per post row, what depends on all the posts together; see `CatalogFile.settled`. */
export interface Settled {
	/** Slugs as made unique across the archive. */
	readonly slug: Rows;
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
	/** Whether each text column is stored as UTF-16 (else as Latin-1: no character above U+00FF but `…`). */
	readonly wide: readonly boolean[];
	/** Whether each Latin-1 text column writes `…` as `ellipsis`. */
	readonly marked: readonly boolean[];
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
/**
Every summary cut short ends with `…`, the one character of most archives above U+00FF, and it
made the column UTF-16 in the file and in memory: at 100k posts 40 MB of which half was zeros.
In a column without other such characters (and without this one: a path may hold anything but
NUL), it is written as this control character, which no other stored value holds, and made back
into `…` one value at a time, so each value stays a one-byte string ending in a shared `…`.
*/
const ellipsis = '\u0002';
// `unsafeText` and `unsafeLine` without `ellipsis`, for a column that marks it.
const unsafeMarkedText = /[\u0000\u0003-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const unsafeMarkedLine = /[\u0001\u0000\u0003-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const textColumns = ['path', 'skip', 'slug', 'title', 'date', 'tags', 'authors', 'series', 'permalinks', 'status', 'type', 'summary', 'format', 'unique', 'section'] as const;

const encoder = new TextEncoder();

/** The index as the parts of one file: a JSON header line, the number columns, the text columns. */
export function encodeCatalog(index: CatalogFile): Uint8Array[] {
	const {files, posts, settled} = index;
	const orNone = (value: string | null): string => value ?? '';
	const texts: Record<(typeof textColumns)[number], string> = {
		path: files.path.join(pathRow),
		skip: files.skip.map(orNone).join(row),
		slug: joined(posts.slug, row),
		title: joined(posts.title, row),
		date: posts.date.map(orNone).join(row),
		tags: posts.tags.map(list => list.join(item)).join(row),
		authors: posts.authors.map(list => list.join(item)).join(row),
		status: posts.status.join(row),
		type: posts.type.join(row),
		summary: joined(posts.summary, row),
		format: posts.format.join(row),
		unique: settled ? joined(settled.slug, row) : '',
		section: settled ? settled.section.map(orNone).join(row) : '',
		series: posts.series.map(list => list.join(item)).join(row),
		permalinks: posts.permalinks.map(list => list.join(item)).join(row),
	};
	// Stored as the string's own units, so reading is a copy, not a decode: Latin-1 gives the
	// compact one-byte strings most columns are; a column with a character above U+00FF is kept
	// as UTF-16, unless that character is only ever `…` (see `ellipsis`).
	const marked = textColumns.map(name => texts[name].includes('…') && !texts[name].includes(ellipsis) && !/[^\u0000-\u00FF…]/.test(texts[name]));
	const wide = textColumns.map((name, index) => !marked[index]! && /[^\u0000-\u00FF]/.test(texts[name]));
	const textBytes = textColumns.map((name, index) => Buffer.from(marked[index] ? texts[name].replaceAll('…', ellipsis) : texts[name], wide[index] ? 'utf16le' : 'latin1'));
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
		marked,
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
	const view = viewWholeCatalog(bytes);
	return 'reason' in view ? view : decodeViewed(view.value);
}

/**
The index of a view that `viewWholeCatalog` made: see `decodeCatalog`. `share`: repeated values
are one string each (see `Words`), for an index whose posts are kept for a long session. That
costs ~10 ms at 10k posts in a process that has just started: not worth it for a command's one answer.
*/
export function decodeViewed(view: CatalogView, share = false): Decoded {
	return decodeColumns(view, share) ?? {reason: 'damaged'};
}

type TextColumn = (typeof textColumns)[number];
type ListColumn = 'tags' | 'authors' | 'series' | 'permalinks';
/** The columns read a row at a time (see `TextRows`): the texts each post has its own of, and a status. */
type RowsColumn = 'path' | 'slug' | 'title' | 'summary' | 'unique' | 'status';

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
	/** A one-line text column (or `path`) checked whole, each value made when asked for; `path` holds no empty value. */
	rows(name: RowsColumn): TextRows | undefined;
	/** One value of a one-line text column. */
	valueAt(name: Exclude<TextColumn, ListColumn | 'path'>, row: number): string | undefined;
	listAt(name: ListColumn, row: number): string[] | undefined;
}

export type Viewed = {readonly value: CatalogView} | {readonly reason: string};

/**
The header and number columns of an index file, checked as `decodeCatalog` checks them; see
`CatalogView`. `whole`: every column is read at once and nothing of `bytes` is kept, so that the
caller's last reference to the file's bytes can go before the columns are split (see `readCatalog`).
*/
export function viewCatalog(bytes: Buffer, whole = false): Viewed {
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

	const view = makeView(header, bytes, newline + 1 + padding(newline + 1), whole);
	return view ? {value: view} : {reason: 'damaged'};
}

/** The index a file holds as `viewCatalog(bytes, true)` reads it, for `decodeViewed`. */
export function viewWholeCatalog(bytes: Buffer): Viewed {
	return viewCatalog(bytes, true);
}

function makeView(header: Header, bytes: Buffer, start: number, whole: boolean): CatalogView | undefined {
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
		if (at + length > aligned.length || (header.wide[index] === true && (length % 2 !== 0 || header.marked[index] === true))) {
			return undefined;
		}

		starts.push(at);
		at += length;
	}

	if (at !== aligned.length || !isCounts(size) || !isTimes(mtimeMs) || !allInRange(post, -1, postCount) || !allInRange(words, 0, 2 ** 31) || !isPermutation(order)) {
		return undefined;
	}

	const read = (index: number): string => aligned.toString(header.wide[index] ? 'utf16le' : 'latin1', starts[index], starts[index]! + header.texts[index]!);
	if (whole) {
		// Copies, and the texts read now: the view made from them holds nothing of `bytes`, which
		// are 40 MB at 100k posts; a view of them kept them for as long as the index was kept.
		const numbers = {size: size.slice(), mtimeMs: mtimeMs.slice(), post: post.slice(), source: source.slice(), words: words.slice(), order: order.slice()};
		return viewOf(header, numbers, textsOf(textColumns.map((_, index) => read(index))));
	}

	const texts = new Map<TextColumn, string>();
	return viewOf(header, {size, mtimeMs, post, source, words, order}, name => {
		let text = texts.get(name);
		if (text === undefined) {
			text = read(textColumns.indexOf(name));
			texts.set(name, text);
		}

		return text;
	});
}

type NumberColumns = Pick<CatalogView, 'size' | 'mtimeMs' | 'post' | 'source' | 'words' | 'order'>;

// Apart from makeView: a closure made there would keep its scope, and with it the file's bytes.
function textsOf(texts: readonly string[]): (name: TextColumn) => string {
	return name => texts[textColumns.indexOf(name)]!;
}

function viewOf(header: Header, numbers: NumberColumns, textOf: (name: TextColumn) => string): CatalogView {
	const {files: fileCount, posts: postCount} = header;
	const settledCount = header.fingerprint === null ? 0 : postCount;
	const countOf = (name: TextColumn): number => (name === 'path' || name === 'skip' ? fileCount : (name === 'unique' || name === 'section' ? settledCount : postCount));
	const isMarked = (name: TextColumn): boolean => header.marked[textColumns.indexOf(name)] === true;
	const lineTest = (name: TextColumn): RegExp => (isMarked(name) ? unsafeMarkedLine : unsafeLine);
	const textTest = (name: TextColumn): RegExp => (isMarked(name) ? unsafeMarkedText : unsafeText);
	const unmark = (name: TextColumn): ((value: string) => string) => (isMarked(name) ? unmarked : same);
	return {
		loader: header.loader,
		root: header.root,
		layout: header.layout,
		fingerprint: header.fingerprint,
		fileCount,
		postCount,
		...numbers,
		column: name => (name === 'path' ? rows(textOf(name), fileCount, pathRow, unmark(name)) : lines(textOf(name), countOf(name), lineTest(name), unmark(name))),
		lists: name => lists(textOf(name), postCount, textTest(name), unmark(name)),
		rows(name) {
			const text = textOf(name);
			return name === 'path' ? TextRows.of(text, fileCount, pathRow, unmark(name), false) : (lineTest(name).test(text) ? undefined : TextRows.of(text, countOf(name), row, unmark(name)));
		},
		valueAt(name, at) {
			const value = rowOf(textOf(name), countOf(name), at);
			return value === undefined || lineTest(name).test(value) ? undefined : unmark(name)(value);
		},
		listAt(name, at) {
			const value = rowOf(textOf(name), postCount, at);
			return value === undefined || textTest(name).test(value) ? undefined : (value === '' ? [] : value.split(item).map(unmark(name)));
		},
	};
}

/** The columns of the few values posts repeat (a status, a date, a tag), and why files were passed over. */
export type RepeatedColumns = Pick<PostColumns, 'date' | 'tags' | 'authors' | 'series' | 'permalinks' | 'status' | 'type' | 'format'> & {
	readonly skip: FileColumns['skip'];
	/** Empty when the index is not settled. */
	readonly section: Settled['section'];
};

/**
The repeated values' columns of a view, split and checked as `decodeCatalog` checks them;
undefined when one is damaged. `share`: see `decodeViewed`.
*/
export function repeatedColumns(view: CatalogView, share: boolean): RepeatedColumns | undefined {
	// Repeated values are shared as each column is split, so that the copies die young, before
	// the next column's strings are made: kept until the end, they were moved to the old heap.
	const words = new Words();
	const shared = (values: string[] | undefined): string[] | undefined => (share && values ? words.ofAll(values) : values);
	const sharedLists = (lists: string[][] | undefined): Array<readonly string[]> | undefined => (share && lists ? words.ofLists(lists) : lists);
	const skip = shared(view.column('skip'));
	const date = shared(view.column('date'));
	const tags = sharedLists(view.lists('tags'));
	const authors = sharedLists(view.lists('authors'));
	const series = sharedLists(view.lists('series'));
	const permalinks = Words.ofEmpty(view.lists('permalinks'));
	const status = shared(view.column('status'));
	const type = shared(view.column('type'));
	const format = shared(view.column('format'));
	const section = shared(view.column('section'));
	if (!skip || !date || !tags || !authors || !series || !permalinks || !status || !type || !format || !section || !format.every(name => formats.has(name))) {
		return undefined;
	}

	const orNull = (value: string): string | null => value || null;
	return {skip: skip.map(orNull), date: date.map(orNull), tags, authors, series, permalinks, status, type, format: format as PostFormat[], section: section.map(orNull)};
}

function decodeColumns(view: CatalogView, share: boolean): Decoded | undefined {
	// Split: a load looks a file up by its path. The texts each post has its own of stay whole.
	const paths = view.column('path');
	const slug = view.rows('slug');
	const title = view.rows('title');
	const summary = view.rows('summary');
	const settledSlugs = view.rows('unique');
	const repeated = repeatedColumns(view, share);
	if (!paths || paths.includes('') || !slug || !title || !summary || !settledSlugs || !repeated) {
		return undefined;
	}

	const {skip, section, ...shared} = repeated;
	return {
		value: {
			magic: catalogMagic,
			version: catalogFormatVersion,
			loader: view.loader,
			root: view.root,
			layout: view.layout,
			files: {path: paths, source: view.source, size: view.size, mtimeMs: view.mtimeMs, post: view.post, skip},
			posts: {slug, title, summary, words: view.words, ...shared},
			settled: view.fingerprint === null ? null : {slug: settledSlugs, section, order: view.order, fingerprint: view.fingerprint},
		},
	};
}

/**
One string for each distinct value of the columns that repeat a few values (a status, a date, a
tag), one list for each distinct list of them, and one empty list. Split out of a column, each
value was a string of its own: at 100k posts ~20 MB of the reader's heap were copies of
"published", "post", "markdown" and the like.
*/
class Words {
	static readonly #none: readonly string[] = Object.freeze([]);
	readonly #seen = new Map<string, string>();
	#last = '';

	of(value: string): string {
		// Most rows repeat the row before (a status, a type): no lookup for those.
		if (value === this.#last) {
			return this.#last;
		}

		const known = this.#seen.get(value);
		if (known === undefined) {
			this.#seen.set(value, value);
		}

		this.#last = known ?? value;
		return this.#last;
	}

	ofAll(values: string[]): string[] {
		for (const [index, value] of values.entries()) {
			values[index] = this.of(value);
		}

		return values;
	}

	/** Lists of the same values in the same order are one list too: tags come in few combinations. */
	ofLists(lists: string[][]): Array<readonly string[]> {
		const known = new Map<string, readonly string[]>();
		return lists.map(list => {
			if (list.length === 0) {
				return Words.#none;
			}

			const key = list.length === 1 ? list[0]! : list.join(item);
			let shared = known.get(key);
			if (shared === undefined) {
				shared = Object.freeze(this.ofAll(list));
				known.set(key, shared);
			}

			return shared;
		});
	}

	/** Only the empty lists shared: for a column of values each post has its own (permalinks). */
	static ofEmpty(lists: string[][] | undefined): Array<readonly string[]> | undefined {
		return lists?.map(list => (list.length === 0 ? Words.#none : list));
	}
}

/** The values of a column joined by `separator`, as one string (the writer is given arrays; a test, a decoded file). */
function joined(rows: Rows, separator: string): string {
	return (Array.isArray(rows) ? rows as readonly string[] : Array.from({length: rows.length}, (_, at) => rows.at(at)!)).join(separator);
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
function rows(text: string | undefined, count: number, separator: string, unmark: (value: string) => string = same): string[] | undefined {
	if (text === undefined) {
		return undefined;
	}

	const values = count === 0 && text === '' ? [] : text.split(separator);
	if (unmark !== same) {
		for (const [index, value] of values.entries()) {
			values[index] = unmark(value);
		}
	}

	return values.length === count ? values : undefined;
}

function lines(text: string | undefined, count: number, unsafe: RegExp, unmark: (value: string) => string): string[] | undefined {
	return text === undefined || unsafe.test(text) ? undefined : rows(text, count, row, unmark);
}

function lists(text: string | undefined, count: number, unsafe: RegExp, unmark: (value: string) => string): string[][] | undefined {
	if (text === undefined || unsafe.test(text)) {
		return undefined;
	}

	// One pass over the column: splitting it into rows first made a string of every row only to
	// split it again (100,000 of them a list column at 100k posts). Each list is made at its size:
	// one grown by pushes holds room for 17 items, 12 MB more a column at 100k.
	const values: string[][] = [];
	let start = 0;
	let nextItem = text.indexOf(item);
	for (let index = 0; index < count; index++) {
		let end = text.indexOf(row, start);
		if ((end === -1) !== (index === count - 1)) {
			return undefined;
		}

		end = end === -1 ? text.length : end;
		if (nextItem !== -1 && nextItem < start) {
			nextItem = text.indexOf(item, start);
		}

		const list = end === start ? [] : (nextItem === -1 || nextItem > end ? [unmark(text.slice(start, end))] : text.slice(start, end).split(item).map(unmark));
		values.push(list);
		start = end + 1;
	}

	// Exactly `count` rows: no separator left after the last one.
	return (count === 0 ? text === '' : start === text.length + 1) ? values : undefined;
}

/** A value of a column that marks `ellipsis`, as it was before it was written. */
function unmarked(value: string): string {
	const at = value.indexOf(ellipsis);
	if (at === -1) {
		return value;
	}

	// A summary cut short: its one-byte characters and a `…` joined, not a two-byte copy of them all.
	return at === value.length - 1 ? value.slice(0, at) + '…' : value.replaceAll(ellipsis, '…');
}

function same(value: string): string {
	return value;
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
		&& isFlags(value['wide']) && isFlags(value['marked']);
}

function isFlags(value: unknown): value is boolean[] {
	return Array.isArray(value) && value.length === textColumns.length && value.every(flag => typeof flag === 'boolean');
}

// Indexed, not \`for…of\`: see int-checks.ts.
function isCounts(values: Float64Array): boolean {
	for (let index = 0; index < values.length; index++) {
		const value = values[index]!;
		if (!Number.isSafeInteger(value) || value < 0) {
			return false;
		}
	}

	return true;
}

/** No NaN or infinity: three scans in native code (\`includes\` finds NaN), not one in ours. */
function isTimes(values: Float64Array): boolean {
	return !values.includes(Number.NaN) && !values.includes(Number.POSITIVE_INFINITY) && !values.includes(Number.NEGATIVE_INFINITY);
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
