import {join} from 'node:path';
import {codeStamp} from '../../state/code-stamp.js';
import {readJsonFile, removeStaleTemps, writeJsonFile} from '../../state/json-file.js';
import {keyedFileName, stateDirs} from '../../state/paths.js';
import {markUsed, removeUnused} from '../../state/unused.js';
import type {RenderablePost} from '../post-data.js';
import type {RenderOptions} from '../render.js';

/**
What `show` writes of a rendered post: its lines, and a notice for stderr when the render was cut
short (past its time or memory budget: such a rendering depends on the machine, and is not kept).
*/
export interface RenderedText {
	readonly lines: readonly string[];
	readonly notice?: string;
}

/** The renderings kept between runs, each by the key of what it was made from (renderingKey). */
export interface RenderedStore {
	/** The rendering made earlier for this key, or undefined. */
	get(key: string): RenderedText | undefined;
	/** Keeps a whole rendering for the next run; never throws (a folder we cannot write costs only time). */
	put(key: string, rendered: RenderedText): void;
}

// A rendering of a post this large is not kept: the cache folder stays small.
const maxKeptChars = 4 * 1024 * 1024;

// A rendering nobody asked for in a week goes, and at most this many are kept (~10 KB each for
// a post of a few pages): the cache folder stays small however many posts are shown.
const unusedAfterMs = 7 * 24 * 60 * 60 * 1000;
const keptAtMost = 1000;

/**
The key is everything the rendering is made of: the post's text and the header's fields, the
options (width, colour, link style, the site's folders and address), and the code that renders
(see codeStamp). A Markdown or HTML rendering reads nothing else, so a key that matches is the
same rendering. AsciiDoc is not kept: its `include::` reads other files, which no key names.
*/
export function renderingKey(post: RenderablePost, options: RenderOptions): string | undefined {
	if (post.format === 'asciidoc') {
		return undefined;
	}

	return JSON.stringify([codeStamp(import.meta.url), options, post]);
}

// Only the escapes our styling writes (SGR, OSC 8 with a printable target); anything else left
// in a kept rendering means the file is not one we wrote, and it is not written to a terminal.
const ourEscapes = /\u001B\[[\d;]*m|\u001B\]8;;[\u0021-\u007E]*(?:\u0007|\u001B\\)/g;
const controls = /[\u0000-\u001F\u007F-\u009F]/;

function isRenderedText(value: unknown): value is RenderedText {
	if (typeof value !== 'object' || value === null) {
		return false;
	}

	const {lines} = value as Partial<Record<keyof RenderedText, unknown>>;
	return Array.isArray(lines) && lines.every(line => typeof line === 'string' && !controls.test(line.replace(ourEscapes, '')));
}

/**
The renderings `show` keeps in blog-reader's cache folder (never in the archive), one small file
each, named by a hash of its key: a post shown again is read back instead of rendered, which
spares loading the renderer. When a new one is written, files unused for a week go, and all but
the last thousand used. A damaged file is one warning and a new rendering.
*/
export function renderedStore(onWarning?: (message: string) => void, env?: NodeJS.ProcessEnv): RenderedStore {
	const folder = join(stateDirs(env).cache, 'rendered');
	const fileOf = (key: string) => join(folder, keyedFileName(key));
	return {
		get(key) {
			const file = fileOf(key);
			const read = readJsonFile(file, isRenderedText);
			if (read.kind === 'invalid') {
				onWarning?.(`ignored the rendered post ${file}: ${read.reason}; rendering it again`);
			}

			if (read.kind !== 'ok') {
				return undefined;
			}

			markUsed(file);
			return read.value;
		},
		put(key, rendered) {
			if (rendered.notice !== undefined || rendered.lines.reduce((sum, line) => sum + line.length, 0) > maxKeptChars) {
				return;
			}

			const file = fileOf(key);
			try {
				writeJsonFile(file, {lines: rendered.lines});
			} catch {
				return;
			}

			removeStaleTemps(file);
			removeUnused(folder, '.json', unusedAfterMs, keptAtMost);
		},
	};
}
