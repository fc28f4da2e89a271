import type {Post} from '../../source/archive/post.js';

/** A post with every field of the contract filled; tests name only what they are about. */
export function makePost(fields: Partial<Post> & {readonly title: string}): Post {
	const slug = fields.slug ?? fields.title.toLowerCase().replace(/\W+/g, '-');
	return {
		slug,
		date: '2020-01-01',
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

export const titles = (matches: ReadonlyArray<{readonly post: Post}>): string[] => matches.map(match => match.post.title);

/** The highlighted parts of a match's title, as a reader would see them. */
export function highlighted(match: {readonly post: Post; readonly titleRanges: ReadonlyArray<readonly [number, number]>}): string[] {
	return match.titleRanges.map(([start, end]) => match.post.title.slice(start, end));
}
