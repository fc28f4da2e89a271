import {useEffect, useState} from 'react';
import type {Post} from '../../../archive/post.js';
import type {RenderCall} from '../../../render/bounded.js';
import type {RenderedDocument, RenderOptions} from '../../../render/render.js';
import {sanitizeLine} from '../../../text/sanitize.js';

/**
The open post's document for the screen's width: the render stage wraps, the reader only draws.
A layer of cache around the renderer: a resize back to a seen width is instant.
*/

export type DocumentRenderer = (post: Post, options: RenderOptions, call?: RenderCall) => Promise<RenderedDocument>;

/** Documents per post and per rendering options. */
export type DocumentCache = WeakMap<Post, Map<string, RenderedDocument>>;

export function createDocumentCache(): DocumentCache {
	return new WeakMap();
}

function cacheKey(options: RenderOptions): string {
	return `${options.width}\u0000${options.color}\u0000${options.links}\u0000${options.imageRows ?? 0}\u0000${options.numberLinks === true}`;
}

export interface OpenDocument {
	/** The document to show: this width's, or the last one of this post while a new width renders. */
	readonly document: RenderedDocument | undefined;
	readonly error: string | undefined;
}

/** `extra`: options that stay the same for an archive (its root, its URL); keep it one object. */
export function useDocument(post: Post | undefined, options: RenderOptions, extra: Partial<RenderOptions>, render: DocumentRenderer, cache: DocumentCache): OpenDocument {
	const key = cacheKey(options);
	const cached = post ? cache.get(post)?.get(key) : undefined;
	const [latest, setLatest] = useState<{readonly post: Post; readonly document: RenderedDocument} | undefined>();
	const [failure, setFailure] = useState<{readonly post: Post; readonly message: string} | undefined>();
	const {width, color, links, imageRows, numberLinks} = options;

	useEffect(() => {
		if (!post) {
			return;
		}

		const known = cache.get(post)?.get(key);
		if (known) {
			setLatest({post, document: known});
			return;
		}

		let current = true;
		const abort = new AbortController();
		const onPartial = (document: RenderedDocument) => {
			if (current) {
				setLatest({post, document});
			}
		};

		render(post, {width, color, links, imageRows, numberLinks, ...extra}, {onPartial, signal: abort.signal}).then(document => {
			// A first-screen document (a long post's head) is shown but not kept: the whole one follows.
			if (!document.partial) {
				const perPost = cache.get(post) ?? new Map<string, RenderedDocument>();
				perPost.set(key, document);
				cache.set(post, perPost);
			}

			if (current) {
				setLatest({post, document});
			}
		}, (error: unknown) => {
			if (current && !abort.signal.aborted) {
				setFailure({post, message: sanitizeLine(error instanceof Error ? error.message : String(error))});
			}
		});
		return () => {
			current = false;
			abort.abort();
		};
	}, [post, key, width, color, links, imageRows, numberLinks, extra, render, cache]);

	const stale = latest && latest.post === post ? latest.document : undefined;
	return {
		document: cached ?? stale,
		error: failure && failure.post === post && !cached && !stale ? failure.message : undefined,
	};
}
