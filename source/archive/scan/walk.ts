import {isUtf8} from 'node:buffer';
import {type Dirent, readdirSync, realpathSync, statSync} from 'node:fs';
import {sep} from 'node:path';
import {isInside, outsideReason} from './inside.js';
import {decodeName, describeError} from '../posts/read.js';
import type {WalkState} from './walk-state.js';

/** Folders that hold generated sites, themes, templates or tools, never posts. */
export const ignoredFolders = new Set(['node_modules', '_site', 'themes', 'layouts', '_layouts', '_includes', 'templates', 'assets']);

export interface FoundFile {
	/** Absolute path through the folders walked (not the symbolic link's target). */
	readonly file: string;
	/** Relative to the folder walked, `/` separators. */
	readonly relative: string;
	readonly name: string;
	/** Size and modification time, when asked for and the file could be looked at. */
	readonly stamp?: Stamp;
	/**
	The file's exact path when a name on the way is not valid UTF-8: `file` and `relative` then
	show it decoded leniently (as Windows-1252, like file contents), and cannot open it.
	*/
	readonly bytes?: Buffer;
}

/** What tells a changed file from an unchanged one without reading it. */
export interface Stamp {
	readonly size: number;
	readonly mtimeMs: number;
}

export interface WalkOptions {
	/** Whether a file name is worth reading; others are never touched. */
	readonly wanted: (name: string) => boolean;
	readonly onSkip: (relative: string, reason: string) => void;
	readonly state: WalkState;
	/** Look up each wanted file's size and modification time (one stat, no read). */
	readonly stamps?: boolean;
}

/**
All wanted files under a folder, depth first in name order, synchronously. Symbolic links are
followed, and every folder's real path is remembered so a link back up the tree ends the descent.
Folders that are another file system mounted here (`/proc`, `/sys`, a network drive) are not
entered unless a link leads there.
*/
export function walk(root: string, options: WalkOptions): FoundFile[] {
	const found: FoundFile[] = [];
	let rootReal: string;
	let device: number;
	let mtimeMs: number;
	try {
		rootReal = realpathSync(root);
		({dev: device, mtimeMs} = statSync(root));
	} catch {
		return found;
	}

	const {seen, realRoot} = options.state;
	if (seen.has(rootReal) || options.state.stopped) {
		return found;
	}

	if (!isInside(realRoot, rootReal)) {
		options.onSkip('', outsideReason);
		return found;
	}

	seen.add(rootReal);
	visit({path: root, shown: root, real: rootReal, mtimeMs}, device, '', [rootReal], options, found);
	return found;
}

/**
A path as the file system needs it: a string, or the exact bytes when a name on the way is not
valid UTF-8 (as a string it would be decoded with U+FFFD and no longer name the file).
*/
type FsPath = string | Buffer;

/** A folder being walked: where it is, how it is shown, its real path, and its time when it was found. */
interface Folder {
	readonly path: FsPath;
	readonly shown: string;
	readonly real: FsPath;
	readonly mtimeMs: number;
}

/**
A folder entry with its name as shown, and its exact bytes when they are not valid UTF-8. A
plain Dirent is one (no bytes): the usual listing is used as it comes, with nothing allocated.
*/
interface Entry {
	readonly name: string;
	readonly bytes?: Buffer;
	isDirectory(): boolean;
	isFile(): boolean;
	isSymbolicLink(): boolean;
}

class NamedByBytes implements Entry {
	constructor(private readonly dirent: Dirent<Buffer>, readonly name: string, readonly bytes: Buffer | undefined) {}

	isDirectory(): boolean {
		return this.dirent.isDirectory();
	}

	isFile(): boolean {
		return this.dirent.isFile();
	}

	isSymbolicLink(): boolean {
		return this.dirent.isSymbolicLink();
	}
}

function visit(folder: Folder, device: number, relative: string, ancestors: string[], options: WalkOptions, found: FoundFile[]): void {
	const {state} = options;
	if (options.stamps) {
		noteFolder(folder, state);
	}

	let entries: Entry[];
	try {
		entries = listFolder(folder.path);
	} catch (error) {
		state.foldersComplete = false;
		const reason = describeError(error);
		if (relative !== '' && (reason !== 'permission denied' || state.nameDenied())) {
			options.onSkip(relative, reason);
		}

		return;
	}

	state.entries += entries.length;
	if (state.entries > state.maxEntries) {
		state.stopped = true;
		return;
	}

	// Links after real entries, so a file reached both ways is listed under its own name.
	entries.sort((a, b) => Number(a.isSymbolicLink()) - Number(b.isSymbolicLink()) || (a.name < b.name ? -1 : (a.name > b.name ? 1 : 0)));
	// Joined by hand: path.join normalises every time, a tenth of a walk of 10,000 files.
	const pathPrefix = withSep(folder.path);
	const shownPrefix = withSep(folder.shown);
	const realPrefix = withSep(folder.real);
	const {seen} = state;
	for (const entry of entries) {
		const {name, bytes} = entry;
		if (name.startsWith('.') || state.stopped) {
			continue;
		}

		const path = joinName(pathPrefix, name, bytes);
		const childRelative = relative === '' ? name : `${relative}/${name}`;
		let isDirectory = entry.isDirectory();
		let isFile = entry.isFile();
		let childReal = joinName(realPrefix, name, bytes);
		let childDevice = device;
		let childTime = Number.NaN;
		let stamp: Stamp | undefined;
		const isLink = entry.isSymbolicLink();
		if (isLink) {
			const wanted = options.wanted(name);
			try {
				const stats = statSync(path);
				isDirectory = stats.isDirectory();
				isFile = stats.isFile();
				stamp = {size: stats.size, mtimeMs: stats.mtimeMs};
				childDevice = stats.dev;
				childTime = stats.mtimeMs;
				childReal = typeof path === 'string' ? realpathSync(path) : realpathSync(path, {encoding: 'buffer'});
			} catch (error) {
				// A dangling link is worth a word only when it looks like a post.
				if (wanted || (error as NodeJS.ErrnoException).code === 'ELOOP') {
					options.onSkip(childRelative, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'broken symbolic link' : describeError(error));
				}

				continue;
			}

			if (!isInside(state.realRoot, childReal.toString())) {
				if (isDirectory || (isFile && wanted)) {
					options.onSkip(childRelative, outsideReason);
				}

				continue;
			}
		}

		const key = keyOf(childReal);
		if (isDirectory) {
			if (ignoredFolders.has(name)) {
				continue;
			}

			if (ancestors.includes(key)) {
				options.onSkip(childRelative, 'symbolic link loop');
				continue;
			}

			if (seen.has(key)) {
				continue;
			}

			// One stat per folder (not per file): a folder on another device is a mount point. Its
			// time, taken before it is listed, is what folder-stamps.ts keeps.
			if (!isLink) {
				({dev: childDevice, mtimeMs: childTime} = folderStats(path));
				if (childDevice !== device) {
					options.onSkip(childRelative, childDevice === -1 ? 'no longer exists' : 'another file system mounted here');
					continue;
				}
			}

			seen.add(key);
			ancestors.push(key);
			visit({path, shown: shownPrefix + name, real: childReal, mtimeMs: childTime}, childDevice, childRelative, ancestors, options, found);
			ancestors.pop();
		} else if (isFile && options.wanted(name) && state.claimFile(key, isLink)) {
			if (typeof path !== 'string') {
				// Read once, never kept in the index: a name that is not UTF-8 has no exact string to keep.
				found.push({file: shownPrefix + name, relative: childRelative, name, bytes: path});
			} else if (options.stamps) {
				found.push({file: path, relative: childRelative, name, stamp: stamp ?? stampOf(path)});
			} else {
				found.push({file: path, relative: childRelative, name});
			}
		}
	}
}

/**
A folder's entries. Names are read as strings (the fast, usual case); only a folder reached by
bytes, or one whose listing shows U+FFFD, is listed again as bytes to find names that are not UTF-8.
*/
function listFolder(path: FsPath): Entry[] {
	if (typeof path === 'string') {
		const dirents = readdirSync(path, {withFileTypes: true});
		if (!dirents.some(dirent => dirent.name.includes('\uFFFD'))) {
			return dirents;
		}
	}

	return readdirSync(path, {withFileTypes: true, encoding: 'buffer'}).map(dirent => {
		const raw = dirent.name;
		return isUtf8(raw) ? new NamedByBytes(dirent, raw.toString(), typeof path === 'string' ? undefined : raw) : new NamedByBytes(dirent, decodeName(raw), raw);
	});
}

function withSep<T extends FsPath>(path: T): T {
	if (typeof path === 'string') {
		return (path.endsWith(sep) ? path : path + sep) as T;
	}

	return (path.at(-1) === sepByte ? path : Buffer.concat([path, Buffer.from(sep)])) as T;
}

const sepByte = sep.charCodeAt(0);

/** A name joined to a folder path ending in a separator: bytes as soon as either side is bytes. */
function joinName(prefix: FsPath, name: string, bytes: Buffer | undefined): FsPath {
	if (typeof prefix === 'string' && bytes === undefined) {
		return prefix + name;
	}

	return Buffer.concat([typeof prefix === 'string' ? Buffer.from(prefix) : prefix, bytes ?? Buffer.from(name)]);
}

/** A real path as a key of `seen`: bytes that are not UTF-8 get a prefix no string path has. */
function keyOf(real: FsPath): string {
	if (typeof real === 'string') {
		return real;
	}

	return isUtf8(real) ? real.toString() : `\0${real.toString('latin1')}`;
}

function folderStats(path: FsPath): {readonly dev: number; readonly mtimeMs: number} {
	try {
		return statSync(path);
	} catch {
		return {dev: -1, mtimeMs: Number.NaN};
	}
}

/** The folder's time from before its entries are read: a change while it is listed leaves a newer time than the one noted. */
function noteFolder(folder: Folder, state: WalkState): void {
	if (typeof folder.path !== 'string' || Number.isNaN(folder.mtimeMs)) {
		state.foldersComplete = false;
		return;
	}

	state.folders.push({path: folder.path, mtimeMs: folder.mtimeMs});
}

function stampOf(path: string): Stamp | undefined {
	// A file gone since its folder was listed has no stamp: it is read, and reported, like any other.
	try {
		const stats = statSync(path, {throwIfNoEntry: false});
		return stats ? {size: stats.size, mtimeMs: stats.mtimeMs} : undefined;
	} catch {
		return undefined;
	}
}
