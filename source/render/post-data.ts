import type {Post} from '../archive/post.js';

/**
What the renderer reads of a post, as plain data: a Post's body loads lazily through a getter,
which cannot cross to a worker thread, so the fields are copied out once.
*/
export type RenderablePost = Pick<Post, 'title' | 'date' | 'tags' | 'authors' | 'minutes' | 'format' | 'file' | 'body'>;

export function renderable(post: Post): RenderablePost {
	return {
		title: post.title,
		date: post.date,
		tags: [...post.tags],
		authors: [...post.authors],
		minutes: post.minutes,
		format: post.format,
		file: post.file,
		body: post.body,
	};
}
