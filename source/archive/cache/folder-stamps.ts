/**
A proof that no file was added, removed or renamed, cheaper than a stat of every file: the time
of every folder a settled load walked, in a small file beside the catalog. A folder's time moves
whenever an entry is made, removed or renamed in it, so when every folder still has its time,
the walk would find the very same files.

The trade-off, made here and nowhere else: a file changed in place (written over, not replaced
by a rename as most editors and `git` do) leaves its folder's time alone. The reader's check
after its first frame takes this proof, and then looks at a file only when it is on screen or
opened (any file changed since `walkedAt` is read again then), while the watch sees every change
made while the reader runs. A word added in place to a post off screen is not found by a search
until the post is shown or opened, or `r` is pressed (which looks at every file). The command line
takes this proof only for `show <slug>`, in place of a walk of names that sees no more than it
(cachedPost says what both miss); list, search and tags look at every file: their answers are exact.
*/
import {rmSync, statSync} from 'node:fs';
import {stat} from 'node:fs/promises';
import {dirname} from 'node:path';
import {readJsonFile, removeStaleTemps, writeJsonFile} from '../../state/json-file.js';
import {markUsed, removeUnused} from '../../state/unused.js';
import {cleanLine, cleanPath} from '../fields/values.js';
import type {Scan} from '../scan/scan.js';
import type {Skipped} from '../post.js';
import type {CatalogIdentity} from './catalog-file.js';
import {settledAfterMs} from './next-catalog.js';

const stampsMagic = 'blog-reader folder times';
const stampsVersion = 1;

export interface FolderStamps extends CatalogIdentity {
	readonly magic: typeof stampsMagic;
	readonly version: typeof stampsVersion;
	/** The archive's fingerprint as that load made it. */
	readonly fingerprint: string;
	/** When that load began to walk: a file changed since may differ from what the catalog holds. */
	readonly walkedAt: number;
	readonly folders: ReadonlyArray<readonly [path: string, mtimeMs: number]>;
	/** What that load passed over, said again by a start that takes the proof. */
	readonly skipped: ReadonlyArray<readonly [path: string, reason: string]>;
}

/** What a start may take from the proof: the fingerprint to compare, and what to look at again. */
export interface UnchangedFolders {
	readonly fingerprint: string;
	readonly walkedAt: number;
	readonly skipped: readonly Skipped[];
}

const stampsEnding = '.folders';

export function folderStampsFileFor(catalogFile: string): string {
	return catalogFile.replace(/\.index$/, '') + stampsEnding;
}

/**
Keeps the folder times of a load that walked every folder and found every file settled, when they
differ from the ones kept (a warm start with nothing new writes nothing). A folder changed in the
last seconds is no proof yet: nothing is kept then. Never throws.
*/
export function keepFolderStamps(file: string, identity: CatalogIdentity, scan: Scan, fingerprint: string | undefined, skipped: readonly Skipped[]): void {
	const {folders} = scan;
	if (fingerprint === undefined || folders === undefined || folders.stamps.some(folder => folders.walkedAt - folder.mtimeMs < settledAfterMs)) {
		// No proof now: an old one could only fail to match, but is kept no longer than the head.
		try {
			rmSync(file, {force: true});
		} catch {
			// Not ours to remove (a folder in its place): its own checks refuse it.
		}

		return;
	}

	const kept = readFolderStamps(file, identity);
	const stamps = folders.stamps.map(folder => [folder.path, folder.mtimeMs] as const);
	if (kept !== undefined && kept.fingerprint === fingerprint && sameStamps(kept.folders, stamps)) {
		return;
	}

	const value: FolderStamps = {
		magic: stampsMagic,
		version: stampsVersion,
		...identity,
		fingerprint,
		walkedAt: folders.walkedAt,
		folders: stamps,
		skipped: skipped.map(entry => [entry.path, entry.reason] as const),
	};
	try {
		writeJsonFile(file, value);
		removeStaleTemps(file);
		removeUnused(dirname(file), stampsEnding);
	} catch {
		// The catalog's own write says what is wrong with the folder; without this file a start checks every file.
	}
}

/**
Whether the kept proof (`readFolderStamps`) still holds: every folder it names has its time (one
stat a folder, off the calling thread). Undefined when any folder changed or is gone.
*/
export async function stillHolding(kept: FolderStamps): Promise<UnchangedFolders | undefined> {
	return holding(kept, await Promise.all(kept.folders.map(async ([path]) => stat(path).then(stats => stats.mtimeMs, () => Number.NaN))));
}

/**
`stillHolding` on the calling thread, for a command that waits for the answer anyway (`show`):
a few dozen stats take well under a millisecond, where their promises cost several.
*/
export function stillHoldingNow(kept: FolderStamps): UnchangedFolders | undefined {
	return holding(kept, kept.folders.map(([path]) => statSync(path, {throwIfNoEntry: false})?.mtimeMs ?? Number.NaN));
}

function holding(kept: FolderStamps, times: readonly number[]): UnchangedFolders | undefined {
	if (kept.folders.some(([, mtimeMs], at) => times[at] !== mtimeMs)) {
		return undefined;
	}

	return {fingerprint: kept.fingerprint, walkedAt: kept.walkedAt, skipped: kept.skipped.map(([path, reason]) => ({path: cleanPath(path), reason: cleanLine(reason)}))};
}

/** The folder times kept for this root, layout and loader, or undefined. */
export function readFolderStamps(file: string, identity: CatalogIdentity): FolderStamps | undefined {
	const read = readJsonFile(file, (value): value is FolderStamps => isStampsFile(value, identity));
	if (read.kind !== 'ok') {
		return undefined;
	}

	markUsed(file);
	return read.value;
}

function sameStamps(a: FolderStamps['folders'], b: FolderStamps['folders']): boolean {
	return a.length === b.length && a.every(([path, mtimeMs], at) => path === b[at]![0] && mtimeMs === b[at]![1]);
}

function isStampsFile(value: unknown, identity: CatalogIdentity): value is FolderStamps {
	if (typeof value !== 'object' || value === null) {
		return false;
	}

	const file = value as Partial<Record<keyof FolderStamps, unknown>>;
	return file.magic === stampsMagic && file.version === stampsVersion && file.root === identity.root && file.layout === identity.layout
		&& file.loader === identity.loader && typeof file.fingerprint === 'string' && Number.isFinite(file.walkedAt)
		&& Array.isArray(file.folders) && file.folders.length > 0
		&& file.folders.every(entry => Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && entry[0] !== '' && Number.isFinite(entry[1]))
		&& Array.isArray(file.skipped) && file.skipped.every(entry => Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && typeof entry[1] === 'string');
}
