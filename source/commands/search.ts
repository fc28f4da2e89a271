import type {Archive} from '../archive/post.js';
import {postToJson} from '../archive/post.js';
import {createSearcher} from '../search/rank.js';
import {offerStoredIndexes} from '../search/stored-index.js';
import {sanitizeLine} from '../text/sanitize.js';
import {makeStyle} from '../text/style.js';
import {filterPosts, type PostFilter} from './filters.js';
import {exitCode, type CommandIO} from './io.js';
import {toJson} from './json.js';
import {formatRows} from './rows.js';

export interface SearchCommandOptions extends PostFilter {
	readonly json: boolean;
	readonly limit?: number;
}

/**
Searches all posts with the index a previous start stored (or builds it, answers, then stores
it), keeping only those the filters pass: one index serves every filter.
*/
export function search(archive: Archive, query: string, options: SearchCommandOptions, io: CommandIO): number {
	offerStoredIndexes(archive, message => {
		io.stderr.write(`blog-reader: ${sanitizeLine(message)}\n`);
	});
	const searcher = createSearcher(archive.posts);
	const passing = new Set(filterPosts(archive.posts, options));
	const matches = searcher(query, {limit: options.limit, where: post => passing.has(post)}).map(match => match.post);
	if (options.json) {
		io.stdout.write(`${toJson(matches.map(post => postToJson(post)))}\n`);
	} else if (matches.length > 0) {
		io.stdout.write(`${formatRows(matches, io.stdout.isTTY, io.stdout.columns, makeStyle(io.color))}\n`);
	}

	if (matches.length === 0) {
		io.stderr.write('blog-reader: no posts match\n');
	}

	searcher.persist();
	return matches.length === 0 ? exitCode.nothingFound : exitCode.ok;
}
