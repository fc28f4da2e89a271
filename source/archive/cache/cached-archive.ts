import {realpathSync, statSync} from 'node:fs';
import {resolve, sep} from 'node:path';
import {archiveFromCatalog, indexedColumns} from './from-catalog.js';
import type {Rows} from './text-rows.js';
import {layoutKey} from './layout-key.js';
import {loaderVersion} from './loader-version.js';
import {type CatalogView, isFormat} from './catalog-format.js';
import {type CatalogIdentity, catalogFileFor, readCatalogView} from './catalog-file.js';
import {type CatalogHead, headFileFor, readCatalogHead} from './catalog-head.js';
import {folderStampsFileFor, readFolderStamps, stillHolding, stillHoldingNow, type UnchangedFolders} from './folder-stamps.js';
import {cleanPath} from '../fields/values.js';
import {type PostFields, postFromFields} from './post-fields.js';
import type {Archive, Post, Skipped} from '../post.js';
import {type Layout, detectSite} from '../site/site.js';
import {WalkState} from '../scan/walk-state.js';
import {archivePrefix, walkSources} from '../scan/walk-sources.js';

export interface CachedOptions {
	/** Include `status=draft` posts in `posts`, as `loadArchive` does. */
	readonly drafts?: boolean;
	/** `false` (`--no-cache`): the index is not used, and the answer is always undefined. */
	readonly cache?: boolean;
}

/**
The archive exactly as the last load with the catalog left it (posts, pages, order, unique
slugs, sections, fingerprint, files skipped for their content), without walking a folder or
looking at a post file: for a first frame drawn before `loadArchive` checks the files. Undefined
when there is no index usable for this folder, its layout and this build of the loader, or when
that load could not keep every file in the index (a file unreadable for now, changed moments
before, or named in bytes that are not UTF-8). Never warns; writes nothing but, once a day, the
index file's own time (so the cache keeps it). `skipped` leaves out
what only a walk finds (broken or outside links, loops, mount points). Bodies are read on first
use, as they are after any warm load.
*/
export function cachedArchive(dir: string, options: CachedOptions = {}): Archive | undefined {
	const opened = options.cache === false ? undefined : openIndex(dir, readSettled);
	if (!opened) {
		return undefined;
	}

	const {index, root, layout} = opened;
	const skipped: Skipped[] = [];
	for (const [row, reason] of index.skip.entries()) {
		if (reason !== null) {
			skipped.push({path: cleanPath(index.files.path.at(row)!), reason});
		}
	}

	const fileOf = fileOfRow(root, layout, index.source, index.files.path);
	return archiveFromCatalog(index, {root, site: layout.site, skipped, fileOf, drafts: options.drafts === true});
}

/**
The first posts of the list as the reader opens it (newest first, no drafts), from the catalog's
head, with how many the whole archive has (`whole`): a first frame that costs the same at any
size. Undefined where `cachedArchive` would be, and when there is no head. Nothing in it is
checked against the files, nor against the catalog beside it: the whole archive, read next,
replaces it.
*/
export function cachedHead(dir: string): Archive | undefined {
	const opened = openIndex(dir, (file, identity) => readCatalogHead(headFileFor(file), identity, identity.root));
	if (!opened) {
		return undefined;
	}

	const {index: head, root, layout}: Opened<CatalogHead> = opened;
	return {root, site: layout.site, posts: head.posts, pages: [], drafts: 0, skipped: [], whole: head.whole};
}

/**
The reader's check by folder times alone (folder-stamps.ts says what it cannot see): a few
stats, where a stat of every file takes a worker thread a second. Undefined when no settled load
kept them for this folder, its layout and this build, or a folder changed: every file must be
looked at then.
*/
export async function unchangedByFolders(dir: string): Promise<UnchangedFolders | undefined> {
	const opened = openIndex(dir, (file, identity) => readFolderStamps(folderStampsFileFor(file), identity));
	return opened === undefined ? undefined : stillHolding(opened.index);
}

export interface CachedPostOptions extends CachedOptions {
	/** Called for each file passed over, as `loadArchive` would, only when the answer is given. */
	readonly onSkip?: (skipped: Skipped) => void;
}

/**
For `show <slug>`: an archive holding only the post whose slug is `wanted` (exactly, else in any
case, as `show` matches slugs), when the index can give the answer a full load would. That is
when the files are exactly the ones the index was written for (so no file was added, removed or
renamed, and slugs were made unique over the same files) and that one post's file still has the
size and time it had. The first proof is the folder times of that load (folder-stamps.ts), a stat
a folder; without them, a walk of names. Undefined otherwise: the caller loads the archive.

What it does not look at, either way: the size and time of the other files. One of them edited in
place since the last full load can change its own fields, and so can take this slug (its own slug
now clashing) or change which folders hold posts (sections); the answer is then the post that held
the slug at that load, as it was, until the next full load (any list, search or reader start). The
folder times see no less than the walk of names here: both see only names.
*/
export function cachedPost(dir: string, wanted: string, options: CachedPostOptions = {}): Archive | undefined {
	const opened = options.cache === false ? undefined : openIndex(dir, (file, identity) => {
		const view = readSettledView(file, identity);
		// Read only once a slug is found: a search given to `show` loads the archive anyway.
		return view && {view, readStamps: () => readFolderStamps(folderStampsFileFor(file), identity)};
	});
	if (!opened) {
		return undefined;
	}

	const {index: {view, readStamps}, root, layout, real} = opened;
	// Only the columns a slug needs are checked whole, and none is split into a string a row; the
	// post's other fields are read for its row alone.
	const slugs = view.rows('unique');
	const status = view.rows('status');
	const paths = view.rows('path');
	if (!slugs || !status || !paths) {
		return undefined;
	}

	const visible = (post: number): boolean => options.drafts === true || status.at(post) !== 'draft';
	// Slugs are unique: the one exact match, else the first in any case.
	let post = slugs.indexOf(wanted);
	if (post < 0 || !visible(post)) {
		const lower = wanted.toLowerCase();
		post = -1;
		for (let row = 0; row < slugs.length; row++) {
			if (slugs.at(row)!.toLowerCase() === lower && visible(row)) {
				post = row;
				break;
			}
		}
	}

	if (post < 0) {
		return undefined;
	}

	const stamps = readStamps();
	const byFolders = stamps?.fingerprint === view.fingerprint ? stillHoldingNow(stamps) : undefined;
	const files = byFolders === undefined ? walkedFiles(root, layout, real, view, paths) : {skipped: byFolders.skipped, fileOf: fileOfRow(root, layout, view.source, paths)};
	if (files === undefined) {
		return undefined;
	}

	const fileRow = view.post.indexOf(post);
	const file = fileRow < 0 ? undefined : files.fileOf(fileRow);
	if (file === undefined || !hasStamp(file, view.size[fileRow]!, view.mtimeMs[fileRow]!)) {
		return undefined;
	}

	const fields = fieldsAt(view, post, slugs.at(post)!, status.at(post)!);
	const section = view.valueAt('section', post);
	if (!fields || section === undefined) {
		return undefined;
	}

	// The folder times keep every file that load passed over; the walk finds only its own.
	const skipped = [...files.skipped];
	if (byFolders === undefined) {
		const skips = view.column('skip');
		if (!skips) {
			return undefined;
		}

		for (const [at, reason] of skips.entries()) {
			if (reason !== '') {
				skipped.push({path: cleanPath(paths.at(at)!), reason});
			}
		}
	}

	for (const entry of skipped) {
		options.onSkip?.(entry);
	}

	const found: Post = postFromFields(fields, paths.at(fileRow)!, file, view.root, section || null);
	const isPage = found.type === 'page';
	return {
		root,
		site: layout.site,
		posts: isPage ? [] : [found],
		pages: isPage ? [found] : [],
		drafts: found.status === 'draft' ? 1 : 0,
		skipped,
		fingerprint: view.fingerprint!,
	};
}

/**
The walk a load makes, names only, without a look at any file's size or time: each row's file and
what the walk passed over, when it finds exactly the files of the view. Undefined otherwise.
*/
function walkedFiles(root: string, layout: Layout, real: string, view: CatalogView, paths: Rows): {skipped: Skipped[]; fileOf: (row: number) => string | undefined} | undefined {
	const skipped: Skipped[] = [];
	const state = new WalkState(real);
	const files = walkSources(root, layout, state, (path, reason) => skipped.push({path: cleanPath(path), reason}));
	if (state.stopped || state.moreDenied > 0 || files.length !== paths.length
		|| files.some(({found, path, source}, row) => found.bytes || path !== paths.at(row) || source !== view.source[row])) {
		return undefined;
	}

	return {skipped, fileOf: row => files[row]?.found.file};
}

/** The fields of one post row, read for that row alone; undefined when a value is damaged. */
function fieldsAt(view: CatalogView, post: number, slug: string, status: string): PostFields | undefined {
	const title = view.valueAt('title', post);
	const date = view.valueAt('date', post);
	const tags = view.listAt('tags', post);
	const authors = view.listAt('authors', post);
	const series = view.listAt('series', post);
	const permalinks = view.listAt('permalinks', post);
	const type = view.valueAt('type', post);
	const summary = view.valueAt('summary', post);
	const format = view.valueAt('format', post);
	if (title === undefined || date === undefined || !tags || !authors || !series || !permalinks || type === undefined || summary === undefined || format === undefined || !isFormat(format)) {
		return undefined;
	}

	return {slug, title, date: date || null, tags, authors, series, permalinks, status, type, summary, words: view.words[post]!, format};
}

interface Opened<Index> {
	readonly index: Index;
	readonly root: string;
	readonly real: string;
	readonly layout: Layout;
}

/**
The folder's index as `read` takes it from the file meant for this folder, its layout and this
build of the loader; undefined when `read` finds none to use. Quiet: a damaged or foreign index
is the full load's to report.
*/
function openIndex<Index>(dir: string, read: (file: string, identity: CatalogIdentity) => Index | undefined): Opened<Index> | undefined {
	try {
		const root = resolve(dir);
		const real = realpathSync(root);
		const layout = detectSite(root);
		const index = read(catalogFileFor(real), {root: real, layout: layoutKey(root, layout), loader: loaderVersion()});
		return index === undefined ? undefined : {index, root, real, layout};
	} catch {
		// No folder, no cache folder: the full load says why.
		return undefined;
	}
}

function readSettled(file: string, identity: CatalogIdentity): ReturnType<typeof indexedColumns> {
	// The reader keeps these posts for its session: their own texts are read from the columns.
	const view = readCatalogView(file, identity, true);
	return view === null ? undefined : indexedColumns(view);
}

function readSettledView(file: string, identity: CatalogIdentity): CatalogView | undefined {
	const view = readCatalogView(file, identity);
	return view && view.fingerprint !== null ? view : undefined;
}

/**
The absolute path of a file row, as the walk from its source folder reaches it. Each source's
folder and prefix are worked out once, not once a row (a `path.relative` a post at 10k adds up).
*/
function fileOfRow(root: string, layout: Layout, sourceOf: ArrayLike<number>, pathOf: Rows): (row: number) => string {
	const sources = layout.sources.map(source => ({
		dir: source.dir.endsWith(sep) ? source.dir : source.dir + sep,
		prefix: archivePrefix(root, source.dir).length,
	}));
	return row => {
		const source = sources[sourceOf[row]!];
		const path = pathOf.at(row)!;
		return source ? source.dir + path.slice(source.prefix) : root + sep + path;
	};
}

function hasStamp(file: string, size: number, mtimeMs: number): boolean {
	try {
		const stats = statSync(file, {throwIfNoEntry: false});
		return stats !== undefined && stats.isFile() && stats.size === size && stats.mtimeMs === mtimeMs;
	} catch {
		return false;
	}
}
