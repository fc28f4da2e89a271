import {parseArgs} from 'node:util';
import {colorModes, type ColorMode} from './output/color.js';
import {sanitizeLine} from './text/sanitize.js';

/**
The one set of flags every command takes. Parsed with Node's own `util.parseArgs`: meow, which did
this before, cost ~65 ms of every start (it loads and normalises package.json through spdx licence
tables), half of what a whole start may take.
*/
const options = {
	dir: {type: 'string', short: 'd'},
	drafts: {type: 'boolean', default: false},
	cache: {type: 'boolean', default: true},
	pages: {type: 'boolean', default: false},
	json: {type: 'boolean', default: false},
	raw: {type: 'boolean', default: false},
	plain: {type: 'boolean', default: false},
	snippets: {type: 'boolean', default: false},
	width: {type: 'string', short: 'w'},
	color: {type: 'string', default: 'auto'},
	theme: {type: 'string', default: 'auto'},
	tag: {type: 'string', short: 't'},
	year: {type: 'string', short: 'y'},
	limit: {type: 'string', short: 'n'},
	help: {type: 'boolean', short: 'h', default: false},
	version: {type: 'boolean', short: 'v', default: false},
} as const;

type Name = keyof typeof options;
type BooleanName = {[K in Name]: (typeof options)[K]['type'] extends 'boolean' ? K : never}[Name];

export type Flags = {
	readonly [K in Name]: (typeof options)[K] extends {readonly type: 'boolean'} ? boolean : (typeof options)[K] extends {readonly default: string} ? string : string | undefined;
};

export interface ParsedArguments {
	readonly flags: Flags;
	/** The words that are not flags: the command and its arguments. */
	readonly input: readonly string[];
}

/** Bad flags: the message is safe to print (archive text can reach argv through scripts). */
export class FlagError extends Error {}

const isBoolean = (name: string): name is BooleanName => name in options && options[name as Name].type === 'boolean';

export function parseFlags(argv: readonly string[]): ParsedArguments {
	const negated = new Set<BooleanName>();
	const args: string[] = [];
	for (const [index, arg] of argv.entries()) {
		if (arg === '--') {
			args.push(...argv.slice(index));
			break;
		}

		// `--no-cache` and friends, as most CLIs take them; Node 20's parseArgs does not.
		const name = /^--no-([a-z]+)$/.exec(arg)?.[1];
		if (name !== undefined && isBoolean(name)) {
			negated.add(name);
			continue;
		}

		// A query word like `-draft` (search's "without") would otherwise read as `-d raft` and
		// quietly load another folder. Short flags take a value glued on only when it is a number
		// (`-w80`, `-n5`); anything else glued to one dash is refused, pointing at `--`.
		if (/^-[^-]./.test(arg) && !/^-[wny]\d+$/.test(arg)) {
			throw new FlagError(`unknown flag ${sanitizeLine(arg)} (to search for it, put it after --)`);
		}

		args.push(colorShorthand(arg, argv[index + 1]));
	}

	let parsed;
	try {
		parsed = parseArgs({args, options, strict: true, allowPositionals: true});
	} catch (error) {
		throw new FlagError(explain(error));
	}

	const values: Record<string, unknown> = {...parsed.values};
	for (const name of negated) {
		values[name] = false;
	}

	return {flags: values as unknown as Flags, input: parsed.positionals};
}

/** `--color` alone means always, as in bat and ls; `--no-color` means never. */
function colorShorthand(arg: string, next: string | undefined): string {
	if (arg === '--no-color') {
		return '--color=never';
	}

	if (arg === '--color' && (next === undefined || !colorModes.includes(next as ColorMode))) {
		return '--color=always';
	}

	return arg;
}

/** parseArgs' own messages run long and suggest `--` tricks; ours name the flag and the way out. */
function explain(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	const message = error instanceof Error ? error.message : String(error);
	const flag = sanitizeLine(/'(?:-\w, )?(--?[^' ]+)/.exec(message)?.[1] ?? '');
	switch (code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
			return `unknown flag ${flag} (see --help)`;
		}

		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
			return message.includes('does not take an argument') ? `${flag} takes no value (see --help)` : `${flag} needs a value (see --help)`;
		}

		default: {
			return `${sanitizeLine(message)} (see --help)`;
		}
	}
}
