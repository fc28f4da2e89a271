import {withCatalog} from './cache/catalog-layer.js';
import type {Archive, Skipped} from './post.js';
import {type ArchiveReader, readArchive, readFileOf} from './posts/read-archive.js';
import {scanArchive} from './scan/scan.js';

export {ArchiveError, realOrSelf} from './scan/scan.js';

export interface LoadOptions {
	/** Include `status=draft` posts in `posts`. */
	readonly drafts?: boolean;
	/** Called once per file passed over; the CLI prints `blog-reader: skipped <path>: <reason>`. */
	readonly onSkip?: (skipped: Skipped) => void;
	/**
	`false` neither reads nor writes the metadata index in the cache folder (`--no-cache`):
	every file is read. By default a start reads only files whose size or time changed.
	*/
	readonly cache?: boolean;
	/**
	Called with one line about the catalog (damaged and rebuilt, or cannot be written) and
	one about a walk that stopped early, each at most once per load; the CLI prints
	`blog-reader: <message>`. The load goes on either way.
	*/
	readonly onWarning?: (message: string) => void;
	/** Folder entries looked at before the walk stops with a warning (default 200,000). */
	readonly maxEntries?: number;
	/**
	Called after each file found is taken in (read, or known from the catalog), with how many
	of all of them are done: a first start of a large archive reads for seconds.
	*/
	readonly onProgress?: (done: number, total: number) => void;
	/**
	The archive is kept for a long session (the reader's): posts from the index share their
	repeated values (statuses, dates, tags), less memory for ~10 ms more at 10k posts.
	*/
	readonly lasting?: boolean;
}

/**
Reads every post of an archive folder or site root, synchronously and in one pass: the folders
are scanned, then each file is read (`readArchive`), through the catalog unless `cache` is false.
Bad files are reported through `onSkip` and passed over; only a folder that cannot be read at all
throws (`ArchiveError`). The archive is only ever read.
*/
export function loadArchive(dir: string, options: LoadOptions = {}): Archive {
	let warned = false;
	const warn = (message: string): void => {
		if (!warned) {
			warned = true;
			options.onWarning?.(message);
		}
	};

	const cached = options.cache !== false;
	const scan = scanArchive(dir, {onSkip: options.onSkip, maxEntries: options.maxEntries, stamps: cached});
	if (scan.stopped !== undefined) {
		options.onWarning?.(`stopped after ${scan.stopped.toLocaleString('en-US')} files: point --dir at the blog's folder`);
		return {root: scan.root, site: scan.layout.site, posts: [], pages: [], drafts: 0, skipped: scan.skipped};
	}

	const counted = options.onProgress === undefined ? readArchive : withProgress(readArchive, options.onProgress);
	const read = cached ? withCatalog(counted, warn, options.lasting === true) : counted;
	return read(scan, readFileOf(scan), options.drafts === true).archive;
}

/** A reader that says how many of the scan's files it has taken in, inside the catalog's layer so that files it knows count too. */
function withProgress(read: ArchiveReader, onProgress: (done: number, total: number) => void): ArchiveReader {
	return (scan, readFile, drafts) => {
		const total = scan.files.length;
		let done = 0;
		return read(scan, walked => {
			const outcome = readFile(walked);
			onProgress(++done, total);
			return outcome;
		}, drafts);
	};
}
