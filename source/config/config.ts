/**
The config file: one JSON object in the platform's config folder (`~/.config/blog-reader/config.json`
on Linux, via env-paths), or wherever BLOG_READER_CONFIG points (tests, dotfile setups). A
missing file is the defaults. Each top-level setting has its own reader; a problem is one line
naming the file and the setting, and that setting keeps its default while the others apply.

Today it holds `keys` (checked by the reader, ui/keys-config.ts); `dir`, `theme`, `width` and
`sort` are meant to join it as settings of their own.
*/
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import envPaths from 'env-paths';

export function configFile(env: NodeJS.ProcessEnv = process.env): string {
	const override = env['BLOG_READER_CONFIG'];
	if (override) {
		return override;
	}

	return join(envPaths('blog-reader', {suffix: ''}).config, 'config.json');
}

/** The settings as the file has them, each still to be checked by the part that uses it. */
export interface Settings {
	readonly keys?: unknown;
}

const known = ['keys'] as const;

export interface Config {
	readonly file: string;
	readonly settings: Settings;
	/** One line each, naming the file: `<file>: keys.list.foo: unknown action ...`. */
	readonly errors: readonly string[];
}

// A config file is a few hundred bytes; a huge one is a mistake, not settings.
const sizeLimit = 1024 * 1024;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, read: (path: string) => string = path => readFileSync(path, 'utf8')): Config {
	const file = configFile(env);
	let text: string;
	try {
		text = read(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTDIR') {
			return {file, settings: {}, errors: []};
		}

		return {file, settings: {}, errors: [`${file}: cannot be read (${code ?? String(error)}); using the defaults`]};
	}

	if (text.length > sizeLimit) {
		return {file, settings: {}, errors: [`${file}: larger than 1 MB; using the defaults`]};
	}

	let parsed: unknown;
	try {
		parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		return {file, settings: {}, errors: [`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)}); using the defaults`]};
	}

	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		return {file, settings: {}, errors: [`${file}: must be a JSON object of settings; using the defaults`]};
	}

	const settings: Record<string, unknown> = {};
	const errors: string[] = [];
	for (const [name, value] of Object.entries(parsed)) {
		if ((known as readonly string[]).includes(name)) {
			settings[name] = value;
		} else {
			errors.push(`${file}: unknown setting '${name}' (settings: ${known.join(', ')})`);
		}
	}

	return {file, settings, errors};
}

/** Prefixes a setting's own problems with the file's name, as `loadConfig` reports its own. */
export function inFile(file: string, errors: readonly string[]): string[] {
	return errors.map(error => `${file}: ${error}`);
}
