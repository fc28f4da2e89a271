import type {Post} from '../archive/post.js';

export interface PostFilter {
	readonly tag?: string;
	readonly year?: number;
}

/** `--tag` matches a tag case-insensitively; `--year` the year of the post's date. */
export function filterPosts(posts: readonly Post[], filter: PostFilter): Post[] {
	const tag = filter.tag?.trim().toLowerCase();
	const year = filter.year === undefined ? undefined : String(filter.year);
	return posts.filter(post =>
		(tag === undefined || tag === '' || post.tags.some(t => t.toLowerCase() === tag))
		&& (year === undefined || post.date?.slice(0, 4) === year));
}
