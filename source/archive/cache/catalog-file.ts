import {dirname, join} from 'node:path';
import {readBinaryFile, writeBinaryFile} from '../../state/binary-file.js';
import {removeStaleTemps} from '../../state/json-file.js';
import {keyedFileName, stateDirs} from '../../state/paths.js';
import {markUsed, removeUnused} from '../../state/unused.js';
import {type CatalogFile, type CatalogView, type Decoded, decodeViewed, encodeCatalog, viewCatalog, viewWholeCatalog} from './catalog-format.js';
import {PreviousCatalog} from './previous-catalog.js';

/** What an index must have been written for to be of use now. */
export interface CatalogIdentity {
	/** The real path of the archive root. */
	readonly root: string;
	readonly layout: string;
	readonly loader: string;
}

const indexEnding = '.index';

/** The one index file of an archive root, in blog-reader's cache folder (never in the archive). */
export function catalogFileFor(realRoot: string, env: NodeJS.ProcessEnv = process.env): string {
	return join(stateDirs(env).cache, 'archives', keyedFileName(realRoot, indexEnding));
}

/**
The archive's last index, or null when there is none to use. A damaged,
foreign or other-format file is worth one warning; one from another loader build or for a
site laid out differently is simply stale and rebuilt without a word. `share`: see `decodeViewed`.
*/
export function readCatalog(file: string, identity: CatalogIdentity, warn: (message: string) => void, share = false): PreviousCatalog | null {
	// Read, then split once the file's bytes are let go: a collection during the splitting then
	// frees them (40 MB at 100k posts) while they are still young, instead of whenever the old
	// heap is next collected. That wait was ~60 MB of the reader's peak, or not, by chance.
	const read = readBinaryFile<CatalogView>(file, viewWholeCatalog);
	if (read.kind === 'missing') {
		return null;
	}

	const decoded: Decoded = read.kind === 'invalid' ? {reason: read.reason} : decodedOrRefused(read.value, share);
	if ('reason' in decoded) {
		warn(`ignored the index cache ${file}: ${decoded.reason}; rebuilding it`);
		return null;
	}

	const index = decoded.value;
	if (index.root !== identity.root) {
		warn(`ignored the index cache ${file}: it belongs to another archive; rebuilding it`);
		return null;
	}

	if (index.loader !== identity.loader || index.layout !== identity.layout) {
		return null;
	}

	// Warm starts do not rewrite the index; without this it would look unused and be pruned.
	markUsed(file);
	return new PreviousCatalog(index);
}

/** As `readBinaryFile` treats a decoder that throws: the file is refused, never the load. */
function decodedOrRefused(view: CatalogView, share: boolean): Decoded {
	try {
		return decodeViewed(view, share);
	} catch {
		return {reason: 'not a file blog-reader wrote'};
	}
}

/**
The archive's last index as a view (see `CatalogView`), quietly: null when there is none, or it is
damaged, foreign, stale or for another archive; the full load reports and rebuilds those.
`whole`: its texts read at once, so that it keeps nothing of the file's bytes.
*/
export function readCatalogView(file: string, identity: CatalogIdentity, whole = false): CatalogView | null {
	const read = readBinaryFile<CatalogView>(file, whole ? viewWholeCatalog : viewCatalog);
	if (read.kind !== 'ok' || read.value.root !== identity.root || read.value.loader !== identity.loader || read.value.layout !== identity.layout) {
		return null;
	}

	markUsed(file);
	return read.value;
}

/**
Replaces the index in one rename, then tidies the folder: temp files of killed writes, and
indexes of archives not opened for a month. Never throws: without a cache folder, every start
is a cold one.
*/
export function writeCatalog(file: string, index: CatalogFile, warn: (message: string) => void): void {
	try {
		writeBinaryFile(file, encodeCatalog(index));
	} catch (error) {
		warn(`cannot write the index cache ${file} (${describeWriteError(error)}); every start will read all posts`);
		return;
	}

	removeStaleTemps(file);
	removeUnused(dirname(file), indexEnding);
	// Indexes of the first format, written as JSON.
	removeUnused(dirname(file), '.json');
}

function describeWriteError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'EACCES':
		case 'EPERM': {
			return 'permission denied';
		}

		case 'EROFS': {
			return 'read-only file system';
		}

		case 'ENOSPC':
		case 'EDQUOT': {
			return 'no space left';
		}

		default: {
			return code ?? (error instanceof Error ? error.message : 'unknown error');
		}
	}
}
