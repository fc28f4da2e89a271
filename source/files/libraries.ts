import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';

// Set by scripts/build.js: where the bundle keeps these libraries, from the output file this code landed in.
declare const BLOG_READER_LIBRARIES: string | undefined;

type Yaml = typeof import('yaml');
type Toml = typeof import('smol-toml');
type Entities = typeof import('entities/decode');

const loaded = new Map<string, unknown>();

/**
A library loaded the first time a text needs it: a front-matter parser for a header, the HTML
entity tables for a `&name;`. Most starts never do: an unchanged archive comes from the index,
most front matter is simple enough for the reader in yaml.ts, and most text has no reference.
The bundle keeps each in a file of its own beside the chunks (~170 KB together) because V8
compiles every byte of a file it imports, used or not: inside the archive's chunk the parsers cost
`show` ~10 ms on every start, and the entity tables (~40 KB, a trie decoded as the module runs)
~3 ms more. The archive is read synchronously, hence `require`. Run from source (tests), Node
resolves the package.
*/
function library<T>(name: 'yaml' | 'smol-toml' | 'entities/decode'): T {
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
export const entities = (): Entities => library<Entities>('entities/decode');
