import type {Post} from '../archive/post.js';
import type {ThemeName} from '../output/theme-choice.js';
import {sanitizeLine} from '../text/sanitize.js';
import {titleParts} from '../text/title-markup.js';
import {columns} from '../text/width.js';
import {wrapLines} from './wrap.js';

/**
The block at the top of every rendered post: title, then date, authors, tags and reading time.
Light on purpose (no marked, no chalk) so the list UI can draw it before the renderer loads.
*/

export interface TitleBlockOptions {
	readonly width: number;
	readonly color: boolean;
	/** The reader's palette (the title's colour); dark when absent. */
	readonly theme?: ThemeName;
}

const sgr = (open: string, close: string) => (text: string) => `\u001B[${open}m${text}\u001B[${close}m`;
const bold = sgr('1', '22');
const dim = sgr('2', '22');
// The same colours as the list's header and its code spans (ui/theme.tsx): cyan or blue, green.
const titleColour: Record<ThemeName, (text: string) => string> = {dark: sgr('36', '39'), light: sgr('34', '39')};
const code = sgr('32', '39');

/** `5 min read`; never `0 min read` for a post that has words. */
export function readingTime(minutes: number): string {
	return `${Math.max(1, Math.round(minutes))} min read`;
}

const separator = ' · ';

/** The facts under the title, one entry each: date, `by Ana`, the tags, the reading time. */
function factsOf(post: Pick<Post, 'date' | 'tags' | 'authors' | 'minutes'>): string[][] {
	const facts: string[][] = [];
	if (post.date) {
		facts.push([sanitizeLine(post.date)]);
	}

	const authors = post.authors.map(author => sanitizeLine(author).trim()).filter(Boolean);
	if (authors.length > 0) {
		facts.push([`by ${authors.join(', ')}`]);
	}

	const tags = post.tags.map(tag => sanitizeLine(tag).trim()).filter(Boolean);
	if (tags.length > 0) {
		facts.push(tags);
	}

	facts.push([readingTime(post.minutes)]);
	return facts;
}

/** The facts line under the title: `2017-02-03 · by Ana · english, p2p · 5 min read`. */
export function titleBlockFacts(post: Pick<Post, 'date' | 'tags' | 'authors' | 'minutes'>): string {
	return factsOf(post).map(fact => fact.join(', ')).join(separator);
}

/**
The facts in lines of at most `width` columns, broken only at their ` · ` separators; a list of
tags too long for a line of its own breaks between tags, after a comma. Only a single word wider
than the whole line is cut (by the wrapper, as any text).
*/
function factLines(facts: readonly string[][], width: number): string[] {
	const lines: string[] = [];
	let line = '';
	const add = (piece: string, glue: string): void => {
		if (line === '') {
			line = piece;
		} else if (columns(line) + columns(glue) + columns(piece) <= width) {
			line += glue + piece;
		} else {
			lines.push(line);
			line = piece;
		}
	};

	for (const fact of facts) {
		const whole = fact.join(', ');
		if (columns(whole) <= width || fact.length === 1) {
			add(whole, separator);
			continue;
		}

		fact.forEach((tag, index) => {
			const last = index === fact.length - 1;
			add(last ? tag : `${tag},`, index === 0 ? separator : ' ');
		});
	}

	if (line !== '') {
		lines.push(line);
	}

	return lines;
}

/** The title as the screen draws it: code spans without backticks, in the code colour. */
function styledTitle(title: string, theme: ThemeName): string {
	const colour = titleColour[theme];
	return bold(titleParts(title).map(part => (part.code ? code(part.text) : colour(part.text))).join(''));
}

/**
The header block, wrapped to `width`, ending with a rule and no trailing newline. Without colour
(a pipe) the title is printed as written, backticks and all; with colour its code spans are drawn
as code.
*/
export function renderTitleBlock(post: Pick<Post, 'title' | 'date' | 'tags' | 'authors' | 'minutes'>, options: TitleBlockOptions): string {
	const width = Math.max(2, Math.floor(options.width));
	const title = sanitizeLine(post.title).trim() || 'Untitled';
	const facts = factLines(factsOf(post), width);
	const rule = '─'.repeat(Math.min(width, 80));
	const lines = options.color
		? [styledTitle(title, options.theme ?? 'dark'), ...facts.map(line => dim(line)), dim(rule)]
		: [title, ...facts, rule];
	return wrapLines(lines.join('\n'), width);
}
