import type {Post} from '../../source/archive/post.js';

/**
A post with every field of the contract filled, so tests name only what they are about. Each
test area wraps it with the defaults its assertions read (a date, a body).
*/
export function postWith(fields: Partial<Post> & {readonly title: string}): Post {
	const slug = fields.slug ?? fields.title.toLowerCase().replace(/\W+/g, '-');
	return {
		slug,
		date: null,
		tags: [],
		authors: [],
		status: 'published',
		type: 'post',
		summary: '',
		words: 0,
		minutes: 1,
		path: `${slug}.md`,
		section: null,
		format: 'markdown',
		body: '',
		file: `/archive/${slug}.md`,
		...fields,
	};
}
