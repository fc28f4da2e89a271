import {type Dirent, readdirSync, realpathSync, statSync} from 'node:fs';
import {sep} from 'node:path';
import {isInside, outsideReason} from './inside.js';
import {describeError} from './read.js';

/** Folders that hold generated sites, themes, templates or tools, never posts. */
const ignoredFolders = new Set(['node_modules', '_site', 'themes', 'layouts', '_layouts', '_includes', 'templates', 'assets']);

export interface FoundFile {
	/** Absolute path through the folders walked (not the symbolic link's target). */
	readonly file: string;
	/** Relative to the folder walked, `/` separators. */
	readonly relative: string;
	readonly name: string;
	/** Size and modification time, when asked for and the file could be looked at. */
	readonly stamp?: Stamp;
}

/** What tells a changed file from an unchanged one without reading it. */
export interface Stamp {
	readonly size: number;
	readonly mtimeMs: number;
}

/** A blog has thousands of files; a walk this long was pointed at something else (`/`, a home folder). */
export const entryLimit = 200_000;
/** Unreadable folders named one by one before the rest are only counted. */
const namedDenied = 3;

/**
What the walks of one load share: the real paths already read, so no file is read twice, and
how far they went, so that together they stop after `maxEntries` folder entries.
*/
export class WalkState {
	readonly seen = new Set<string>();
	entries = 0;
	/** Set when the walks stopped early; what was found so far is kept. */
	stopped = false;
	/** Unreadable folders beyond the first few, reported as one count. */
	moreDenied = 0;
	#denied = 0;

	/**
	`realRoot` is the archive's real path: links that resolve outside it are not followed, so an
	archive from elsewhere cannot list (or open) any file the user can read.
	*/
	constructor(readonly realRoot: string, readonly maxEntries = entryLimit) {}

	/** Whether an unreadable folder is still worth a line of its own. */
	nameDenied(): boolean {
		if (this.#denied < namedDenied) {
			this.#denied++;
			return true;
		}

		this.moreDenied++;
		return false;
	}
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
	try {
		rootReal = realpathSync(root);
		device = statSync(root).dev;
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
	visit(root, rootReal, device, '', [rootReal], options, found);
	return found;
}

function visit(dir: string, real: string, device: number, relative: string, ancestors: string[], options: WalkOptions, found: FoundFile[]): void {
	const {state} = options;
	let entries: Dirent[];
	try {
		entries = readdirSync(dir, {withFileTypes: true});
	} catch (error) {
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
	const dirPrefix = dir.endsWith(sep) ? dir : dir + sep;
	const realPrefix = real.endsWith(sep) ? real : real + sep;
	const {seen} = state;
	for (const entry of entries) {
		const {name} = entry;
		if (name.startsWith('.') || state.stopped) {
			continue;
		}

		const path = dirPrefix + name;
		const childRelative = relative === '' ? name : `${relative}/${name}`;
		let isDirectory = entry.isDirectory();
		let isFile = entry.isFile();
		let childReal = realPrefix + name;
		let childDevice = device;
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
				childReal = realpathSync(path);
			} catch (error) {
				// A dangling link is worth a word only when it looks like a post.
				if (wanted || (error as NodeJS.ErrnoException).code === 'ELOOP') {
					options.onSkip(childRelative, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'broken symbolic link' : describeError(error));
				}

				continue;
			}

			if (!isInside(state.realRoot, childReal)) {
				if (isDirectory || (isFile && wanted)) {
					options.onSkip(childRelative, outsideReason);
				}

				continue;
			}
		}

		if (isDirectory) {
			if (ignoredFolders.has(name)) {
				continue;
			}

			if (ancestors.includes(childReal)) {
				options.onSkip(childRelative, 'symbolic link loop');
				continue;
			}

			if (seen.has(childReal)) {
				continue;
			}

			// One stat per folder (not per file): a folder on another device is a mount point.
			if (!isLink) {
				childDevice = deviceOf(path);
				if (childDevice !== device) {
					options.onSkip(childRelative, childDevice === -1 ? 'no longer exists' : 'another file system mounted here');
					continue;
				}
			}

			seen.add(childReal);
			ancestors.push(childReal);
			visit(path, childReal, childDevice, childRelative, ancestors, options, found);
			ancestors.pop();
		} else if (isFile && options.wanted(name) && !seen.has(childReal)) {
			seen.add(childReal);
			found.push(options.stamps ? {file: path, relative: childRelative, name, stamp: stamp ?? stampOf(path)} : {file: path, relative: childRelative, name});
		}
	}
}

function deviceOf(path: string): number {
	try {
		return statSync(path).dev;
	} catch {
		return -1;
	}
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
