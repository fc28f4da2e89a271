import {type Dirent, readdirSync, realpathSync, statSync} from 'node:fs';
import {sep} from 'node:path';
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

export interface WalkOptions {
	/** Whether a file name is worth reading; others are never touched. */
	readonly wanted: (name: string) => boolean;
	readonly onSkip: (relative: string, reason: string) => void;
	/** Real paths already read, shared between walks so no file is read twice. */
	readonly seen: Set<string>;
	/** Look up each wanted file's size and modification time (one stat, no read). */
	readonly stamps?: boolean;
}

/**
All wanted files under a folder, depth first in name order, synchronously. Symbolic links are
followed, and every folder's real path is remembered so a link back up the tree ends the descent.
*/
export function walk(root: string, options: WalkOptions): FoundFile[] {
	const found: FoundFile[] = [];
	let rootReal: string;
	try {
		rootReal = realpathSync(root);
	} catch {
		return found;
	}

	if (options.seen.has(rootReal)) {
		return found;
	}

	options.seen.add(rootReal);
	visit(root, rootReal, '', [rootReal], options, found);
	return found;
}

function visit(dir: string, real: string, relative: string, ancestors: string[], options: WalkOptions, found: FoundFile[]): void {
	let entries: Dirent[];
	try {
		entries = readdirSync(dir, {withFileTypes: true});
	} catch (error) {
		if (relative !== '') {
			options.onSkip(relative, describeError(error));
		}

		return;
	}

	// Links after real entries, so a file reached both ways is listed under its own name.
	entries.sort((a, b) => Number(a.isSymbolicLink()) - Number(b.isSymbolicLink()) || (a.name < b.name ? -1 : (a.name > b.name ? 1 : 0)));
	// Joined by hand: path.join normalises every time, a tenth of a walk of 10,000 files.
	const dirPrefix = dir.endsWith(sep) ? dir : dir + sep;
	const realPrefix = real.endsWith(sep) ? real : real + sep;
	for (const entry of entries) {
		const {name} = entry;
		if (name.startsWith('.')) {
			continue;
		}

		const path = dirPrefix + name;
		const childRelative = relative === '' ? name : `${relative}/${name}`;
		let isDirectory = entry.isDirectory();
		let isFile = entry.isFile();
		let childReal = realPrefix + name;
		let stamp: Stamp | undefined;
		if (entry.isSymbolicLink()) {
			const wanted = options.wanted(name);
			try {
				const stats = statSync(path);
				isDirectory = stats.isDirectory();
				isFile = stats.isFile();
				stamp = {size: stats.size, mtimeMs: stats.mtimeMs};
				childReal = realpathSync(path);
			} catch (error) {
				// A dangling link is worth a word only when it looks like a post.
				if (wanted || (error as NodeJS.ErrnoException).code === 'ELOOP') {
					options.onSkip(childRelative, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'broken symbolic link' : describeError(error));
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

			if (options.seen.has(childReal)) {
				continue;
			}

			options.seen.add(childReal);
			ancestors.push(childReal);
			visit(path, childReal, childRelative, ancestors, options, found);
			ancestors.pop();
		} else if (isFile && options.wanted(name) && !options.seen.has(childReal)) {
			options.seen.add(childReal);
			found.push(options.stamps ? {file: path, relative: childRelative, name, stamp: stamp ?? stampOf(path)} : {file: path, relative: childRelative, name});
		}
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
