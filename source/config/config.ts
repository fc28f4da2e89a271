/**
The config file: one JSON object in the platform's config folder (`~/.config/blog-reader/config.json`
on Linux, via env-paths), or wherever BLOG_READER_CONFIG points (tests, dotfile setups). A
missing file is the defaults. Each top-level setting has its own reader; a problem is one line
naming the file and the setting.

`archive`, `theme`, `width` and `sort` are checked here (settings.ts), and a bad one stops the
command (exit 2): a default folder or width quietly ignored would show the wrong thing. `keys`
is checked by the reader (ui/keys-config.ts), entry by entry: a bad binding keeps its default
and is said in the status line, so a typo never locks anyone out of the reader.
*/
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import envPaths from 'env-paths';
import {sanitizeLine} from '../text/sanitize.js';
import {type CheckedSettings, type Checked, checkArchive, checkImages, checkSort, checkTheme, checkWidth} from './settings.js';

export function configFile(env: NodeJS.ProcessEnv = process.env): string {
	const override = env['BLOG_READER_CONFIG'];
	if (override) {
		return override;
	}

	return join(envPaths('blog-reader', {suffix: ''}).config, 'config.json');
}

/** The settings as the file has them, each still to be checked by the part that uses it. */
export interface Settings extends CheckedSettings {
	readonly keys?: unknown;
}

const known = ['archive', 'theme', 'width', 'sort', 'images', 'keys'] as const;

export interface Config {
	readonly file: string;
	readonly settings: Settings;
	/** One line each, naming the file and the setting: `<file>: width must be ...`. */
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

		return {file, settings: {}, errors: [`${file}: cannot be read (${code ?? String(error)})`]};
	}

	if (text.length > sizeLimit) {
		return {file, settings: {}, errors: [`${file}: larger than 1 MB, not a config file`]};
	}

	let parsed: unknown;
	try {
		parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		return {file, settings: {}, errors: [`${file}: not valid JSON (${sanitizeLine(error instanceof Error ? error.message : String(error))})`]};
	}

	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		return {file, settings: {}, errors: [`${file}: must be a JSON object of settings, like {"theme": "dark"}`]};
	}

	const settings: Record<string, unknown> = {};
	const errors: string[] = [];
	const checks: Readonly<Record<string, (value: unknown) => Checked<unknown>>> = {
		archive: value => checkArchive(value, file),
		theme: checkTheme,
		width: checkWidth,
		sort: checkSort,
		images: checkImages,
	};
	for (const [name, value] of Object.entries(parsed)) {
		const check = checks[name];
		if (check) {
			const checked = check(value);
			if ('error' in checked) {
				errors.push(`${file}: ${checked.error}`);
			} else {
				settings[name] = checked.value;
			}
		} else if (name === 'keys') {
			settings[name] = value;
		} else {
			errors.push(`${file}: unknown setting '${sanitizeLine(name)}' (settings: ${known.join(', ')})`);
		}
	}

	return {file, settings, errors};
}

/** Prefixes a setting's own problems with the file's name, as `loadConfig` reports its own. */
export function inFile(file: string, errors: readonly string[]): string[] {
	return errors.map(error => `${file}: ${error}`);
}
