import type {Archive} from '../archive/post.js';
import {postToJson} from '../archive/post.js';
import {searchPosts} from '../search/rank.js';
import {makeStyle} from '../text/style.js';
import {filterPosts, type PostFilter} from './filters.js';
import {exitCode, type CommandIO} from './io.js';
import {toJson} from './json.js';
import {formatRows} from './rows.js';

export interface SearchCommandOptions extends PostFilter {
	readonly json: boolean;
	readonly limit?: number;
}

export function search(archive: Archive, query: string, options: SearchCommandOptions, io: CommandIO): number {
	const posts = filterPosts(archive.posts, options);
	const matches = searchPosts(posts, query, {limit: options.limit}).map(match => match.post);
	if (options.json) {
		io.stdout.write(`${toJson(matches.map(post => postToJson(post)))}\n`);
	} else if (matches.length > 0) {
		io.stdout.write(`${formatRows(matches, io.stdout.isTTY, io.stdout.columns, makeStyle(io.color))}\n`);
	}

	if (matches.length === 0) {
		io.stderr.write('blog-reader: no posts match\n');
		return exitCode.nothingFound;
	}

	return exitCode.ok;
}
