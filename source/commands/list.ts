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

const rowsPerWrite = 512;

export function list(archive: Archive, options: ListOptions, io: CommandIO): number {
	const filtered = filterPosts(options.pages ? archive.pages : archive.posts, options);
	const posts = options.sort === undefined || options.sort === 'newest' ? filtered : sortPostsBy(filtered, options.sort);
	if (options.json) {
		writeJsonArray(posts, post => postToJson(post), text => io.stdout.write(text));
	} else if (posts.length > 0 && !io.stdout.isTTY) {
		// A pipe gets its lines a slice at a time: the reader of the pipe starts at once, and no
		// string of every line is made. Piped lines do not depend on each other, unlike aligned columns.
		for (let start = 0; start < posts.length; start += rowsPerWrite) {
			io.stdout.write(`${formatRows(posts.slice(start, start + rowsPerWrite), false, io.stdout.columns, makeStyle(io.color))}\n`);
		}
	} else if (posts.length > 0) {
		io.stdout.write(`${formatRows(posts, true, io.stdout.columns, makeStyle(io.color))}\n`);
	}

	if (posts.length === 0) {
		io.stderr.write(`blog-reader: no ${options.pages ? 'pages' : 'posts'} ${options.tag || options.year ? 'match' : 'in this archive'}\n`);
		return exitCode.nothingFound;
	}

	return exitCode.ok;
}
