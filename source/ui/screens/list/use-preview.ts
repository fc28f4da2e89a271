import {useEffect, useState} from 'react';
import type {Post} from '../../../archive/post.js';
import type {RenderOptions} from '../../../render/render.js';
import {useDocument, type DocumentCache, type DocumentRenderer} from '../reader/use-document.js';

/**
How long the selection must rest before its post is rendered for the preview: holding `j`
down renders nothing until it stops, so keys never queue behind renders.
*/
export const previewDelayMs = 120;

/**
The preview pane's lines for the selected post, rendered as the reader renders (the same
renderer, on its thread) at the pane's width, once the selection has rested. Undefined while
the selected post's render is coming: a render for a post no longer selected is discarded
(and stopped), never shown for another.
*/
export function usePreview(post: Post | undefined, options: RenderOptions, extra: Partial<RenderOptions>, render: DocumentRenderer, cache: DocumentCache): readonly string[] | undefined {
	const [rested, setRested] = useState<Post | undefined>(undefined);
	useEffect(() => {
		if (post === undefined) {
			setRested(undefined);
			return;
		}

		const timer = setTimeout(() => {
			setRested(post);
		}, previewDelayMs);
		return () => {
			clearTimeout(timer);
		};
	}, [post]);
	const {document} = useDocument(rested, options, extra, render, cache);
	return rested === post ? document?.lines : undefined;
}
