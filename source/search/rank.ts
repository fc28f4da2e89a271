import type {Post} from '../archive/post.js';

export interface Match {
	readonly post: Post;
	/** Higher is better; only comparable within one query. */
	readonly score: number;
	/** Matched character ranges in `post.title`, `[start, end)` in UTF-16 indices, for highlighting. */
	readonly titleRanges: ReadonlyArray<readonly [number, number]>;
}

export interface SearchOptions {
	readonly limit?: number;
}

export type Searcher = (query: string, options?: SearchOptions) => Match[];

/**
STUB: replaced by the real ranking. Builds whatever index the posts need once; the returned
function answers each query. An empty query gives every post in archive order.
*/
export function createSearcher(posts: readonly Post[]): Searcher {
	return (query, options = {}) => {
		const q = query.trim().toLowerCase();
		const hits = posts
			.filter(post => q === '' || post.title.toLowerCase().includes(q))
			.map(post => ({post, score: 0, titleRanges: []}));
		return options.limit === undefined ? hits : hits.slice(0, options.limit);
	};
}

/** One-shot search for commands. */
export function searchPosts(posts: readonly Post[], query: string, options?: SearchOptions): Match[] {
	return createSearcher(posts)(query, options);
}
