import {readFileSync} from 'node:fs';
import meow, {type AnyFlag} from 'meow';
import {colorModes} from './output/color.js';
import {themeModes} from './output/theme-choice.js';
import {imageModes} from './images/protocol.js';
import {mainHelp} from './usage.js';
import {sanitizeLine} from './text/sanitize.js';

/**
The one set of flags every command takes, parsed by meow (which also makes the help text and the
version). Before meow sees the words, `scan` refuses what meow would quietly read another way
(an unknown flag, a query word glued to one dash, a flag missing its value), so a mistake is one
line and exit 2, never a different folder or a silently dropped value.
*/
const options = {
	dir: {type: 'string', short: 'd'},
	drafts: {type: 'boolean', default: false},
	cache: {type: 'boolean', default: true},
	state: {type: 'boolean', default: true},
	watch: {type: 'boolean', default: true},
	pages: {type: 'boolean', default: false},
	json: {type: 'boolean', default: false},
	raw: {type: 'boolean', default: false},
	plain: {type: 'boolean', default: false},
	snippets: {type: 'boolean', default: false},
	width: {type: 'string', short: 'w'},
	color: {type: 'string', default: 'auto', choices: colorModes},
	// No default: unset, the config file's `theme` applies (cli.ts), then auto.
	theme: {type: 'string', choices: themeModes},
	// No default either: the config file's `images` applies, then auto.
	images: {type: 'string', choices: imageModes},
	tag: {type: 'string', short: 't'},
	year: {type: 'string', short: 'y'},
	sort: {type: 'string'},
	limit: {type: 'string', short: 'n'},
	help: {type: 'boolean', short: 'h', default: false},
	version: {type: 'boolean', short: 'v', default: false},
} as const;

type Name = keyof typeof options;
type Option = {readonly type: 'string' | 'boolean'; readonly short?: string; readonly default?: string | boolean; readonly choices?: readonly string[]};

export type Flags = {
	readonly [K in Name]: (typeof options)[K] extends {readonly type: 'boolean'} ? boolean : (typeof options)[K] extends {readonly default: string} ? string : string | undefined;
};

export interface ParsedArguments {
	readonly flags: Flags;
	/** The words that are not flags: the command and its arguments. */
	readonly input: readonly string[];
	/** meow's help text: the package's description above the main help. */
	readonly help: string;
	/** The version in package.json. */
	readonly version: () => string;
}

/** Bad flags: the message is safe to print (archive text can reach argv through scripts). */
export class FlagError extends Error {}

const table: Readonly<Record<string, Option>> = options;
const byShort = new Map(Object.entries(table).flatMap(([name, option]) => (option.short ? [[option.short, name] as const] : [])));

// meow's own spelling of the table above.
const meowFlags = Object.fromEntries(Object.entries(table).map(([name, {short, choices, ...option}]) => [
	name,
	{...option, ...(short ? {shortFlag: short} : {}), ...(choices ? {choices: [...choices]} : {})} as AnyFlag,
]));

// A type, not an interface: meow's `pkg` is a Record, which only a type literal is assignable to.
type PackageFields = {
	readonly name: string;
	readonly version: string;
	readonly description: string;
	readonly bin: Record<string, string>;
};

// Set by scripts/build.js from package.json; absent when run from source.
declare const BLOG_READER_PACKAGE: PackageFields | undefined;

/**
The fields of package.json meow shows (the description atop the help, the name and bin for the
process title) and `--version` prints: given to meow, which then never reads the file itself.
*/
function packageFields(): PackageFields {
	return typeof BLOG_READER_PACKAGE === 'object'
		? BLOG_READER_PACKAGE
		: JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as PackageFields;
}

export function parseFlags(argv: readonly string[]): ParsedArguments {
	const args = scan(argv);
	const pkg = packageFields();
	let cli;
	try {
		cli = meow(mainHelp, {
			importMeta: import.meta,
			pkg,
			argv: args,
			flags: meowFlags,
			// `scan` has already refused unknown flags with our own message and exit code.
			allowUnknownFlags: true,
			autoHelp: false,
			autoVersion: false,
		});
	} catch (error) {
		throw new FlagError(explain(error instanceof Error ? error.message : String(error)));
	}

	const flags = Object.fromEntries(Object.keys(table).map(name => [name, cli.flags[name]]));
	return {
		flags: flags as unknown as Flags,
		input: cli.input,
		help: cli.help,
		version: () => pkg.version,
	};
}

/** Checks each word before `--` and rewrites the shorthands meow does not know. */
function scan(argv: readonly string[]): string[] {
	const args: string[] = [];
	for (const [index, arg] of argv.entries()) {
		const next = argv[index + 1];
		if (arg === '--') {
			args.push(...argv.slice(index));
			break;
		}

		if (arg === '-' || !arg.startsWith('-')) {
			args.push(arg);
			continue;
		}

		if (!arg.startsWith('--')) {
			args.push(...shortFlag(arg, next));
			continue;
		}

		const [written, value] = splitValue(arg.slice(2));
		const negated = /^no-(.+)$/.exec(written)?.[1];
		const name = negated !== undefined && table[negated]?.type === 'boolean' ? negated : written;
		const option = table[name];
		if (option === undefined) {
			throw new FlagError(`unknown flag --${sanitizeLine(written)} (see --help)`);
		}

		if (option.type === 'boolean' && value !== undefined) {
			throw new FlagError(`--${name} takes no value (see --help)`);
		}

		// `--color` alone means always, as in bat and ls; `--no-color` means never.
		if (name === 'color' && value === undefined) {
			if (negated !== undefined) {
				args.push('--color=never');
				continue;
			}

			if (next === undefined || next.startsWith('-')) {
				args.push('--color=always');
				continue;
			}
		}

		if (option.type === 'string' && negated === undefined && value === undefined && (next === undefined || next.startsWith('-'))) {
			throw new FlagError(`--${name} needs a value (see --help)`);
		}

		args.push(arg);
	}

	return args;
}

/** `-d dir`, `-w80`: a value is glued on only when it is a number. */
function shortFlag(arg: string, next: string | undefined): string[] {
	const letter = arg[1] ?? '';
	const name = byShort.get(letter);
	const glued = arg.slice(2);
	// A query word like `-draft` (search's "without") would otherwise read as `-d raft` and
	// quietly load another folder.
	if (glued !== '' && !(name !== undefined && table[name]?.type === 'string' && /^\d+$/.test(glued))) {
		throw new FlagError(`unknown flag ${sanitizeLine(arg)} (to search for it, put it after --)`);
	}

	if (name === undefined) {
		throw new FlagError(`unknown flag ${sanitizeLine(arg)} (see --help)`);
	}

	if (table[name]?.type === 'string' && glued === '' && (next === undefined || next.startsWith('-'))) {
		throw new FlagError(`-${letter} needs a value (see --help)`);
	}

	return [arg];
}

/** meow's refusals, said the way the rest of our messages are. */
function explain(message: string): string {
	const choice = /Unknown value for flag `--(\w+)`: `(.*)`\./.exec(message);
	const choices = choice ? table[choice[1] ?? '']?.choices : undefined;
	if (choice && choices) {
		return `--${choice[1]} takes ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}, not '${sanitizeLine(choice[2] ?? '')}'`;
	}

	return `${sanitizeLine(message).replaceAll('`', '')} (see --help)`;
}

function splitValue(text: string): [string, string | undefined] {
	const equals = text.indexOf('=');
	return equals === -1 ? [text, undefined] : [text.slice(0, equals), text.slice(equals + 1)];
}

