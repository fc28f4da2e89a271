import {readdirSync, realpathSync, statSync} from 'node:fs';
import {resolve} from 'node:path';
import {cleanLine, cleanPath} from '../fields/values.js';
import type {Skipped} from '../post.js';
import {type Layout, detectSite} from '../site/site.js';
import {WalkState} from './walk-state.js';
import {type WalkedFile, walkSources} from './walk-sources.js';

/** A folder that cannot be read as an archive at all (missing, not a folder, unreadable). */
export class ArchiveError extends Error {}

/** An archive's folders walked, before any post file is read. */
export interface Scan {
	/** The folder as given, made absolute. */
	readonly root: string;
	/** Its real path: files are read only from inside it. */
	readonly realRoot: string;
	readonly layout: Layout;
	/** The post files, in the order they are read. */
	readonly files: readonly WalkedFile[];
	/** What was passed over so far, in the order met; `skip` adds to it. */
	readonly skipped: Skipped[];
	readonly skip: (path: string, reason: string) => void;
	/** The walk gave up after `maxEntries`: not a blog's folder. */
	readonly stopped: number | undefined;
	/**
	With stamps: every folder walked with its time, and when the walk began (see folder-stamps.ts);
	undefined when some folder's time proves nothing (unlistable, or named in bytes).
	*/
	readonly folders?: {readonly walkedAt: number; readonly stamps: ReadonlyArray<{readonly path: string; readonly mtimeMs: number}>};
}

export interface ScanOptions {
	/** Called once per file passed over, as it is met. */
	readonly onSkip?: (skipped: Skipped) => void;
	/** Folder entries looked at before the walk stops (default 200,000). */
	readonly maxEntries?: number;
	/** Take each file's size and time (what a cache of the files needs to know them again). */
	readonly stamps?: boolean;
}

/**
Walks every folder of an archive before any file is read: a walk that stops early was pointed at
something that is not a blog (`/`, a home folder), and reading what it found would only take
longer to say so. Throws `ArchiveError` for a folder that cannot be read at all.
*/
export function scanArchive(dir: string, options: ScanOptions = {}): Scan {
	const root = resolve(dir);
	checkFolder(dir, root);
	const skipped: Skipped[] = [];
	const skip = (path: string, reason: string): void => {
		const entry = {path: cleanPath(path), reason};
		skipped.push(entry);
		options.onSkip?.(entry);
	};

	const layout = detectSite(root, skip);
	const realRoot = realOrSelf(root);
	const state = new WalkState(realRoot, options.maxEntries);
	const walkedAt = Date.now();
	const files = walkSources(root, layout, state, skip, options.stamps === true);
	if (state.moreDenied > 0) {
		skip(`${state.moreDenied.toLocaleString('en-US')} more folders`, 'permission denied');
	}

	const folders = options.stamps === true && state.foldersComplete && !state.stopped ? {walkedAt, stamps: state.folders} : undefined;
	return {root, realRoot, layout, files, skipped, skip, stopped: state.stopped ? state.maxEntries : undefined, folders};
}

export function realOrSelf(root: string): string {
	try {
		return realpathSync(root);
	} catch {
		// checkFolder has just seen it; a root that vanished since reads as empty anyway.
		return root;
	}
}

function checkFolder(dir: string, root: string): void {
	const shown = cleanLine(dir);
	let isFolder: boolean;
	try {
		isFolder = statSync(root).isDirectory();
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new ArchiveError(code === 'ENOENT' || code === 'ENOTDIR' ? `no such folder: ${shown}` : `cannot read folder: ${shown} (${code ?? 'unknown error'})`);
	}

	if (!isFolder) {
		throw new ArchiveError(`not a folder: ${shown}`);
	}

	try {
		readdirSync(root);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new ArchiveError(`cannot read folder: ${shown} (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? 'unknown error'})`);
	}
}
