import type {Archive} from '../archive/post.js';
import {postToJson} from '../archive/post.js';
import {sortPostsBy, type SortOrder} from '../search/sort-order.js';
import {makeStyle} from '../text/style.js';
import {filterPosts, type PostFilter} from './filters.js';
import {exitCode} from '../output/exit-codes.js';
import type {CommandIO} from './io.js';
import {writeJsonArray} from './json.js';
import {formatRows} from './rows.js';

export interface ListOptions extends PostFilter {
	readonly json: boolean;
	/** List `type=page` entries instead of posts. */
	readonly pages: boolean;
	/** Newest first unless asked otherwise (`--sort oldest|title`). */
	readonly sort?: SortOrder;
}

export function list(archive: Archive, options: ListOptions, io: CommandIO): number {
	const filtered = filterPosts(options.pages ? archive.pages : archive.posts, options);
	const posts = options.sort === undefined || options.sort === 'newest' ? filtered : sortPostsBy(filtered, options.sort);
	if (options.json) {
		writeJsonArray(posts, post => postToJson(post), text => io.stdout.write(text));
	} else if (posts.length > 0) {
		io.stdout.write(`${formatRows(posts, io.stdout.isTTY, io.stdout.columns, makeStyle(io.color))}\n`);
	}

	if (posts.length === 0) {
		io.stderr.write(`blog-reader: no ${options.pages ? 'pages' : 'posts'} ${options.tag || options.year ? 'match' : 'in this archive'}\n`);
		return exitCode.nothingFound;
	}

	return exitCode.ok;
}
