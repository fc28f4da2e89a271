import './force-color.js';
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup, render} from 'ink-testing-library';
import type {Post} from '../../source/archive/post.js';
import {App} from '../../source/ui/app.js';
import {keys, makeArchive, makePost, settle, waitFor, waitForText} from './helpers.js';

afterEach(() => {
	cleanup();
});

function post(number: number): Post {
	return makePost({title: `Post number ${number}`, slug: `post-${number}`, path: `post-${number}.md`, date: number > 20 ? '2020-03-01' : `2020-02-${String(28 - number).padStart(2, '0')}`});
}

const indexed = Array.from({length: 20}, (_, index) => post(index + 1));

function selectedRow(frame: string): string {
	return frame.split('\n').find(line => line.startsWith('›')) ?? '';
}

function firstRow(frame: string): string {
	return frame.split('\n').find(line => /Post number/.test(line)) ?? '';
}

/** The indexed list while its files are checked, `moves` rows down; `check` shows the checked list. */
async function movedWhileChecking(moves: number) {
	const size = {columns: 80, rows: 10};
	const view = render(<App archive={makeArchive(indexed)} title="Blog" size={size} checking />);
	await waitForText(view.lastFrame, 'checking files…');
	await settle();
	view.stdin.write('j'.repeat(moves));
	await waitFor(view.lastFrame, frame => selectedRow(frame).includes(`Post number ${moves + 1} `));
	const check = (posts: readonly Post[]) => {
		view.rerender(<App archive={makeArchive(posts)} title="Blog" size={size} />);
	};

	return {...view, check};
}

test('while the files are checked the list says so; the checked list keeps the selected post and its place on screen', async () => {
	const {lastFrame, stdin, check} = await movedWhileChecking(8);
	const offset = (frame: string): number => frame.split('\n').findIndex(line => line.startsWith('›'));
	const before = offset(await waitForText(lastFrame, 'Post number 9'));
	// Two new posts at the top, and post 3 gone: post 9 is now the tenth row of the list.
	const checked = [post(30), post(31), ...indexed.filter(entry => entry.slug !== 'post-3')];
	check(checked);
	const frame = await waitFor(lastFrame, current => !current.includes('checking') && current.includes('21 posts') && selectedRow(current).includes('Post number 9 '));
	assert.equal(offset(frame), before);
	stdin.write('j');
	await waitFor(lastFrame, current => selectedRow(current).includes('Post number 10 '));
});

test('a post open in the reader that the check finds gone closes, back to the list', async () => {
	const {lastFrame, stdin, check} = await movedWhileChecking(2);
	stdin.write(keys.enter);
	await waitForText(lastFrame, 'Some text.');
	check(indexed.filter(entry => entry.slug !== 'post-3'));
	const frame = await waitFor(lastFrame, current => current.includes('19 posts'));
	assert.doesNotMatch(frame, /Post number 3\b/);
	assert.match(firstRow(frame), /Post number 1$/);
});

test('a list replaced while its search index is still being built says indexing only until the new one is ready', async () => {
	const size = {columns: 80, rows: 10};
	// Long bodies: building their index takes many slices, so the first list shows "indexing…".
	const words = Array.from({length: 400}, (_, index) => `word${index}`).join(' ');
	const large = Array.from({length: 3000}, (_, index) => makePost({title: `Long post ${index}`, slug: `long-${index}`, path: `long-${index}.md`, body: words}));
	const view = render(<App archive={makeArchive(large)} title="Blog" size={size} />);
	await waitForText(view.lastFrame, 'indexing…');
	// How far the build has got, a tenth at a time.
	const part = await waitFor(view.lastFrame, frame => /indexing… \d+%/.test(frame));
	const percent = Number(/indexing… (\d+)%/.exec(part)![1]);
	assert.ok(percent >= 10 && percent <= 90 && percent % 10 === 0, String(percent));
	view.rerender(<App archive={makeArchive(indexed)} title="Blog" size={size} />);
	await waitFor(view.lastFrame, frame => frame.includes('20 posts') && !frame.includes('indexing'));
});

test('the head of a blog with sections lays out the section column as the whole list will', async () => {
	const size = {columns: 80, rows: 10};
	const inSection = (number: number, section: string): Post => ({...post(number), section});
	const whole = [...Array.from({length: 20}, (_, index) => inSection(index + 1, 'blog')), inSection(40, 'inside-rust')];
	const head = {...makeArchive(whole.slice(0, 5)), whole: {posts: whole.length, pages: 0, sections: ['blog', 'inside-rust']}};
	const column = (frame: string): number => frame.split('\n').find(line => line.includes('Post number 1 '))!.indexOf('Post number 1 ');
	const view = render(<App archive={head} title="Blog" size={size} checking />);
	const first = await waitForText(view.lastFrame, 'Post number 1 ');
	assert.match(first, /21 posts/);
	view.rerender(<App archive={makeArchive(whole)} title="Blog" size={size} checking />);
	const after = await waitFor(view.lastFrame, frame => frame.includes('Post number 20 ') || frame.includes('1/21'));
	assert.equal(column(after), column(first));
});

test('a search typed while the index is built answers from titles at once, and with the bodies once it is done', async () => {
	const size = {columns: 80, rows: 10};
	// Long bodies: the build takes many slices; every tenth holds the word searched for.
	const words = Array.from({length: 400}, (_, index) => `word${index}`).join(' ');
	const large = Array.from({length: 3000}, (_, index) => makePost({
		title: index === 5 ? 'Ledger in the title' : `Long post ${index}`,
		slug: `long-${index}`,
		path: `long-${index}.md`,
		body: index % 10 === 0 ? `${words} ledger` : words,
	}));
	const view = render(<App archive={makeArchive(large)} title="Blog" size={size} />);
	await waitForText(view.lastFrame, 'indexing…');
	view.stdin.write('/');
	await settle();
	view.stdin.write('ledger');
	const soFar = await waitFor(view.lastFrame, frame => /“ledger”: \d/.test(frame));
	assert.match(soFar, /indexing…/);
	assert.match(soFar, /“ledger”: 1\b/);
	assert.match(soFar, /› +Ledger in the title/);
	const full = await waitFor(view.lastFrame, frame => !frame.includes('indexing…') && frame.includes('“ledger”: 301'), 20_000);
	assert.match(full, /Ledger in the title/);
});
