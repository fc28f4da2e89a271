import type {Archive, Skipped} from '../archive/post.js';
import {exitCode} from '../output/exit-codes.js';
import type {Config} from '../config/config.js';
import type {ColorLevel} from '../output/color.js';
import type {ThemeMode} from '../output/theme-choice.js';
import type {ImageMode} from '../images/protocol.js';
import type {SortOrder} from '../search/sort-order.js';
import {sanitizeLine} from '../text/sanitize.js';
import {cachedArchive, cachedHead, unchangedByFolders} from '../archive/cache/cached-archive.js';
import {detectSite} from '../archive/site/site.js';
import {inFile} from '../config/config.js';
import {wordIndexStores} from '../search/cache/word-index-store.js';
import {readStateFileFor} from '../state/read-state-file.js';
import {stateDirs} from '../state/paths.js';
import {defaultKeymap} from './keys/keymap.js';

/** What the command line decided for the reader: the archive, the flags and the config file. */
export interface ReaderStart {
	readonly dir: string;
	readonly drafts: boolean;
	readonly cache: boolean;
	/** Whether posts read and reading places are kept (`--no-state` turns it off). */
	readonly state: boolean;
	/** Whether the reader follows the archive's files as they change (`--no-watch`: only `r`). */
	readonly watch: boolean;
	readonly config: Config;
	/** The widest text column asked for (`--width`, else the config file's). */
	readonly textWidth: number | undefined;
	readonly level: ColorLevel;
	readonly theme: ThemeMode;
	/** How images are drawn (`--images`, else the config file's, else auto). */
	readonly images?: ImageMode;
	/** The scripts of the render thread and of the files' check, beside the bundle. */
	readonly renderWorker: URL;
	readonly checkWorker: URL;
	/** The full load as the pipes do it (warnings on stderr), for a first frame with no index. */
	readonly load: () => Promise<Archive>;
	/** The line for a file the loader passed over. */
	readonly skipMessage: (skipped: Skipped) => string;
}

/**
Starts the reader: the first frame from the catalog's head (its first posts) or else the whole
catalog, as the last load left it (no walk, no stat of each file); then the whole catalog, and a
check of every file on a worker thread, which replaces the list if they changed; the read state,
the config file's keys and sort, and live reload. Resolves the exit code.
*/
export async function startReader(start: ReaderStart): Promise<number> {
	const {dir, drafts, cache, config} = start;
	// The config file's order is where the list starts; newest first is the archive's own.
	const sort: SortOrder | undefined = config.settings.sort === 'newest' ? undefined : config.settings.sort;
	// The first frame from the catalog's head when the list opens as the head holds it (newest
	// first, no drafts): the whole catalog is read once that frame is out (`whole`, below).
	const head = cache && !drafts && sort === undefined ? cachedHead(dir) : undefined;
	let indexed = head === undefined ? cachedArchive(dir, {drafts, cache}) : undefined;
	const archive = head ?? (indexed !== undefined && indexed.posts.length > 0 ? indexed : await start.load());
	if (archive.posts.length === 0) {
		process.stderr.write(`blog-reader: no posts in ${sanitizeLine(archive.root)}\n`);
		return exitCode.nothingFound;
	}

	// A terminal is interactive even where CI is set in the environment; ink (is-in-ci, read when
	// it loads) would then draw only its last frame, on exit. Colour never depends on this: the
	// reader gives ink its colour level itself.
	process.env['CI'] = '0';
	process.env['CONTINUOUS_INTEGRATION'] = '0';
	// What the reader has to say (a stored index ignored, files skipped by the check) waits until
	// the screen is given back. A set: live reloads meet the same skipped file again and again.
	const messages = new Set<string>();
	process.once('exit', () => {
		for (const message of messages) {
			process.stderr.write(`blog-reader: ${sanitizeLine(message)}\n`);
		}
	});
	const later = (message: string): void => {
		messages.add(message);
	};

	const loadFresh = async (): Promise<Archive> => {
		const {loadArchive} = await import('../archive/load.js');
		const fresh = loadArchive(dir, {
			drafts,
			cache,
			lasting: true,
			onWarning: later,
			onSkip(skipped) {
				later(start.skipMessage(skipped));
			},
		});
		return fresh;
	};

	const checkFiles = async () => {
		const {checkInWorker} = await import('../archive/check/check-in-worker.js');
		return checkInWorker(start.checkWorker, {dir, drafts, cache});
	};

	// After the head's frame: the whole archive as the catalog has it (what the check compares
	// with), else as a full load reads it, which leaves the check nothing to do.
	let fresh: Archive | undefined;
	const whole = head === undefined
		? undefined
		: async (): Promise<Archive> => {
			const catalog = cachedArchive(dir, {drafts, cache});
			indexed = catalog !== undefined && catalog.posts.length > 0 ? catalog : undefined;
			if (indexed !== undefined) {
				return indexed;
			}

			fresh = await loadFresh();
			return fresh;
		};
	// Every file is looked at on a worker thread, so keys typed meanwhile are not kept waiting;
	// only a changed archive is loaded again here, to be shown.
	const check = head !== undefined || archive === indexed
		? async (): Promise<Archive> => {
			const against = indexed;
			if (against === undefined) {
				return fresh ?? loadFresh();
			}

			// The folders' times first: a few stats where every file's take a worker thread a second.
			const byFolders = cache ? await unchangedByFolders(dir) : undefined;
			if (byFolders !== undefined && byFolders.fingerprint === against.fingerprint) {
				for (const skipped of byFolders.skipped) {
					later(start.skipMessage(skipped));
				}

				return {...against, unsureSince: byFolders.walkedAt};
			}

			const report = await checkFiles();
			if (report?.fingerprint === undefined || report.fingerprint !== against.fingerprint) {
				return loadFresh();
			}

			for (const message of [...report.warnings, ...report.skipped.map(skipped => start.skipMessage(skipped))]) {
				later(message);
			}

			return against;
		}
		: undefined;
	// The config file's keys: whatever is wrong is said in the status line and again on exit,
	// and keeps its default binding. The check's module loads only for a file that changes keys.
	const keys = config.settings.keys === undefined ? {keymap: defaultKeymap, errors: []} : (await import('./keys/keys-config.js')).checkKeys(config.settings.keys, defaultKeymap);
	const problems = [...config.errors, ...inFile(config.file, keys.errors)];
	for (const problem of problems) {
		later(problem);
	}

	// The problem first, the file after it: a narrow status line cuts the end, and the lines
	// printed on exit name the file in full.
	const first = problems[0]?.slice(config.file.length + 2);
	const more = problems.length === 1 ? '' : `; ${problems.length - 1} more, listed on exit`;
	const notice = first === undefined ? undefined : `config: ${first} (${homeShortened(config.file)}${more})`;
	// Posts read and where: a damaged file is said on exit, like the other warnings.
	const readState = start.state ? readStateFileFor(archive.root, {onWarning: later}) : undefined;
	// Live reload: the same load. By hand, the check first (on the worker), so nothing changed costs
	// the reader's thread nothing. After a watch saw files change the check could only say so: a file
	// changed in the last seconds leaves no fingerprint to compare, so it would be a second full load.
	const dirs = stateDirs();
	let folders: readonly string[] | undefined;
	const live = {
		async reload(shown: Archive, touched?: ReadonlySet<string>): Promise<Archive | undefined> {
			if (touched === undefined) {
				const report = await checkFiles();
				if (report?.fingerprint !== undefined && report.fingerprint === shown.fingerprint) {
					return undefined;
				}
			}

			return loadFresh();
		},
		// Asked when the watch starts, after the first frame: detecting the site reads its config files.
		get folders(): readonly string[] {
			folders ??= start.watch ? detectSite(archive.root).sources.map(source => source.dir) : [];
			return folders;
		},
		skip: [dirs.cache, dirs.state],
	};
	const {runReader} = await withoutFetch(async () => import('./run.js'));
	return runReader(archive, {live, title: archive.root, whole, check, renderWorker: start.renderWorker, textWidth: start.textWidth, level: start.level, theme: start.theme, images: start.images, keymap: keys.keymap, notice, readState, sort, wordIndexStores: shown => wordIndexStores(shown, later)});
}

/**
Runs `load` with `fetch` hidden. Ink's layout engine (yoga, compiled by emscripten) checks
`typeof fetch` while it loads; in Node that first look loads undici and then fetches the engine's
embedded data: URL through it, ~30 ms of every reader start for nothing.
*/
async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
	const fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (!fetch?.configurable) {
		return load();
	}

	Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true, writable: true});
	try {
		return await load();
	} finally {
		Object.defineProperty(globalThis, 'fetch', fetch);
	}
}

/** A path under the home folder as `~/...`, as shells show it. */
function homeShortened(path: string): string {
	const home = process.env['HOME'];
	return home && path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
}
