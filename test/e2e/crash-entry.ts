/**
A private entry for the crash tests: the real `runReader` over an archive built to fail, either
inside a component while rendering (`render`: armed by SIGUSR2, the next frame's list row throws)
or outside React after the first frame (`timer`).
*/
import {writeSync} from 'node:fs';
import type {Archive, Post} from '../../source/archive/post.js';
import {runReader} from '../../source/ui/run.js';

const mode = process.argv[2];
let armed = false;
process.on('SIGUSR2', () => {
	// Only the render crash reads it: in timer mode a title read before the timer fires (the
	// search index, a repaint) would fail first, with the other message.
	armed = mode === 'render';
	// Straight to the terminal: what goes through process.stderr waits until the reader closes.
	writeSync(2, 'armed');
});

const post = {
	slug: 'doomed',
	get title(): string {
		// The search index reads titles too, in the background after the first frame, in slices
		// that end when their time is up; on a loaded machine it may still be at it when the test
		// arms the crash, and would fail first. Its reads (the builder's, and the folding of a
		// title) do not count.
		const stack = new Error('probe').stack ?? '';
		if (armed && !stack.includes('titleWords') && !stack.includes('IndexBuilder.')) {
			throw new Error('a component failed');
		}

		return 'Doomed post';
	},
	date: '2020-01-01',
	tags: [],
	authors: [],
	status: 'published',
	type: 'post',
	summary: '',
	words: 1,
	minutes: 1,
	path: 'doomed.md',
	section: null,
	format: 'markdown',
	body: 'Body.',
	file: '/nowhere/doomed.md',
} satisfies Post;

const archive: Archive = {root: '/nowhere', site: {generator: 'plain', contentRoot: '/nowhere', baseUrl: null}, posts: [post], pages: [], drafts: 0, skipped: []};

if (mode === 'timer') {
	process.on('SIGUSR2', () => {
		setTimeout(() => {
			throw new Error('a timer failed');
		}, 10);
	});
}

process.exitCode = await runReader(archive, {title: 'Crash test'});
