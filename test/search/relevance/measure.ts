import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {loadArchive} from '../../../source/archive/load.js';
import {searchPosts} from '../../../source/search/rank.js';
import {relevanceBlogs} from './queries.js';

/** Where the real blogs are: `BLOG_READER_CORPUS`, else a `corpus` folder beside the repository. */
export const corpusRoot = resolve(process.env['BLOG_READER_CORPUS'] ?? join(import.meta.dirname, '..', '..', '..', '..', 'corpus'));

export interface Measured {
	readonly blog: string;
	readonly query: string;
	readonly wanted: string;
	/** 1 is the top; null when the post is not among the first `depth` results. */
	readonly rank: number | null;
}

const depth = 100;

/** Each query's rank of its wanted post, for the blogs present under the corpus. */
export function measureRelevance(): {readonly measured: Measured[]; readonly missing: string[]} {
	const measured: Measured[] = [];
	const missing: string[] = [];
	for (const blog of relevanceBlogs) {
		const folder = join(corpusRoot, blog.folder);
		if (!existsSync(folder)) {
			missing.push(blog.folder);
			continue;
		}

		const {posts} = loadArchive(folder);
		for (const {query, wanted} of blog.queries) {
			const at = searchPosts(posts, query, {limit: depth}).findIndex(match => match.post.slug === wanted);
			measured.push({blog: blog.folder, query, wanted, rank: at < 0 ? null : at + 1});
		}
	}

	return {measured, missing};
}
