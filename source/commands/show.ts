import {findIndexedArchive} from '../archive/indexed.js';
import type {Archive, Skipped} from '../archive/post.js';
import {postToJson} from '../archive/post.js';
import type {LinkStyle} from '../render/render.js';
import {offerStoredIndexes} from '../search/stored-index.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import {exitCode, type CommandIO} from './io.js';
import {toJson} from './json.js';
import {resolvePost} from './resolve.js';

export type ShowMode = 'styled' | 'plain' | 'raw' | 'json';

export interface ShowOptions {
	readonly mode: ShowMode;
	readonly width: number;
	/** How links look when styled; plain and piped output always use numbered references. */
	readonly links: LinkStyle;
}

export async function show(archive: Archive, wanted: string, options: ShowOptions, io: CommandIO): Promise<number> {
	offerStoredIndexes(archive, message => {
		io.stderr.write(`blog-reader: ${sanitizeLine(message)}\n`);
	});
	const found = resolvePost(archive, wanted);
	switch (found.kind) {
		case 'refused': {
			io.stderr.write(`blog-reader: refused ${sanitizeLine(wanted)}: ${found.reason}\n`);
			return exitCode.usage;
		}

		case 'none': {
			io.stderr.write(`blog-reader: no post matches ${sanitizeLine(wanted)}\n`);
			return exitCode.nothingFound;
		}

		case 'ambiguous': {
			io.stderr.write(`blog-reader: ${sanitizeLine(wanted)} matches several posts; name one by slug:\n`);
			io.stderr.write(found.candidates.map(post => `  ${sanitizeLine(post.slug)}\t${post.date ?? ''}\t${sanitizeLine(post.title)}\n`).join(''));
			return exitCode.nothingFound;
		}

		case 'found': {
			break;
		}
	}

	const {post} = found;
	if (options.mode === 'json') {
		io.stdout.write(`${toJson(postToJson(post, true))}\n`);
		return exitCode.ok;
	}

	if (options.mode === 'raw') {
		const body = sanitizeText(post.body);
		io.stdout.write(body.endsWith('\n') ? body : `${body}\n`);
		return exitCode.ok;
	}

	const styled = options.mode === 'styled' && io.color;
	// Loaded here, not at the top: list, search and tags never pay for marked-terminal.
	const {renderPost} = await import('../render/render.js');
	const text = await renderPost(post, {
		width: options.width,
		color: styled,
		links: styled && io.stdout.isTTY ? options.links : 'references',
		archiveRoot: archive.site.contentRoot,
		baseUrl: archive.site.baseUrl ?? undefined,
	});
	io.stdout.write(`${text}\n`);
	return exitCode.ok;
}

export interface RunShowOptions extends ShowOptions {
	readonly drafts?: boolean;
	/** `false` (`--no-cache`): always the full load. */
	readonly cache?: boolean;
	/** Reports a file passed over, as the full load's `onSkip` does, when the index answers. */
	readonly onSkip?: (skipped: Skipped) => void;
}

/**
`show` from the command line. A slug is answered from the archive's index when it can give what
a full load would (see `findIndexedArchive`): one walk of names and one look at the post's file,
instead of every file. Anything else (a path, a search, a changed file, no index) goes through
`load`, the command line's own full load with its errors and messages.
*/
export async function runShow(dir: string, wanted: string, options: RunShowOptions, io: CommandIO, load: () => Archive): Promise<number> {
	const indexed = findIndexedArchive(dir, wanted, {drafts: options.drafts, cache: options.cache, onSkip: options.onSkip});
	return show(indexed ?? load(), wanted, options, io);
}
