import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';

// Set by scripts/build.js: where the bundle keeps the parsers, from the output file this code landed in.
declare const BLOG_READER_LIBRARIES: string | undefined;

type Yaml = typeof import('yaml');
type Toml = typeof import('smol-toml');

const loaded = new Map<string, unknown>();

/**
A front-matter parser, loaded the first time a header needs it. Most starts never do: an unchanged
archive comes from the index, and most front matter is simple enough for the reader in yaml.ts.
The bundle keeps each parser in a file of its own beside the chunks (~130 KB together) because
V8 compiles every byte of a file it imports, used or not: inside the archive's chunk they cost
`show` ~10 ms on every start. The archive is read synchronously, hence `require`. Run from source
(tests), Node resolves the package.
*/
function library<T>(name: 'yaml' | 'smol-toml'): T {
	let value = loaded.get(name);
	if (value === undefined) {
		const require = createRequire(import.meta.url);
		value = typeof BLOG_READER_LIBRARIES === 'string' ? require(fileURLToPath(new URL(`${BLOG_READER_LIBRARIES}${name}.cjs`, import.meta.url))) : require(name);
		loaded.set(name, value);
	}

	return value as T;
}

export const yaml = (): Yaml => library<Yaml>('yaml');
export const toml = (): Toml => library<Toml>('smol-toml');
