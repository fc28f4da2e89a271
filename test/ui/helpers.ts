import type {Archive, Post} from '../../source/archive/post.js';
import {postWith} from '../helpers/post.js';

export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
	enter: '\r',
	escape: '\u001B',
	backspace: '\u007F',
	ctrlC: '\u0003',
} as const;

export function makePost(fields: Partial<Post> & {readonly title: string}): Post {
	return postWith({words: 100, body: `# ${fields.title}\n\nSome text.`, ...fields});
}

export function makeArchive(posts: readonly Post[]): Archive {
	return {root: '/archive', site: {generator: 'plain', contentRoot: '/archive', baseUrl: null}, posts, pages: [], drafts: 0, skipped: []};
}

/** A body of numbered paragraphs, long enough to scroll. */
export function longBody(paragraphs: number, word = 'Paragraph'): string {
	return Array.from({length: paragraphs}, (_, index) => `${word} ${index + 1} of the text.`).join('\n\n');
}

 
const ansi = /\u001B\[[\d;]*m|\u001B\]8;[^\u0007\u001B]*(?:\u0007|\u001B\\)/g;

export function plain(frame: string | undefined): string {
	return (frame ?? '').replace(ansi, '');
}

/** Polls until the frame satisfies `check`; ink 6.8 applies key presses asynchronously. */
export async function waitFor(frame: () => string | undefined, check: (text: string) => boolean, timeout = 5000): Promise<string> {
	const deadline = Date.now() + timeout;
	for (;;) {
		const text = plain(frame());
		if (check(text)) {
			return text;
		}

		if (Date.now() > deadline) {
			throw new Error(`frame never matched; last frame:\n${text}`);
		}

		 
		await new Promise(resolve => {
			setTimeout(resolve, 10);
		});
	}
}

export async function waitForText(frame: () => string | undefined, text: string | RegExp, timeout?: number): Promise<string> {
	return waitFor(frame, current => (typeof text === 'string' ? current.includes(text) : text.test(current)), timeout);
}

/** Gives ink a moment to mount its input handling before the first key. */
export async function settle(): Promise<void> {
	await new Promise(resolve => {
		setTimeout(resolve, 30);
	});
}
