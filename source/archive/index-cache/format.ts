import type {PostFormat} from '../post.js';

/** Marks a file as ours, so another program's JSON is never taken for an index. */
export const indexMagic = 'blog-reader archive index';
/** Bump when the shape of the file changes. */
export const indexFormatVersion = 1;

/**
The metadata index of one archive, stored by column (one array per field) rather than one
object per file: it parses about twice as fast and leaves far less for the collector.
*/
export interface IndexFile {
	readonly magic: typeof indexMagic;
	readonly version: typeof indexFormatVersion;
	/** Which build of the loader made it: another one may read files differently. */
	readonly loader: string;
	/** The real path of the archive root. */
	readonly root: string;
	/** Where the site's posts are read from and how, as detected when it was written. */
	readonly layout: string;
	readonly files: FileColumns;
	readonly posts: PostColumns;
}

/** One row per file looked at. A file neither a post nor skipped is not a post (an include, generated HTML). */
export interface FileColumns {
	/** Relative to the archive root, `/` separators, as the file system spells it. */
	readonly path: readonly string[];
	readonly size: readonly number[];
	readonly mtimeMs: readonly number[];
	/** The file's row in `posts`, or -1. */
	readonly post: readonly number[];
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
	readonly status: readonly string[];
	readonly type: readonly string[];
	readonly summary: readonly string[];
	readonly words: readonly number[];
	readonly format: readonly PostFormat[];
}

const formats = new Set<unknown>(['markdown', 'asciidoc', 'html']);
// The loader only ever stores sanitized text; a file holding anything else was not written by it.
const unsafe = /[\n\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/**
Where a character `unsafe` refuses could hide in the text of a file written with every
non-ASCII character escaped. Most files have none (only an odd file name does), and then
checking every value is not needed.
*/
const mayHideUnsafe = /[^\u0020-\u007E]|\\(?:u00[01]|u007f|u00[89]|u202[a-e]|u206[6-9]|[bfnr])/i;

// The checks below run once per value of a 10,000-row index at start-up, before the JIT has
// warmed up: plain loops, one per kind of column, cost a fraction of a generic checker.

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whole numbers from `min` to below `below`. */
function isCounts(value: unknown, length: number, min = 0, below = Number.MAX_SAFE_INTEGER): boolean {
	if (!Array.isArray(value) || value.length !== length) {
		return false;
	}

	for (const item of value) {
		if (typeof item !== 'number' || !Number.isSafeInteger(item) || item < min || item >= below) {
			return false;
		}
	}

	return true;
}

function isTimes(value: unknown, length: number): boolean {
	if (!Array.isArray(value) || value.length !== length) {
		return false;
	}

	for (const item of value) {
		if (typeof item !== 'number' || !Number.isFinite(item)) {
			return false;
		}
	}

	return true;
}

/** One line of text (or null where `nullable`); with `check`, only what the loader could have written. */
function isLines(value: unknown, length: number | undefined, check: boolean, nullable = false): boolean {
	if (!Array.isArray(value) || (length !== undefined && value.length !== length)) {
		return false;
	}

	for (const item of value) {
		if (typeof item !== 'string') {
			if (item === null && nullable) {
				continue;
			}

			return false;
		}

		if (check && unsafe.test(item)) {
			return false;
		}
	}

	return true;
}

function isLists(value: unknown, length: number, check: boolean): boolean {
	if (!Array.isArray(value) || value.length !== length) {
		return false;
	}

	for (const item of value) {
		if (!isLines(item, undefined, check)) {
			return false;
		}
	}

	return true;
}

function hasFileColumns(value: unknown, postCount: number): value is FileColumns {
	if (!isRecord(value) || !Array.isArray(value['path'])) {
		return false;
	}

	const length = value['path'].length;
	// Paths are keys, spelled as the file system does; they are cleaned when shown.
	return isLines(value['path'], length, false) && (value['path'] as string[]).every(path => path !== '')
		&& isCounts(value['size'], length)
		&& isTimes(value['mtimeMs'], length)
		&& isCounts(value['post'], length, -1, postCount)
		&& isLines(value['skip'], length, true, true);
}

function hasPostColumns(value: unknown, check: boolean): value is PostColumns {
	if (!isRecord(value) || !Array.isArray(value['slug'])) {
		return false;
	}

	const length = value['slug'].length;
	return isLines(value['slug'], length, check)
		&& isLines(value['title'], length, check)
		&& isLines(value['date'], length, check, true)
		&& isLists(value['tags'], length, check)
		&& isLists(value['authors'], length, check)
		&& isLines(value['status'], length, check)
		&& isLines(value['type'], length, check)
		&& isLines(value['summary'], length, check)
		&& isCounts(value['words'], length)
		&& Array.isArray(value['format']) && value['format'].length === length && value['format'].every(item => formats.has(item));
}

/** Whether a parsed value has our magic, at all (what version it is comes next). */
export function isOurs(value: unknown): value is {readonly magic: string; readonly version: unknown} {
	return isRecord(value) && value['magic'] === indexMagic;
}

/** Whether a parsed value (and its text) is a whole index of the current format, every column well formed. */
export function isIndexFile(value: unknown, text: string): value is IndexFile {
	if (!isOurs(value) || value.version !== indexFormatVersion) {
		return false;
	}

	const file = value as unknown as Record<string, unknown>;
	const posts = file['posts'];
	return typeof file['loader'] === 'string' && typeof file['root'] === 'string' && typeof file['layout'] === 'string'
		&& hasPostColumns(posts, mayHideUnsafe.test(text))
		&& hasFileColumns(file['files'], posts.slug.length);
}

/** Why a parsed value is not an index we can use, in a few words for the warning. */
export function whyNotIndex(value: unknown): string {
	if (!isOurs(value)) {
		return 'not a file blog-reader wrote';
	}

	return value.version === indexFormatVersion ? 'damaged' : 'written in another format version';
}
