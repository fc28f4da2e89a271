import type {Archive} from '../archive/post.js';
import {postToJson} from '../archive/post.js';
import {parseQuery} from '../search/query.js';
import {createSearcher, type Match} from '../search/rank.js';
import {type Snippet, snippetOf} from '../search/snippet.js';
import {comparePosts, type SortOrder} from '../search/sort-order.js';
import {wordIndexStores} from '../search/cache/word-index-store.js';
import {sanitizeLine} from '../text/sanitize.js';
import {makeStyle, type Style} from '../text/style.js';
import {columns, truncate} from '../text/width.js';
import {filterPosts, type PostFilter} from './filters.js';
import {exitCode} from '../output/exit-codes.js';
import type {CommandIO} from './io.js';
import {writeJsonArray} from './json.js';
import {formatRows} from './rows.js';

export interface SearchCommandOptions extends PostFilter {
	readonly json: boolean;
	/** A line of the text around the hit with each match: always on a terminal, else when asked. */
	readonly snippets?: boolean;
	readonly limit?: number;
	/** What `is:read` and `is:unread` ask (the read state); without it every post is unread. */
	readonly isRead?: (slug: string) => boolean;
	/** Best first unless asked otherwise (`--sort newest|oldest|title`); `--limit` counts after sorting. */
	readonly sort?: SortOrder;
}

/**
Searches all posts with the index a previous start stored (or builds it, answers, then stores
it), keeping only those the filters pass: one index serves every filter. A filter the query
language cannot read (`year:20x7`) is a usage error naming it. Piped, each line is
`date<TAB>title<TAB>tags<TAB>slug`, and `--snippets` adds the snippet as a fifth field; on a
terminal the snippet is a line under the title with the hits highlighted. `--json` adds each
match's `score` and `fields` to the post (and `titleRanges` and `snippet` with `--snippets`).
*/
export function search(archive: Archive, query: string, options: SearchCommandOptions, io: CommandIO): number {
	const {problems, include} = parseQuery(query);
	if (problems.length > 0) {
		for (const problem of problems) {
			io.stderr.write(`blog-reader: ${problem.token === '' ? '' : `${sanitizeLine(problem.token)}: `}${problem.message}\n`);
		}

		return exitCode.usage;
	}

	const stores = wordIndexStores(archive, message => {
		io.stderr.write(`blog-reader: ${sanitizeLine(message)}\n`);
	});
	const searcher = createSearcher(archive.posts, {stored: stores.posts});
	// Without --tag or --year every post passes: no set of them all, no look-up per post.
	const filtered = options.tag !== undefined || options.year !== undefined;
	const passing = filtered ? new Set(filterPosts(archive.posts, options)) : undefined;
	const sorted = options.sort !== undefined && options.sort !== 'relevance';
	const found = searcher(query, {limit: sorted ? undefined : options.limit, where: passing === undefined ? undefined : post => passing.has(post), isRead: options.isRead});
	const matches = sorted ? sortMatches(found, options.sort!, options.limit) : found;
	const terminal = io.stdout.isTTY;
	const withSnippets = options.snippets === true || (terminal && !options.json);
	const snippet = (match: Match): Snippet | undefined => (withSnippets ? snippetFor(match, include) : undefined);
	if (options.json) {
		writeJsonArray(matches, match => matchToJson(match, withSnippets, snippet(match)), text => io.stdout.write(text));
	} else if (matches.length > 0) {
		io.stdout.write(`${terminal ? terminalRows(matches, snippet, io) : tabbedRows(matches, snippet)}\n`);
	}

	if (matches.length === 0) {
		io.stderr.write('blog-reader: no posts match\n');
	}

	searcher.persist();
	return matches.length === 0 ? exitCode.nothingFound : exitCode.ok;
}

/** The matches in `order` (newest first, ...), best first among equals, the first `limit` of them. */
function sortMatches(matches: readonly Match[], order: SortOrder, limit: number | undefined): Match[] {
	const compare = comparePosts(order);
	return [...matches].sort((a, b) => compare(a.post, b.post)).slice(0, limit);
}

/** The snippet of a match found in its summary or body, or none for a hit only in its names. */
function snippetFor(match: Match, terms: Parameters<typeof snippetOf>[1]): Snippet | undefined {
	const {fields, post} = match;
	if (fields.includes('summary')) {
		const found = snippetOf(post.summary, terms);
		if (found !== undefined) {
			return found;
		}
	}

	return fields.includes('body') ? snippetOf(post.body, terms) : undefined;
}

/**
A post with its `score` and `fields`; with `--snippets` also its `titleRanges` and `snippet`:
highlight ranges cost about as much as the ranking itself over the ten thousand matches of a
short query, and only a caller that draws highlights needs them.
*/
function matchToJson(match: Match, highlights: boolean, snippet: Snippet | undefined): Record<string, unknown> {
	// Added to the post's object, not spread into a new one: ten thousand copies showed.
	const json = postToJson(match.post);
	json['score'] = match.score;
	json['fields'] = match.fields;
	if (highlights) {
		json['titleRanges'] = match.titleRanges;
		if (snippet !== undefined) {
			json['snippet'] = snippet;
		}
	}

	return json;
}

function tabbedRows(matches: readonly Match[], snippet: (match: Match) => Snippet | undefined): string {
	const rows = formatRows(matches.map(match => match.post), false, 80, makeStyle(false)).split('\n');
	return rows.map((row, at) => {
		const found = snippet(matches[at]!);
		return found === undefined ? row : `${row}\t${sanitizeLine(found.text).replaceAll('\t', ' ')}`;
	}).join('\n');
}

function terminalRows(matches: readonly Match[], snippet: (match: Match) => Snippet | undefined, io: CommandIO): string {
	const style = makeStyle(io.color);
	const rows = formatRows(matches.map(match => match.post), true, io.stdout.columns, style).split('\n');
	return rows.map((row, at) => {
		const found = snippet(matches[at]!);
		return found === undefined ? row : `${row}\n            ${highlight(found, io.stdout.columns - 12, style)}`;
	}).join('\n');
}

/** The snippet cut to `width` columns, its hits in the accent colour (none without colour). */
function highlight({text, ranges}: Snippet, width: number, style: Style): string {
	const pieces: Array<readonly [string, boolean]> = [];
	let at = 0;
	for (const [start, end] of ranges) {
		pieces.push([text.slice(at, start), false], [text.slice(start, end), true]);
		at = end;
	}

	pieces.push([text.slice(at), false]);
	// Cut piece by piece: the styles' escapes must never be counted or cut.
	let left = Math.max(10, width);
	let out = '';
	for (const [piece, hit] of pieces) {
		const clean = sanitizeLine(piece);
		const cut = truncate(clean, left);
		out += hit ? style.accent(cut) : style.dim(cut);
		left -= columns(cut);
		if (cut !== clean || left <= 0) {
			break;
		}
	}

	return out;
}
