import type {Archive} from '../archive/post.js';
import {countTags} from '../search/tag-counts.js';
import {sanitizeLine} from '../text/sanitize.js';
import {makeStyle} from '../text/style.js';
import {exitCode} from '../output/exit-codes.js';
import type {CommandIO} from './io.js';
import {toJson} from './json.js';

export {countTags, type TagCount} from '../search/tag-counts.js';

export function tags(archive: Archive, options: {readonly json: boolean}, io: CommandIO): number {
	const counts = countTags(archive.posts);
	if (options.json) {
		io.stdout.write(`${toJson(counts)}\n`);
	} else if (io.stdout.isTTY) {
		const style = makeStyle(io.color);
		const digits = String(counts[0]?.count ?? 0).length;
		io.stdout.write(counts.map(({tag, count}) => `${style.dim(String(count).padStart(digits))}  ${style.tag(sanitizeLine(tag))}\n`).join(''));
	} else {
		io.stdout.write(counts.map(({tag, count}) => `${sanitizeLine(tag)}\t${count}\n`).join(''));
	}

	if (counts.length === 0) {
		io.stderr.write('blog-reader: no tags in this archive\n');
		return exitCode.nothingFound;
	}

	return exitCode.ok;
}
