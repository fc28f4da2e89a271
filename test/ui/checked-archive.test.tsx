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

test('while the files are checked the list says so; the checked list keeps the selected post and its place on screen', async () => {
	const size = {columns: 80, rows: 10};
	const {lastFrame, stdin, rerender} = render(<App archive={makeArchive(indexed)} title="Blog" size={size} checking />);
	await waitForText(lastFrame, 'checking files…');
	await settle();
	stdin.write('jjjjjjjj');
	await waitFor(lastFrame, frame => selectedRow(frame).includes('Post number 9 '));
	const offset = (frame: string): number => frame.split('\n').findIndex(line => line.startsWith('›'));
	const before = offset(await waitForText(lastFrame, 'Post number 9'));
	// Two new posts at the top, and post 3 gone: post 9 is now the tenth row of the list.
	const checked = [post(30), post(31), ...indexed.filter(entry => entry.slug !== 'post-3')];
	rerender(<App archive={makeArchive(checked)} title="Blog" size={size} />);
	const frame = await waitFor(lastFrame, current => !current.includes('checking') && current.includes('21 posts') && selectedRow(current).includes('Post number 9 '));
	assert.equal(offset(frame), before);
	stdin.write('j');
	await waitFor(lastFrame, current => selectedRow(current).includes('Post number 10 '));
});

test('a post open in the reader that the check finds gone closes, back to the list', async () => {
	const size = {columns: 80, rows: 10};
	const {lastFrame, stdin, rerender} = render(<App archive={makeArchive(indexed)} title="Blog" size={size} checking />);
	await waitForText(lastFrame, 'Post number 1');
	await settle();
	stdin.write('jj');
	await waitFor(lastFrame, frame => selectedRow(frame).includes('Post number 3 '));
	stdin.write(keys.enter);
	await waitForText(lastFrame, 'Some text.');
	rerender(<App archive={makeArchive(indexed.filter(entry => entry.slug !== 'post-3'))} title="Blog" size={size} />);
	const frame = await waitFor(lastFrame, current => current.includes('19 posts'));
	assert.doesNotMatch(frame, /Post number 3\b/);
	assert.match(firstRow(frame), /Post number 1$/);
});
