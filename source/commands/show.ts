import {cachedPost} from '../archive/cache/cached-archive.js';
import type {Archive, Post, Skipped} from '../archive/post.js';
import {postToJson} from '../archive/post.js';
import type {RenderThread} from '../render/bounded.js';
import {renderedStore, renderingKey, type RenderedText} from '../render/cache/rendered-store.js';
import {renderable} from '../render/post-data.js';
import type {LinkStyle, RenderOptions} from '../render/render.js';
import {wordIndexStores} from '../search/cache/word-index-store.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import {exitCode} from '../output/exit-codes.js';
import type {CommandIO} from './io.js';
import {toJson} from './json.js';
import {renderSmallPostHere} from './render-here.js';
import {resolvePost} from './resolve.js';

export type ShowMode = 'styled' | 'plain' | 'raw' | 'json';

export interface ShowOptions {
	readonly mode: ShowMode;
	readonly width: number;
	/** How links look when styled; plain and piped output always use numbered references. */
	readonly links: LinkStyle;
	/** The render thread, or its script: the post renders there, within its budget. Without it: here. */
	readonly renderWorker?: URL | RenderThread;
}

export async function show(archive: Archive, wanted: string, options: ShowOptions, io: CommandIO): Promise<number> {
	const stores = wordIndexStores(archive, message => {
		io.stderr.write(`blog-reader: ${sanitizeLine(message)}\n`);
	});
	const found = await resolvePost(archive, wanted, {stored: stores.posts});
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
	const renderOptions = {
		width: options.width,
		color: styled,
		links: styled && io.stdout.isTTY ? options.links : 'references',
		archiveRoot: archive.site.contentRoot,
		siteRoot: archive.root,
		baseUrl: archive.site.baseUrl ?? undefined,
		keepLongLines: true,
	} as const;
	// Kept between runs only for an archive read through its index: `--no-cache` keeps nothing.
	const store = archive.fingerprint === undefined ? undefined : renderedStore(message => {
		io.stderr.write(`blog-reader: ${sanitizeLine(message)}\n`);
	});
	let document: RenderedText | undefined;
	try {
		// The body is read here (a file gone since the index was written fails like a render).
		const key = store && renderingKey(renderable(post), renderOptions);
		document = key === undefined ? undefined : store?.get(key);
		// Loaded here, not at the top: list, search and tags never pay for marked-terminal.
		if (document === undefined) {
			document = options.renderWorker
				? await renderSmallPostHere(post, renderOptions) ?? await renderBounded(options.renderWorker, post, renderOptions)
				: await (await import('../render/render.js')).renderDocument(post, renderOptions);
			if (key !== undefined) {
				store?.put(key, document);
			}
		}
	} catch (error) {
		// Its own exit code: 1 means nothing was found, and this post was.
		io.stderr.write(`blog-reader: cannot render ${sanitizeLine(post.path)}: ${sanitizeLine(error instanceof Error ? error.message : String(error))} (--raw shows its text)\n`);
		return exitCode.renderFailed;
	}

	io.stdout.write(`${document.lines.join('\n')}\n`);
	if (document.notice) {
		io.stderr.write(`blog-reader: ${sanitizeLine(post.path)}: ${sanitizeLine(document.notice)}\n`);
	}

	return exitCode.ok;
}

/** Renders on the budgeted render thread (the one given, else one started now), which ends with the command. */
async function renderBounded(script: URL | RenderThread, post: Post, options: RenderOptions) {
	const thread = script instanceof URL ? new (await import('../render/bounded.js')).RenderThread(script) : script;
	try {
		return await thread.render(post, options);
	} finally {
		thread.close();
	}
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
a full load would (see `cachedPost`): the folders' times (or, without them, a walk of names) and
one look at the post's file, instead of every file. Anything else (a path, a search, a changed
file, no index) goes through `load`, the command line's own full load with its errors and messages.
*/
export async function runShow(dir: string, wanted: string, options: RunShowOptions, io: CommandIO, load: () => Archive | Promise<Archive>): Promise<number> {
	// The render thread starts only for a post that needs it (see renderSmallPostHere): started
	// first, it loaded the renderer on the other core even for a post rendered here.
	const {renderWorker} = options;
	const indexed = cachedPost(dir, wanted, {drafts: options.drafts, cache: options.cache, onSkip: options.onSkip});
	try {
		return await show(indexed ?? await load(), wanted, {...options, renderWorker}, io);
	} finally {
		if (renderWorker !== undefined && !(renderWorker instanceof URL)) {
			renderWorker.close();
		}
	}
}
