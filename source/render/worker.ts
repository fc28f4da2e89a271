import {parentPort} from 'node:worker_threads';
import {headOf} from './first-screen.js';
import type {RenderablePost} from './post-data.js';
import {renderDocument, type RenderedDocument, type RenderOptions} from './render.js';

/**
The render thread. The main thread keeps answering keys and signals while a post renders here,
and ends this thread when a post takes longer or more memory than its budget (bounded.ts).
*/

export interface RenderRequest {
	readonly id: number;
	readonly post: RenderablePost;
	readonly options: RenderOptions;
	/** Send the head of a long post first (the reader); a pipe wants only the whole. */
	readonly headFirst: boolean;
}

export type RenderReply =
	| {readonly id: number; readonly kind: 'partial'; readonly document: RenderedDocument}
	| {readonly id: number; readonly kind: 'done'; readonly document: RenderedDocument}
	| {readonly id: number; readonly kind: 'error'; readonly message: string};

async function answer(request: RenderRequest): Promise<void> {
	const {id, post, options} = request;
	try {
		const head = request.headFirst ? headOf(post.body) : undefined;
		if (head !== undefined) {
			const document = await renderDocument({...post, body: head}, options);
			parentPort!.postMessage({id, kind: 'partial', document: {...document, partial: true}} satisfies RenderReply);
		}

		parentPort!.postMessage({id, kind: 'done', document: await renderDocument(post, options)} satisfies RenderReply);
	} catch (error) {
		parentPort!.postMessage({id, kind: 'error', message: error instanceof Error ? error.message : String(error)} satisfies RenderReply);
	}
}

// Loaded as the thread starts, while the main thread is still finding the post.
void import('./markdown.js');

parentPort?.on('message', (request: RenderRequest) => {
	void answer(request);
});
