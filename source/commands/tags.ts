import type {Archive, Post} from '../archive/post.js';
import {sanitizeLine} from '../text/sanitize.js';
import {makeStyle} from '../text/style.js';
import {exitCode, type CommandIO} from './io.js';
import {toJson} from './json.js';

export interface TagCount {
	readonly tag: string;
	readonly count: number;
}

/** Most used first; ties alphabetical. Tags differing only in case count as one. */
export function countTags(posts: readonly Post[]): TagCount[] {
	const counts = new Map<string, {tag: string; count: number}>();
	// One pass over each post's tags: a post counts once per tag, and the first spelling met names it.
	for (const post of posts) {
		const counted = new Set<string>();
		for (const spelling of post.tags) {
			const tag = spelling.toLowerCase();
			if (counted.has(tag)) {
				continue;
			}

			counted.add(tag);
			const entry = counts.get(tag);
			if (entry) {
				entry.count++;
			} else {
				counts.set(tag, {tag: spelling, count: 1});
			}
		}
	}

	return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

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
