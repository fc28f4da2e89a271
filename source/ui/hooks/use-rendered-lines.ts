import {useEffect, useState} from 'react';
import wrapAnsi from 'wrap-ansi';
import type {Post} from '../../archive/post.js';
import type {RenderOptions} from '../../render/render.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {columnsUpTo} from '../../text/width.js';

export type PostRenderer = (post: Post, options: RenderOptions) => Promise<string>;

/** Rendered lines per post and per rendering options; a resize back to a seen width is instant. */
export type RenderCache = WeakMap<Post, Map<string, readonly string[]>>;

export function createRenderCache(): RenderCache {
	return new WeakMap();
}

function cacheKey(options: RenderOptions): string {
	return `${options.width}\u0000${options.color}\u0000${options.links}`;
}

// The only sequences the renderer writes: SGR and OSC 8.
const ownSequences = /\u001B\[[\d;]*m|\u001B\]8;;[^\u0007\u001B]*(?:\u0007|\u001B\\)/g;

function fits(line: string, width: number): boolean {
	// Stripped first so that escapes do not count towards the measured head's length.
	return columnsUpTo(line.replace(ownSequences, ''), width) <= width;
}

/**
Splits rendered text into screen lines. The renderer wraps to the width already; wrapping again
is the guard for what it cannot wrap (wide tables, long words), since a line wider than the
terminal would push the whole frame down. Only lines that need it are wrapped again: wrap-ansi
over a whole post of several megabytes takes half a minute, measuring its lines well under one.
*/
export function toLines(text: string, width: number): string[] {
	const columns = Math.max(1, width);
	const lines: string[] = [];
	for (const line of text.replace(/\s+$/, '').split('\n')) {
		if (fits(line, columns)) {
			lines.push(line);
		} else {
			lines.push(...wrapAnsi(line, columns, {hard: true, trim: false}).split('\n'));
		}
	}

	return lines.length === 0 ? [''] : lines;
}

export interface RenderedLines {
	/** The lines to show: the current rendering, or the last one of this post while a new width renders. */
	readonly lines: readonly string[] | undefined;
	readonly error: string | undefined;
}

export function useRenderedLines(post: Post | undefined, options: RenderOptions, render: PostRenderer, cache: RenderCache): RenderedLines {
	const key = cacheKey(options);
	const cached = post ? cache.get(post)?.get(key) : undefined;
	const [latest, setLatest] = useState<{readonly post: Post; readonly lines: readonly string[]} | undefined>();
	const [failure, setFailure] = useState<{readonly post: Post; readonly message: string} | undefined>();
	const {width, color, links} = options;

	useEffect(() => {
		if (!post) {
			return;
		}

		const known = cache.get(post)?.get(key);
		if (known) {
			setLatest({post, lines: known});
			return;
		}

		let current = true;
		render(post, {width, color, links}).then(text => {
			const lines = toLines(text, width);
			const perPost = cache.get(post) ?? new Map<string, readonly string[]>();
			perPost.set(key, lines);
			cache.set(post, perPost);
			if (current) {
				setLatest({post, lines});
			}
		}, (error: unknown) => {
			if (current) {
				setFailure({post, message: sanitizeLine(error instanceof Error ? error.message : String(error))});
			}
		});
		return () => {
			current = false;
		};
	}, [post, key, width, color, links, render, cache]);

	const stale = latest && latest.post === post ? latest.lines : undefined;
	return {
		lines: cached ?? stale,
		error: failure && failure.post === post && !cached && !stale ? failure.message : undefined,
	};
}
