import {runInNewContext} from 'node:vm';
import type {Post} from '../archive/post.js';
import type {RenderedDocument, RenderOptions} from '../render/render.js';

/**
A post this small in Markdown renders on the main thread: starting the render thread and
loading the renderer into it cost `show` more than such a post's render. Larger posts, and
AsciiDoc and HTML (whose conversion runs before any synchronous part), go to the thread.
*/
const smallPost = 64 * 1024;

/**
The time the main thread gives such a post. Past it V8 stops the render (`vm`'s timeout ends
whatever the script calls), and the post goes to the render thread with its full budget, as
every post did: a small post made to be slow is still cut off by the thread's budget.
*/
const hereMs = 500;

/** The post rendered here, or undefined when it is not small Markdown or took too long. */
export async function renderSmallPostHere(post: Post, options: RenderOptions, timeMs = hereMs): Promise<RenderedDocument | undefined> {
	if (post.format !== 'markdown' || post.body.length > smallPost) {
		return undefined;
	}

	const {markdownRenderer} = await import('../render/render.js');
	const render = await markdownRenderer(post, options);
	try {
		return runInNewContext('render()', {render}, {timeout: timeMs}) as RenderedDocument;
	} catch (error) {
		if ((error as NodeJS.ErrnoException | undefined)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
			return undefined;
		}

		throw error;
	}
}
