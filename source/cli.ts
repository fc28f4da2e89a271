import {statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {ArchiveError, loadArchive} from './archive/load.js';
import type {Archive, Skipped} from './archive/post.js';
import {exitCode, type CommandIO, type Output} from './commands/io.js';
import {FlagError, type Flags, parseFlags} from './flags.js';
import {commandHelp, mainHelpWith} from './usage.js';
import {type Config, loadConfig} from './config/config.js';
import {canDrawScreen, colorLevel, colorModes, type ColorLevel, type ColorMode} from './output/color.js';
import {supportsHyperlinks} from './output/hyperlinks.js';
import {themeModes, type ThemeMode} from './output/theme-choice.js';
import {endOnWriteErrors} from './output/write-errors.js';
import {sanitizeLine} from './text/sanitize.js';

const commands = ['list', 'show', 'search', 'tags', 'info'] as const;
type Command = (typeof commands)[number];

/** A failure the user can act on: one line on stderr and the given exit code, never a stack trace. */
class UsageError extends Error {
	constructor(message: string, readonly code: number = exitCode.usage) {
		super(message);
	}
}

// `head` closing the pipe is the reader saying "enough", not an error; a full disk or a terminal
// gone is one line and exit code 4, never a stack trace.
endOnWriteErrors(process);

function streamOutput(stream: NodeJS.WriteStream): Output {
	return {
		write: text => stream.write(text),
		isTTY: stream.isTTY === true,
		columns: stream.isTTY && stream.columns > 0 ? stream.columns : 80,
	};
}

function parseArguments(argv: readonly string[]) {
	try {
		return parseFlags(argv);
	} catch (error) {
		if (error instanceof FlagError) {
			throw new UsageError(error.message);
		}

		throw error;
	}
}

function wholeNumber(name: string, value: string | undefined, min: number, max: number): number | undefined {
	if (value === undefined) {
		return undefined;
	}

	const number = Number(value);
	if (!/^\d+$/.test(value.trim()) || number < min || number > max) {
		throw new UsageError(`--${name} takes a whole number from ${min} to ${max}, not '${sanitizeLine(value)}'`);
	}

	return number;
}

/** Flags, then the environment, then the config file, then the bundled posts. */
function archiveDir(flags: Flags, config: Config): string {
	const chosen = flags.dir ?? process.env['BLOG_READER_DIR'];
	const {archive} = config.settings;
	if (chosen === undefined && archive !== undefined) {
		// Named by the file, not typed: the line says where it came from.
		if (!statSync(archive, {throwIfNoEntry: false})?.isDirectory()) {
			throw new UsageError(`${sanitizeLine(config.file)}: archive: no such folder: ${sanitizeLine(archive)}`);
		}

		return archive;
	}

	return chosen ?? fileURLToPath(new URL('../posts', import.meta.url));
}

/** The config file, or a usage error naming the file and the setting: a bad one never half applies. */
function checkedConfig(): Config {
	const config = loadConfig();
	const [first] = config.errors;
	if (first !== undefined) {
		const more = config.errors.length - 1;
		throw new UsageError(`${sanitizeLine(first)}${more > 0 ? ` (and ${more} more)` : ''}`);
	}

	return config;
}

/** The line (after `blog-reader: `) for a file the loader passed over, now or when the reader closes. */
function skipMessage({path, reason}: Skipped): string {
	return `skipped ${path}: ${reason}`;
}

function printSkip(skipped: Skipped): void {
	process.stderr.write(`blog-reader: ${sanitizeLine(skipMessage(skipped))}\n`);
}

function load(flags: Flags, dir: string): Archive {
	try {
		return loadArchive(dir, {
			drafts: flags.drafts,
			cache: flags.cache,
			onWarning(message) {
				process.stderr.write(`blog-reader: ${sanitizeLine(message)}\n`);
			},
			onSkip: printSkip,
		});
	} catch (error) {
		if (error instanceof ArchiveError) {
			throw new UsageError(sanitizeLine(error.message));
		}

		throw error;
	}
}

async function run(argv: string[]): Promise<number> {
	const {flags, input, help, version} = parseArguments(argv);
	const [first, ...rest] = input;
	const command = commands.find(name => name === first);
	if (first !== undefined && command === undefined) {
		throw new UsageError(`unknown command '${sanitizeLine(first)}' (commands: ${commands.join(', ')}; see --help)`);
	}

	if (flags.version) {
		process.stdout.write(`${version()}\n`);
		return exitCode.ok;
	}

	if (flags.help) {
		const {configFile} = await import('./config/config.js');
		process.stdout.write(`${command ? commandHelp[command] : mainHelpWith(help, sanitizeLine(configFile()))}\n`);
		return exitCode.ok;
	}

	if (!colorModes.includes(flags.color as ColorMode)) {
		throw new UsageError(`--color takes auto, always or never, not '${sanitizeLine(flags.color)}'`);
	}

	if (flags.theme !== undefined && !themeModes.includes(flags.theme as ThemeMode)) {
		throw new UsageError(`--theme takes auto, dark or light, not '${sanitizeLine(flags.theme)}'`);
	}

	// Flags win over the file; the file over the defaults.
	const config = checkedConfig();
	let stdout = streamOutput(process.stdout);
	// Decided once: commands style their output by it, the reader hands it to ink.
	const level = colorLevel(flags.color as ColorMode, process.stdout);
	const chosenWidth = wholeNumber('width', flags.width, 20, 1000) ?? config.settings.width;
	const width = chosenWidth ?? stdout.columns;
	const limit = wholeNumber('limit', flags.limit, 1, 1_000_000);
	const year = wholeNumber('year', flags.year, 0, 9999);
	let interactive = command === undefined && process.stdin.isTTY === true && process.stdout.isTTY === true;
	if (interactive && !canDrawScreen()) {
		// A terminal that cannot move its cursor would show the reader's frames as a heap of
		// escapes: the list instead, exactly as a pipe gets it.
		const term = process.env['TERM'];
		process.stderr.write(`blog-reader: the reader needs a terminal that can move its cursor (TERM is ${term ? sanitizeLine(term) : 'not set'}); listing the posts instead\n`);
		interactive = false;
		stdout = {...stdout, isTTY: false, columns: 80};
	}

	const io: CommandIO = {stdout, stderr: streamOutput(process.stderr), color: level > 0};
	return dispatch(command ?? 'list', rest, {flags, io, width, limit, year, interactive, level, config, dir: archiveDir(flags, config), textWidth: chosenWidth});
}

interface Context {
	readonly flags: Flags;
	readonly io: CommandIO;
	readonly width: number;
	readonly limit: number | undefined;
	readonly year: number | undefined;
	readonly interactive: boolean;
	readonly level: ColorLevel;
	readonly config: Config;
	/** The archive folder: `--dir`, BLOG_READER_DIR, the config file's `archive`, the bundled posts. */
	readonly dir: string;
	/** The width asked for (`--width`, else the config file's), if any. */
	readonly textWidth: number | undefined;
}

function needsOne(command: Command, rest: readonly string[], what: string): string {
	const joined = rest.join(' ').trim();
	if (joined === '') {
		throw new UsageError(`${command} needs ${what} (see blog-reader ${command} --help)`);
	}

	return joined;
}

async function dispatch(command: Command, rest: readonly string[], context: Context): Promise<number> {
	const {flags, io, dir} = context;
	if (command === 'show') {
		needsOne('show', rest, 'a post: a slug, a path or a search');
		const modes = [flags.raw && 'raw', flags.plain && 'plain', flags.json && 'json'].filter(Boolean);
		if (modes.length > 1) {
			throw new UsageError(`show takes one of --raw, --plain and --json, not ${modes.map(mode => `--${String(mode)}`).join(' and ')}`);
		}
	}

	if (command === 'search') {
		needsOne('search', rest, 'a query');
	}

	if (command === 'show') {
		// A slug is answered from the index and one file when nothing changed: no full load.
		const {runShow} = await import('./commands/show.js');
		const mode = flags.raw ? 'raw' : flags.plain ? 'plain' : flags.json ? 'json' : 'styled';
		const links = supportsHyperlinks(process.stdout) ? 'osc8' : 'inline';
		return runShow(dir, rest.join(' '), {mode, width: context.width, links, drafts: flags.drafts, cache: flags.cache, onSkip: printSkip, renderWorker}, io, () => load(flags, dir));
	}

	if (command === 'list' && context.interactive) {
		return interactive(flags, context);
	}

	const archive = load(flags, dir);
	switch (command) {
		case 'list': {
			const {list} = await import('./commands/list.js');
			return list(archive, {json: flags.json, pages: flags.pages, tag: flags.tag, year: context.year}, io);
		}

		case 'search': {
			const {search} = await import('./commands/search.js');
			return search(archive, rest.join(' '), {json: flags.json, snippets: flags.snippets, limit: context.limit, tag: flags.tag, year: context.year}, io);
		}

		case 'tags': {
			const {tags} = await import('./commands/tags.js');
			return tags(archive, {json: flags.json}, io);
		}

		case 'info': {
			const {info} = await import('./commands/info.js');
			return info(archive, {json: flags.json}, io);
		}
	}
}

/** The render thread's script, beside this bundle (render/bounded.ts runs posts there). */
const renderWorker = new URL('render/worker.js', import.meta.url);

async function interactive(flags: Flags, {dir, config, textWidth, level}: Context): Promise<number> {
	// The first frame comes from the archive as the index last saw it (no walk, no stat of each
	// file); a check of every file follows that frame and replaces the list if they changed.
	const {loadIndexedArchive} = await import('./archive/indexed.js');
	const {inOrder} = await import('./archive/order.js');
	const sort = config.settings.sort ?? 'newest';
	const indexedAsSaved = loadIndexedArchive(dir, {drafts: flags.drafts, cache: flags.cache});
	const indexed = indexedAsSaved && inOrder(indexedAsSaved, sort);
	const archive = indexed !== undefined && indexed.posts.length > 0 ? indexed : inOrder(load(flags, dir), sort);
	if (archive.posts.length === 0) {
		throw new UsageError(`no posts in ${sanitizeLine(archive.root)}`, exitCode.nothingFound);
	}

	// A terminal is interactive even where CI is set in the environment; ink (is-in-ci, read when
	// it loads) would then draw only its last frame, on exit. Colour never depends on this: the
	// reader gives ink its colour level itself.
	process.env['CI'] = '0';
	process.env['CONTINUOUS_INTEGRATION'] = '0';
	// What the reader has to say (a stored index ignored, files skipped by the check) waits until the screen is given back.
	// A set: live reloads meet the same skipped file again and again; it is said once.
	const messages = new Set<string>();
	process.once('exit', () => {
		for (const message of messages) {
			process.stderr.write(`blog-reader: ${sanitizeLine(message)}\n`);
		}
	});
	const later = (message: string): void => {
		messages.add(message);
	};

	const {offerStoredIndexes} = await import('./search/stored-index.js');
	offerStoredIndexes(archive, later);
	const loadFresh = (): Archive => inOrder(loadArchive(dir, {
			drafts: flags.drafts,
			cache: flags.cache,
			onWarning: later,
			onSkip(skipped) {
				later(skipMessage(skipped));
			},
		}), sort);
	const loadHere = (): Archive => {
		const checked = loadFresh();
		offerStoredIndexes(checked, later);
		return checked;
	};
	const checkFiles = async () => {
		const {checkInWorker} = await import('./archive/check-in-worker.js');
		return checkInWorker(new URL('archive/check-worker.js', import.meta.url), {dir, drafts: flags.drafts, cache: flags.cache});
	};

	// Every file is looked at on a worker thread, so keys typed meanwhile are not kept waiting;
	// only a changed archive is loaded again here, to be shown.
	const check = archive === indexed
		? async (): Promise<Archive> => {
			const report = await checkFiles();
			if (report?.fingerprint === undefined || report.fingerprint !== indexed.fingerprint) {
				return loadHere();
			}

			for (const message of [...report.warnings, ...report.skipped.map(skipped => skipMessage(skipped))]) {
				later(message);
			}

			return indexed;
		}
		: undefined;
	// The config file's keys: whatever is wrong is said in the status line and again on exit,
	// and keeps its default binding.
	const {inFile} = await import('./config/config.js');
	const {checkKeys} = await import('./ui/keys-config.js');
	const {defaultKeymap} = await import('./ui/keymap.js');
	const keys = config.settings.keys === undefined ? {keymap: defaultKeymap, errors: []} : checkKeys(config.settings.keys, defaultKeymap);
	const problems = [...config.errors, ...inFile(config.file, keys.errors)];
	for (const problem of problems) {
		later(problem);
	}

	// The status line is short: the file's name is in the lines printed on exit.
	const first = problems[0]?.slice(config.file.length + 2);
	const notice = first === undefined ? undefined : `config: ${first}${problems.length === 1 ? '' : ` (and ${problems.length - 1} more, listed on exit)`}`;
	// Live reload: the same load. By hand, the check first (on the worker), so nothing changed costs
	// the reader's thread nothing. After a watch saw files change the check could only say so: a file
	// changed in the last seconds leaves no fingerprint to compare, so it would be a second full load.
	const {detectSite} = await import('./archive/site.js');
	const {stateDirs} = await import('./state/paths.js');
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
		prepare(next: Archive) {
			offerStoredIndexes(next, later);
		},
		folders: detectSite(archive.root).sources.map(source => source.dir),
		skip: [stateDirs().cache, stateDirs().state],
	};
	const {runReader} = await withoutFetch(async () => import('./ui/run.js'));
	return runReader(archive, {live, title: archive.root, check, renderWorker, textWidth, level, theme: (flags.theme ?? config.settings.theme ?? 'auto') as ThemeMode, keymap: keys.keymap, notice});
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

try {
	process.exitCode = await run(process.argv.slice(2));
} catch (error) {
	if (error instanceof UsageError) {
		process.stderr.write(`blog-reader: ${error.message}\n`);
		process.exitCode = error.code;
	} else {
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`blog-reader: unexpected error: ${sanitizeLine(message)}\n`);
		if (process.env['BLOG_READER_DEBUG']) {
			process.stderr.write(`${error instanceof Error ? error.stack ?? '' : ''}\n`);
		}

		process.exitCode = exitCode.internal;
	}
}
