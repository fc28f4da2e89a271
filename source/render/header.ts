import type {Post} from '../archive/post.js';
import {sanitizeLine} from '../text/sanitize.js';
import {wrapLines} from './wrap.js';

/**
The block at the top of every rendered post: title, then date, authors, tags and reading time.
Light on purpose (no marked, no chalk) so the list UI can draw it before the renderer loads.
*/

export interface HeaderOptions {
	readonly width: number;
	readonly color: boolean;
}

const bold = (text: string) => `\u001B[1m${text}\u001B[22m`;
const dim = (text: string) => `\u001B[2m${text}\u001B[22m`;

/** `5 min read`; never `0 min read` for a post that has words. */
export function readingTime(minutes: number): string {
	return `${Math.max(1, Math.round(minutes))} min read`;
}

/** The facts line under the title: `2017-02-03 · by Ana · english, p2p · 5 min read`. */
export function headerFacts(post: Pick<Post, 'date' | 'tags' | 'authors' | 'minutes'>): string {
	const facts: string[] = [];
	if (post.date) {
		facts.push(sanitizeLine(post.date));
	}

	const authors = post.authors.map(author => sanitizeLine(author).trim()).filter(Boolean);
	if (authors.length > 0) {
		facts.push(`by ${authors.join(', ')}`);
	}

	const tags = post.tags.map(tag => sanitizeLine(tag).trim()).filter(Boolean);
	if (tags.length > 0) {
		facts.push(tags.join(', '));
	}

	facts.push(readingTime(post.minutes));
	return facts.join(' · ');
}

/** The header block, wrapped to `width`, ending with a rule and no trailing newline. */
export function renderHeader(post: Pick<Post, 'title' | 'date' | 'tags' | 'authors' | 'minutes'>, options: HeaderOptions): string {
	const width = Math.max(2, Math.floor(options.width));
	const title = sanitizeLine(post.title).trim() || 'Untitled';
	const facts = headerFacts(post);
	const rule = '─'.repeat(Math.min(width, 80));
	const lines = options.color
		? [bold(title), dim(facts), dim(rule)]
		: [title, facts, rule];
	return wrapLines(lines.join('\n'), width);
}
