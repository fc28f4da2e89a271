import type {Post} from '../../source/archive/post.js';
import {postWith} from '../helpers/post.js';

/** A post for ranking tests: dated alike, so only what a test names decides the order. */
export function makePost(fields: Partial<Post> & {readonly title: string}): Post {
	return postWith({date: '2020-01-01', ...fields});
}

export const titles = (matches: ReadonlyArray<{readonly post: Post}>): string[] => matches.map(match => match.post.title);

/** The highlighted parts of a match's title, as a reader would see them. */
export function highlighted(match: {readonly post: Post; readonly titleRanges: ReadonlyArray<readonly [number, number]>}): string[] {
	return match.titleRanges.map(([start, end]) => match.post.title.slice(start, end));
}
