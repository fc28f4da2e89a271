import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup, render} from 'ink-testing-library';
import {App} from '../../source/ui/app.js';
import type {ReadStateFile} from '../../source/state/read-state-file.js';
import {emptyReadState, placeOf, withPost, type ReadState} from '../../source/state/read-state.js';
import {keys, makeArchive, makePost, settle, waitFor, waitForText} from './helpers.js';

afterEach(() => {
	cleanup();
});

const posts = Array.from({length: 4}, (_, index) => makePost({
	title: `Post number ${index + 1}`,
	date: `2020-01-0${5 - index}`,
	body: Array.from({length: 80}, (_, line) => `Line ${line + 1} of post ${index + 1}.`).join('\n\n'),
}));

/** A store in memory: what was loaded, and each state saved. */
function memoryStore(initial: ReadState): ReadStateFile & {readonly saved: ReadState[]} {
	const saved: ReadState[] = [];
	return {
		file: 'memory',
		saved,
		load: () => initial,
		save(state) {
			saved.push(state);
			return state;
		},
	};
}

const rowOf = (frame: string, title: string): string => frame.split('\n').find(line => line.includes(`${title} `) || line.endsWith(title)) ?? '';

test('rows mark unread posts with •, show a started post\'s progress, and nothing for one finished', async () => {
	let state = withPost(emptyReadState, posts[1]!.slug, {read: true, at: 1, place: placeOf(30, 100, 10)});
	state = withPost(state, posts[2]!.slug, {read: true, at: 2, place: placeOf(90, 100, 10)});
	const store = memoryStore(state);
	const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 80, rows: 12}} readState={store} />);
	let frame = await waitForText(lastFrame, 'Post number 4');
	assert.match(rowOf(frame, 'Post number 1'), /^› {3}• 2020-01-05 {2}Post number 1/);
	assert.match(rowOf(frame, 'Post number 2'), /^ {2}40% 2020-01-04/);
	assert.match(rowOf(frame, 'Post number 3'), /^ {6}2020-01-03/);
	assert.match(rowOf(frame, 'Post number 4'), /^ {4}• 2020-01-02/);
	await settle();
	stdin.write('m');
	frame = await waitFor(lastFrame, text => text.includes('marked read'));
	assert.match(rowOf(frame, 'Post number 1'), /^› {5}2020-01-05/, 'm marked it read');
	stdin.write('j');
	await waitFor(lastFrame, text => rowOf(text, 'Post number 2').startsWith('›'));
	stdin.write(keys.enter);
	// Opened where it was left: 30 of 100 lines, at this width the same share.
	// A generous bound: the post renders on this thread, slowly on a loaded machine.
	await waitFor(lastFrame, text => /Line \d+ of post 2/.test(text) && !text.includes('Line 1 of post 2.'), 60_000);
	stdin.write('q');
	await waitForText(lastFrame, 'Post number 4');
	await waitFor(lastFrame, () => store.saved.length > 0, 60_000);
	const last = store.saved.at(-1)!;
	assert.equal(last.last?.slug, posts[1]!.slug, 'the post read last');
	assert.equal(last.posts.get(posts[0]!.slug)?.read, true);
});

test('without a store the list has no read column', async () => {
	const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 80, rows: 12}} />);
	const frame = await waitForText(lastFrame, 'Post number 4');
	assert.match(rowOf(frame, 'Post number 1'), /^› 2020-01-05/);
	await settle();
	stdin.write('c');
	await waitFor(lastFrame, text => text.includes('read state is off'));
});

test('? help lists m and c, from the keymap', async () => {
	const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 100, rows: 240}} readState={memoryStore(emptyReadState)} />);
	await waitForText(lastFrame, 'Post number 4');
	await settle();
	stdin.write('?');
	const frame = await waitForText(lastFrame, 'mark the post read / unread');
	assert.equal(frame.match(/^ {2}m +mark the post read \/ unread$/gm)?.length, 2, 'on the list and in the reader');
	assert.match(frame, /c +continue reading: the last post read, at its place/);
});

test('is:unread on the search line follows m at once', async () => {
	const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 80, rows: 12}} readState={memoryStore(emptyReadState)} />);
	await waitForText(lastFrame, 'Post number 4');
	await settle();
	stdin.write('/is:unread');
	await waitForText(lastFrame, '“is:unread”: 4 matches');
	stdin.write(keys.enter);
	await settle();
	stdin.write('m');
	const frame = await waitForText(lastFrame, '“is:unread”: 3 matches');
	assert.ok(!frame.includes('Post number 1'), 'marked read, so filtered out');
});
