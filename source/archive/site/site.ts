import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {FileRefused, readChecked} from '../../files/checked-read.js';
import {asText, cleanLine} from '../fields/values.js';
import {toml} from '../../files/libraries.js';
import {configLimits, parseYaml} from '../headers/yaml.js';
import type {Generator, Site} from '../post.js';

/** A folder posts are read from, relative to the site root. */
export interface Source {
	readonly dir: string;
	/** Everything in it is a draft (Jekyll `_drafts/`). */
	readonly drafts: boolean;
}

export interface Layout {
	readonly site: Site;
	/** Folders to walk, absolute; the first is the content root. */
	readonly sources: readonly Source[];
	/** `_index.md` is a section page, not a post (Hugo, Zola). */
	readonly sectionIndexes: boolean;
}

/**
Which generator laid out a site root, and where its posts are. Only the content folders are
walked, so generated output (`output/`, `docs/`, `_site/`, `public/`) and themes are never read.
A config file that is no regular file or too large (see `maxConfigBytes`) still marks its site,
with its settings unknown, and is reported through `onSkip` by its name.
*/
export function detectSite(root: string, onSkip?: (name: string, reason: string) => void): Layout {
	const readConfig = (root: string, name: string): string | null => readConfigFile(root, name, onSkip);
	const jbake = readConfig(root, 'jbake.properties');
	if (jbake !== null) {
		const properties = parseProperties(jbake);
		const content = resolve(root, properties.get('content.folder') || 'content');
		return layout('jbake', content, properties.get('site.host') ?? null, [{dir: content, drafts: false}], false);
	}

	const configToml = readConfig(root, 'config.toml');
	const zola = configToml === null ? null : tomlRecord(configToml);
	if (zola && typeof zola['base_url'] === 'string') {
		const content = join(root, 'content');
		return layout('zola', content, zola['base_url'], [{dir: content, drafts: false}], true);
	}

	const hugo = hugoConfig(root, zola, readConfig);
	if (hugo) {
		const content = resolve(root, asText(hugo['contentdir']) || 'content');
		return layout('hugo', content, asText(hugo['baseurl']) || null, [{dir: content, drafts: false}], true);
	}

	const jekyll = readConfig(root, '_config.yml') ?? readConfig(root, '_config.yaml');
	if (jekyll !== null) {
		const config = parseYaml(jekyll, configLimits) ?? {};
		const url = asText(config['url']);
		const baseurl = asText(config['baseurl']);
		const baseUrl = url ? url.replace(/\/+$/, '') + (baseurl ? `/${baseurl.replace(/^\/+/, '')}` : '') : null;
		return layout('jekyll', root, baseUrl, [{dir: join(root, '_posts'), drafts: false}, {dir: join(root, '_drafts'), drafts: true}], false);
	}

	return layout('plain', root, null, [{dir: root, drafts: false}], false);
}

function layout(generator: Generator, contentRoot: string, baseUrl: string | null, sources: Source[], sectionIndexes: boolean): Layout {
	return {site: {generator, contentRoot, baseUrl: baseUrl ? cleanLine(baseUrl) || null : null}, sources, sectionIndexes};
}

function hugoConfig(root: string, configToml: Record<string, unknown> | null, readConfig: ConfigReader): Record<string, unknown> | null {
	// Hugo reads `config/_default/` (a folder of config files) as well as a file at the root.
	const names = ['hugo', 'config/_default/hugo', 'config/_default/config'].flatMap(stem => ['toml', 'yaml', 'yml', 'json'].map(extension => `${stem}.${extension}`));
	for (const name of names) {
		const text = readConfig(root, name);
		if (text !== null) {
			return lowerKeys(parseConfig(name, text));
		}
	}

	// `config.*` is a common name: it marks a Hugo site only with Hugo's settings or folder.
	const candidates = [configToml, ...['config.yaml', 'config.yml'].map(name => {
		const text = readConfig(root, name);
		return text === null ? null : parseConfig(name, text);
	})];
	for (const candidate of candidates) {
		const config = candidate ? lowerKeys(candidate) : null;
		if (config && (config['baseurl'] !== undefined || existsSync(join(root, asText(config['contentdir']) || 'content')))) {
			return config;
		}
	}

	return null;
}

function parseConfig(name: string, text: string): Record<string, unknown> {
	if (name.endsWith('.toml')) {
		return tomlRecord(text) ?? {};
	}

	if (name.endsWith('.json')) {
		try {
			const value: unknown = JSON.parse(text);
			return typeof value === 'object' && value !== null ? value as Record<string, unknown> : {};
		} catch {
			return {};
		}
	}

	return parseYaml(text, configLimits) ?? {};
}

function tomlRecord(text: string): Record<string, unknown> | null {
	try {
		return toml().parse(text);
	} catch {
		// A config.toml that does not parse still marks a Hugo site; its settings are unknown.
		return {};
	}
}

function lowerKeys(record: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(record).map(([key, value]) => [key.toLowerCase(), value]));
}

/** Java properties as JBake writes them: `key=value` or `key: value`, `#` and `!` comments. */
export function parseProperties(text: string): Map<string, string> {
	const properties = new Map<string, string>();
	for (const line of text.split(/\r?\n/)) {
		const trimmed = line.trim();
		if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('!')) {
			continue;
		}

		// `[\s\S]*`, not `.*`: a line separator inside a value failed the match only after trying
		// every split of a long run of spaces between the two `\s*`.
		const match = /^([^=:\s]+)\s*[=:]?\s*([\s\S]*)$/.exec(trimmed);
		if (match) {
			properties.set(match[1]!, match[2]!.replace(/\\:/g, ':'));
		}
	}

	return properties;
}

type ConfigReader = (root: string, name: string) => string | null;

/**
Site configs are a few KB (the largest real ones, with navigation and data inline, some tens of
KB); one over 1 MB is not a config worth parsing, and parsing is what would cost.
*/
export const maxConfigBytes = 1024 * 1024;

/** A config file's text; null when there is none. A FIFO, device or huge file is refused: empty. */
function readConfigFile(root: string, name: string, onSkip: ((name: string, reason: string) => void) | undefined): string | null {
	try {
		return readChecked(join(root, name), {maxBytes: maxConfigBytes}).toString('utf8');
	} catch (error) {
		if (error instanceof FileRefused) {
			onSkip?.(name, error.message);
			return '';
		}

		return null;
	}
}
