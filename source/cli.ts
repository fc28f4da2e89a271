/**
The command line: flags (flags.ts, on meow), each flag's value checked with one sanitized line and
exit code 2 when it is wrong, then the command or the reader (ui/start.ts). About 300 lines: every
check of a value the user typed is here, in the order the help lists them, beside the dispatch.
*/
import {statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {Archive, Skipped} from './archive/post.js';
import type {CommandIO, Output} from './commands/io.js';
import {exitCode} from './output/exit-codes.js';
import {FlagError, type Flags, parseFlags} from './flags.js';
import {commandHelp, mainHelpWith} from './usage.js';
import {type Config, loadConfig} from './config/config.js';
import {canDrawScreen, colorLevel, colorModes, type ColorLevel, type ColorMode, wantsColor} from './output/color.js';
import {supportsHyperlinks} from './output/hyperlinks.js';
import {progressLine} from './output/progress-line.js';
import {themeModes, type ThemeMode} from './output/theme-choice.js';
import type {ImageMode} from './images/protocol.js';
import {sortOrders, type SortOrder} from './search/sort-order.js';
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

/** `--sort`: newest, oldest or title for `list`; relevance too for `search`, whose default it is. */
function sortFlag(value: string | undefined, command: Command | undefined): SortOrder | undefined {
	if (value === undefined) {
		return undefined;
	}

	const allowed = sortOrders.filter(order => order !== 'relevance' || command === 'search');
	if (!allowed.includes(value as SortOrder)) {
		throw new UsageError(`--sort takes ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)!}, not '${sanitizeLine(value)}'`);
	}

	return value as SortOrder;
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

/**
The full load, its module (the loader and its hashing) imported only when a command
needs it: the reader's first frame and `show <slug>` are answered from the index without it.
*/
async function load(flags: Flags, dir: string): Promise<Archive> {
	const {ArchiveError, loadArchive} = await import('./archive/load.js');
	// A first start reads every file (seconds at 10,000 posts): a terminal is told how far it got.
	const progress = progressLine(process.stderr, {styled: wantsColor(flags.color as ColorMode, process.stderr)});
	try {
		return loadArchive(dir, {
			drafts: flags.drafts,
			cache: flags.cache,
			onWarning(message) {
				progress.clear();
				process.stderr.write(`blog-reader: ${sanitizeLine(message)}\n`);
			},
			onSkip(skipped) {
				progress.clear();
				printSkip(skipped);
			},
			onProgress(done, total) {
				progress.show(() => `blog-reader: reading posts, ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} files`);
			},
		});
	} catch (error) {
		if (error instanceof ArchiveError) {
			throw new UsageError(sanitizeLine(error.message));
		}

		throw error;
	} finally {
		progress.clear();
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
	const sort = sortFlag(flags.sort, command);
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
	return dispatch(command ?? 'list', rest, {flags, io, width, limit, year, sort, interactive, level, config, dir: archiveDir(flags, config), textWidth: chosenWidth});
}

interface Context {
	readonly flags: Flags;
	readonly io: CommandIO;
	readonly width: number;
	readonly limit: number | undefined;
	readonly year: number | undefined;
	readonly sort: SortOrder | undefined;
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
		return runShow(dir, rest.join(' '), {mode, width: context.width, links, drafts: flags.drafts, cache: flags.cache, onSkip: printSkip, renderWorker}, io, async () => load(flags, dir));
	}

	if (command === 'list' && context.interactive) {
		return interactive(flags, context);
	}

	const archive = await load(flags, dir);
	switch (command) {
		case 'list': {
			const {list} = await import('./commands/list.js');
			return list(archive, {json: flags.json, pages: flags.pages, tag: flags.tag, year: context.year, sort: context.sort}, io);
		}

		case 'search': {
			const {search} = await import('./commands/search.js');
			const query = rest.join(' ');
			// Read only if the query asks (`is:read`), and never written: a pipe is no reading.
			const {asksReadState} = await import('./search/query.js');
			const isRead = flags.state && asksReadState(query)
				? (await import('./state/read-state-file.js')).readStateLookup(archive.root, message => {
					process.stderr.write(`blog-reader: ${sanitizeLine(message)}\n`);
				})
				: undefined;
			return search(archive, query, {json: flags.json, snippets: flags.snippets, limit: context.limit, tag: flags.tag, year: context.year, isRead, sort: context.sort}, io);
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
	const {startReader} = await import('./ui/start.js');
	return startReader({
		dir,
		drafts: flags.drafts,
		cache: flags.cache,
		state: flags.state,
		watch: flags.watch,
		config,
		textWidth,
		level,
		theme: (flags.theme ?? config.settings.theme ?? 'auto') as ThemeMode,
		images: (flags.images ?? config.settings.images ?? 'auto') as ImageMode,
		renderWorker,
		checkWorker: new URL('archive/check/check-worker.js', import.meta.url),
		load: async () => load(flags, dir),
		skipMessage,
	});
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
