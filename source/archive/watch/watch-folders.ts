/**
Watches an archive's content folders while the reader runs, and says which post files (or
folders) were touched, a burst at a time (coalesce.ts).

On Linux each folder gets a watch of its own (one inotify watch per folder, which reports every
entry of the folder changing). Node 20's `fs.watch(dir, {recursive: true})` does the same job there
in JavaScript with a watch per file and a synchronous stat of every file when it starts: 50,000
watches and a blocked first second on a 50,000-post archive, of a limit shared by every program
of the user. chokidar also watches every file. On macOS and Windows the system's own recursive
watch is one handle, so it is used as it is.

What a load never reads is never watched: hidden names, generated sites and themes (the walk's
own list), our cache folder if it sits inside the archive. Editor temp and backup files
(`.post.md.swp`, `post.md~`, `#post.md#`) are no reason to reload; vim's `4913` probe is
no post and no folder, so it is passed over too.

A watch that cannot be had (too many watches, EMFILE, ENOSPC) stops watching altogether and
says so once: the reader then reloads by hand only.
*/
import {type FSWatcher, watch as fsWatch, type WatchListener} from 'node:fs';
import {readdir, stat} from 'node:fs/promises';
import {join, sep} from 'node:path';
import {formatOf} from '../scan/formats.js';
import {ignoredFolders} from '../scan/walk.js';
import {Coalescer, type CoalesceOptions} from './coalesce.js';

export type Watch = (path: string, options: {readonly persistent?: boolean; readonly recursive?: boolean}, listener: WatchListener<string>) => FSWatcher;

export interface WatchOptions {
	/** The absolute paths touched in a burst: post files, or folders added or removed. */
	readonly onChange: (paths: ReadonlySet<string>) => void;
	/** Called once when watching had to stop, with a short reason; nothing is watched after. */
	readonly onError: (reason: string) => void;
	/** Folders never to watch (our own cache, when the archive holds it). */
	readonly skip?: readonly string[];
	readonly watch?: Watch;
	readonly platform?: NodeJS.Platform;
	readonly coalesce?: CoalesceOptions;
	/**
	Awaited before each folder of the first walk is read (a pause in the keys): the walk reads every
	entry of every folder, thousands of them, and can wait; events are heard from the first watch on.
	*/
	readonly pace?: () => Promise<void>;
}

export interface FolderWatch {
	/** Folders watched now (on macOS and Windows, the roots). */
	readonly folders: () => number;
	/** Resolves once the first walk of the folders is done (tests wait for it). */
	readonly ready: Promise<void>;
	readonly close: () => void;
}

/** Names an editor or a download leaves beside a file while it works, never posts of their own. */
export function isTempName(name: string): boolean {
	return name.startsWith('.')
		|| name.endsWith('~')
		|| /^#.*#$/.test(name)
		|| /\.(?:swp|swx|swo|tmp|temp|bak|part|crdownload)$/i.test(name)
		|| /___jb_(?:tmp|old)___$/.test(name);
}

/** Why a watch failed, as the status line says it. */
function reasonOf(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'ENOSPC':
			return 'the system\'s limit of watched folders is reached (ENOSPC)';
		case 'EMFILE':
		case 'ENFILE':
			return `too many open files (${code})`;
		default:
			return code ?? (error instanceof Error ? error.message : String(error));
	}
}

/** Errors that concern one folder only (it went away, or may not be read): the rest go on. */
const folderOnly = new Set(['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM']);

export function watchFolders(roots: readonly string[], options: WatchOptions): FolderWatch {
	const watch = options.watch ?? (fsWatch as Watch);
	const platform = options.platform ?? process.platform;
	const skip = new Set(options.skip ?? []);
	const watchers = new Map<string, FSWatcher>();
	let closed = false;
	const burst = new Coalescer<string>(paths => {
		if (!closed) {
			options.onChange(paths);
		}
	}, options.coalesce);

	const close = (): void => {
		closed = true;
		burst.stop();
		for (const watcher of watchers.values()) {
			watcher.close();
		}

		watchers.clear();
	};

	const fail = (error: unknown): void => {
		if (!closed) {
			close();
			options.onError(reasonOf(error));
		}
	};

	/** Watches one folder; false when it cannot be (gone, unreadable, or watching stopped). */
	const watchOne = (folder: string, recursive: boolean, onEvent: (name: string | null) => void): boolean => {
		if (closed || watchers.has(folder)) {
			return false;
		}

		let watcher: FSWatcher;
		try {
			watcher = watch(folder, {persistent: true, ...(recursive ? {recursive: true} : {})}, (_event, name) => {
				onEvent(name);
			});
		} catch (error) {
			if (!folderOnly.has((error as NodeJS.ErrnoException).code ?? '')) {
				fail(error);
			}

			return false;
		}

		watchers.set(folder, watcher);
		watcher.on('error', error => {
			if (folderOnly.has((error as NodeJS.ErrnoException).code ?? '')) {
				unwatch(folder);
			} else {
				fail(error);
			}
		});
		return true;
	};

	const unwatch = (folder: string): void => {
		const inside = folder + sep;
		for (const [path, watcher] of watchers) {
			if (path === folder || path.startsWith(inside)) {
				watcher.close();
				watchers.delete(path);
			}
		}
	};

	const wantedFolder = (path: string, name: string): boolean => !name.startsWith('.') && !ignoredFolders.has(name) && !skip.has(path);

	/** A folder and every folder below it, each watched on its own (Linux). */
	const watchTree = async (folder: string): Promise<void> => {
		const pending = [folder];
		while (pending.length > 0 && !closed) {
			const current = pending.pop()!;
			if (!watchOne(current, false, name => {
				onFolderEvent(current, name);
			})) {
				continue;
			}

			let entries;
			try {
				// One folder at a time, asynchronously: the reader's thread stays free for keys.
				await options.pace?.();
				entries = await readdir(current, {withFileTypes: true});
			} catch {
				continue;
			}

			// A folder of posts holds thousands of files and few folders: only folders are joined.
			for (const entry of entries) {
				if (entry.isDirectory()) {
					const path = join(current, entry.name);
					if (wantedFolder(path, entry.name)) {
						pending.push(path);
					}
				}
			}
		}
	};

	const onFolderEvent = (folder: string, name: string | null): void => {
		if (closed) {
			return;
		}

		if (name === null) {
			// The system lost track of what changed: the folder as a whole, then.
			burst.add(folder);
			return;
		}

		if (isTempName(name)) {
			return;
		}

		const path = join(folder, name);
		if (formatOf(name) !== undefined) {
			burst.add(path);
			return;
		}

		if (watchers.has(path)) {
			// A folder of posts renamed or removed (a rename leaves a new name to watch as well).
			unwatch(path);
			burst.add(path);
			return;
		}

		if (!wantedFolder(path, name)) {
			return;
		}

		// Anything else matters only as a folder that came (with whatever posts it holds).
		stat(path).then(async stats => {
			if (stats.isDirectory() && !closed) {
				await watchTree(path);
				burst.add(path);
			}
		}, () => {});
	};

	const onRecursiveEvent = (root: string, name: string | null): void => {
		if (closed) {
			return;
		}

		if (name === null) {
			burst.add(root);
			return;
		}

		const parts = name.split(/[\\/]/);
		const last = parts.at(-1) ?? '';
		if (parts.some(part => part.startsWith('.') || ignoredFolders.has(part)) || isTempName(last) || [...skip].some(folder => join(root, name).startsWith(folder + sep))) {
			return;
		}

		// A post file, or a name without a post's extension that may be a folder: a check costs little.
		if (formatOf(last) !== undefined || !last.includes('.')) {
			burst.add(join(root, name));
		}
	};

	const recursive = platform === 'darwin' || platform === 'win32';
	const ready = Promise.all(roots.map(async root => {
		if (recursive) {
			watchOne(root, true, name => {
				onRecursiveEvent(root, name);
			});
		} else {
			await watchTree(root);
		}
	})).then(() => {}, fail);

	return {
		folders: () => watchers.size,
		ready,
		close,
	};
}

