/**
A warm start draws its first frame from the archive index, then checks the files: the built binary
in a real terminal. `npm test` builds first; run `npm run build` before running this file alone.
*/
import assert from 'node:assert/strict';
import {utimesSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {removeAfterTests, tempDir, writeTree} from '../fixtures/tree.js';
import {startReader} from './pty-session.js';

function post(title: string, date: string): string {
	return `---\ntitle: ${title}\ndate: ${date}\ntags: [notes]\n---\n\nSome text about ${title.toLowerCase()}.\n`;
}

// Files changed moments ago are never trusted to the index, so these are an hour old.
function aged(dir: string, names: readonly string[]): void {
	const hourAgo = new Date(Date.now() - 3_600_000);
	for (const name of names) {
		utimesSync(join(dir, name), hourAgo, hourAgo);
	}
}

test('a post added since the last start shows up once the files are checked', {timeout: 90_000}, async () => {
	const dir = removeAfterTests(tempDir());
	const names = ['a.md', 'b.md', 'c.md'];
	writeTree(dir, {'a.md': post('Alpha notes', '2020-01-03'), 'b.md': post('Beta notes', '2020-01-02'), 'c.md': post('Gamma notes', '2020-01-01')});
	aged(dir, names);

	const first = startReader({args: ['--dir', dir]});
	try {
		await first.waitFor(/3 posts/);
		first.write('q');
		await first.waitFor(/EXIT=0/);
	} finally {
		first.close();
	}

	writeTree(dir, {'d.md': post('Delta notes', '2020-01-04')});
	aged(dir, ['d.md']);
	const second = startReader({args: ['--dir', dir]});
	try {
		const screen = await second.waitFor(text => /4 posts/.test(text) && !text.includes('checking'), 20_000);
		assert.match(screen, /Delta notes/);
		// The selection stays on the post it was on, now the second row, from the first frame that shows the new list.
		assert.match(screen, /^› .*Alpha notes/m);
		second.write('q');
		await second.waitFor(/EXIT=0/);
	} finally {
		second.close();
	}
});

test('a warm start of a large archive draws the first screen from the head, then holds every post', {timeout: 90_000}, async () => {
	const dir = removeAfterTests(tempDir());
	const files: Record<string, string> = {};
	// Enough posts that reading the whole catalog after the head's frame takes a moment: G, sent at
	// once, must still reach the last post of the whole list, not of the head.
	for (let at = 0; at < 1200; at++) {
		const date = `${1900 + Math.floor(at / 12)}-${String((at % 12) + 1).padStart(2, '0')}-01`;
		files[`p${at}.md`] = post(at === 0 ? 'The oldest entry' : `Entry number ${at}`, date);
	}

	writeTree(dir, files);
	aged(dir, Object.keys(files));
	const first = startReader({args: ['--dir', dir]});
	try {
		await first.waitFor(text => /1200 posts/.test(text) && !text.includes('checking'), 60_000);
		first.write('q');
		await first.waitFor(/EXIT=0/);
	} finally {
		first.close();
	}

	const second = startReader({args: ['--dir', dir]});
	try {
		// The very first frame already counts every post, though it holds only the head's.
		const opening = await second.waitFor(/Entry number 1199/);
		second.write('G');
		assert.match(opening, /1200 posts/);
		assert.match(opening, / 1\/1200\s*$/m, 'the position counts the whole list too');
		const end = await second.waitFor(/^› .*The oldest entry/m, 20_000);
		assert.match(end, /1200 posts/);
		second.write('/oldest');
		await second.waitFor(text => /The oldest entry/.test(text) && /“oldest”: 1 match\b/.test(text), 20_000);
		second.write('\u001B');
		await second.waitFor(text => !text.includes('/oldest'));
		second.write('q');
		await second.waitFor(/EXIT=0/);
	} finally {
		second.close();
	}
});
