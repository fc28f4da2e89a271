import type {ArchiveReader, ReadFile} from '../posts/read-archive.js';
import type {Scan} from '../scan/scan.js';
import type {WalkedFile} from '../scan/walk-sources.js';
import {existsSync, rmSync} from 'node:fs';
import type {Archive} from '../post.js';
import {type CatalogIdentity, catalogFileFor, readCatalog, writeCatalog} from './catalog-file.js';
import {headFileFor, writeCatalogHead} from './catalog-head.js';
import type {CatalogFile} from './catalog-format.js';
import {Fingerprint} from './fingerprint.js';
import {folderStampsFileFor, keepFolderStamps} from './folder-stamps.js';
import {archiveFromCatalog, isSettled} from './from-catalog.js';
import {layoutKey} from './layout-key.js';
import {loaderVersion} from './loader-version.js';
import {NextCatalog} from './next-catalog.js';
import type {PreviousCatalog} from './previous-catalog.js';

/**
The catalog as a layer around an archive reader: files whose size and time are as the last load
saw them are not read (their fields come from the catalog, their body on first use), an archive
whose files are all as they were is answered whole from the catalog, and what this load read is
kept for the next one. The reader inside knows nothing of it. The scan must carry stamps.
*/
export function withCatalog(read: ArchiveReader, warn: (message: string) => void, share = false): ArchiveReader {
	return (scan, readFile, drafts) => {
		const cache = openCatalog(scan, warn, share);
		if (cache === null) {
			return read(scan, readFile, drafts);
		}

		const {previous} = cache;
		if (previous && isSettled(previous.file) && isUnchanged(previous.file, scan.files)) {
			const {skip: reasons} = previous.file.files;
			for (const [row, reason] of reasons.entries()) {
				if (reason !== null) {
					scan.skip(scan.files[row]!.path, reason);
				}
			}

			const archive = archiveFromCatalog(previous.file, {root: scan.root, site: scan.layout.site, skipped: scan.skipped, fileOf: row => scan.files[row]!.found.file, drafts});
			keepHead(cache, archive, drafts, false);
			keepFolderStamps(folderStampsFileFor(cache.file), cache.identity, scan, archive.fingerprint, scan.skipped);
			return {archive, order: []};
		}

		const next = new NextCatalog(previous);
		const throughCatalog: ReadFile = walked => {
			const {found: {file, stamp}, path, source} = walked;
			const row = stamp && previous ? previous.find(path, stamp) : -1;
			if (previous && row >= 0) {
				const outcome = previous.outcome(row, path, file);
				next.keep(row, source, outcome.kind === 'post' ? outcome.post : undefined);
				return outcome;
			}

			const outcome = readFile(walked);
			if (stamp) {
				next.add(path, source, stamp, outcome);
			} else {
				next.miss();
			}

			return outcome;
		};

		const result = read(scan, throughCatalog, drafts);
		const fingerprint = fingerprintOf(scan.files, cache.identity);
		// Rewritten only when something changed: a warm start with nothing new writes nothing.
		if (next.changed) {
			writeCatalog(cache.file, next.toFile(cache.identity, {order: result.order, fingerprint}), warn);
		}

		const archive = {...result.archive, fingerprint};
		keepHead(cache, archive, drafts, next.changed);
		keepFolderStamps(folderStampsFileFor(cache.file), cache.identity, scan, fingerprint, scan.skipped);
		return {...result, archive};
	};
}

interface OpenCatalog {
	readonly file: string;
	readonly identity: CatalogIdentity;
	/** The last catalog, or null when there was none to use. */
	readonly previous: PreviousCatalog | null;
}

function openCatalog(scan: Scan, warn: (message: string) => void, share: boolean): OpenCatalog | null {
	try {
		const identity = {root: scan.realRoot, layout: layoutKey(scan.root, scan.layout), loader: loaderVersion()};
		const file = catalogFileFor(scan.realRoot);
		return {file, identity, previous: readCatalog(file, identity, warn, share)};
	} catch (error) {
		// No cache folder to be found (no home folder at all): a load without a catalog.
		warn(`cannot use the index cache (${error instanceof Error ? error.message : 'unknown error'})`);
		return null;
	}
}

/**
The head beside the catalog (see catalog-head.ts), from a load of the list as the reader opens
it (no drafts) that the catalog holds whole (a fingerprint): rewritten with the catalog, and
written when it is missing. A load of files changed too recently to settle removes it; a load
with drafts leaves it as it is, unless the catalog changed.
*/
function keepHead(cache: OpenCatalog, archive: Archive, drafts: boolean, rewritten: boolean): void {
	const file = headFileFor(cache.file);
	const settled = archive.fingerprint !== undefined;
	if (!drafts && settled && archive.posts.length > 0) {
		if (rewritten || !existsSync(file)) {
			writeCatalogHead(file, cache.identity, archive);
		}
	} else if (rewritten || !settled) {
		// Files changed and this load cannot say what the list opens with: no head beats an old one.
		try {
			rmSync(file, {force: true});
		} catch {
			// Not ours to remove (a folder in its place): the head's own checks refuse it.
		}
	}
}

/**
Whether the files walked are the very files of the catalog, in its order, each with the size and
time it had: then every field, slug, section and the order of posts are as that load made them.
*/
function isUnchanged(catalog: CatalogFile, files: readonly WalkedFile[]): boolean {
	const {path, size, mtimeMs, source} = catalog.files;
	if (files.length !== path.length) {
		return false;
	}

	for (const [row, {found: {stamp}, path: walkedPath, source: walkedSource}] of files.entries()) {
		if (!stamp || walkedPath !== path[row] || stamp.size !== size[row] || stamp.mtimeMs !== mtimeMs[row] || walkedSource !== source[row]) {
			return false;
		}
	}

	return true;
}

function fingerprintOf(files: readonly WalkedFile[], identity: CatalogIdentity): string | undefined {
	const fingerprint = new Fingerprint();
	const now = Date.now();
	for (const {path, found} of files) {
		fingerprint.add(path, found.stamp, now);
	}

	return fingerprint.digest(`${identity.root}\0${identity.layout}\0${identity.loader}`);
}
