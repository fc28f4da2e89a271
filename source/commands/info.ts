import {relative} from 'node:path';
import type {Archive} from '../archive/post.js';
import {sanitizeLine} from '../text/sanitize.js';
import {exitCode} from '../output/exit-codes.js';
import type {CommandIO} from './io.js';
import {toJson} from './json.js';

/** What blog-reader made of the folder: which generator, where posts come from, what it counted. */
export function info(archive: Archive, options: {readonly json: boolean}, io: CommandIO): number {
	const facts = {
		root: archive.root,
		generator: archive.site.generator,
		content: relative(archive.root, archive.site.contentRoot) || '.',
		baseUrl: archive.site.baseUrl,
		posts: archive.posts.filter(post => post.status !== 'draft').length,
		pages: archive.pages.length,
		drafts: archive.drafts,
		skipped: archive.skipped.length,
	};
	if (options.json) {
		io.stdout.write(`${toJson(facts)}\n`);
		return exitCode.ok;
	}

	const rows: Array<[string, string]> = [
		['archive', facts.root],
		['generator', facts.generator],
		['content', facts.content],
		['base URL', facts.baseUrl ?? '-'],
		['posts', String(facts.posts)],
		['pages', String(facts.pages)],
		['drafts', String(facts.drafts)],
		['skipped', String(facts.skipped)],
	];
	const sep = io.stdout.isTTY ? '  ' : '\t';
	io.stdout.write(rows.map(([key, value]) => `${io.stdout.isTTY ? key.padEnd(9) : key}${sep}${sanitizeLine(value)}\n`).join(''));
	return exitCode.ok;
}
