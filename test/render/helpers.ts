import stringWidth from 'string-width';
import type {Post, PostFormat} from '../../source/archive/post.js';
import {postWith} from '../helpers/post.js';

/** A post built by hand, as the archive would hand it over. */
export function makePost(body: string, format: PostFormat = 'markdown', overrides: Partial<Post> = {}): Post {
	return postWith({
		slug: 'fixture',
		title: 'Fixture post',
		date: '2024-05-06',
		tags: ['one', 'two'],
		words: body.split(/\s+/).length,
		minutes: 3,
		path: 'fixture.md',
		format,
		body,
		file: '/nonexistent/fixture.md',
		...overrides,
	});
}

const sgr = /\u001B\[[0-9;]*m/g;
const osc8 = /\u001B\]8;;[\u0021-\u007E]*\u001B\\/g;

/** What a reader sees: the text without our styling. */
export function visible(text: string): string {
	return text.replace(osc8, '').replace(sgr, '');
}

/** Whatever is left after removing the only escape forms blog-reader writes. */
export function foreignControls(text: string): string[] {
	const rest = visible(text);
	return [...rest.matchAll(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g)].map(match => JSON.stringify(match[0]));
}

/** Lines wider than `width` columns. */
export function tooWide(text: string, width: number): string[] {
	return visible(text).split('\n').filter(line => stringWidth(line) > width);
}
