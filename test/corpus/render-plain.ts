import type {Archive, Post} from '../../source/archive/post.js';
import {renderPost} from '../../source/render/render.js';

/**
The one place the corpus test calls the renderer: the plain text a pipe gets (`show` piped), with
links as numbered references. Kept alone so a change of the render's return shape (a document
with lines) touches only this function.
*/
export async function renderPlain(post: Post, archive: Archive): Promise<string> {
	return renderPost(post, {
		width: 80,
		color: false,
		links: 'references',
		archiveRoot: archive.site.contentRoot,
		baseUrl: archive.site.baseUrl ?? undefined,
	});
}
