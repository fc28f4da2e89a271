import './force-color.js';
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup, render} from 'ink-testing-library';
import {App} from '../../source/ui/app.js';
import {keys, longBody, makeArchive, makePost, plain, settle, waitFor, waitForText} from './helpers.js';

afterEach(() => {
	cleanup();
});

const posts = [
	makePost({title: 'First long post', date: '2020-03-01', body: longBody(80, 'Alpha')}),
	makePost({title: 'Second long post', date: '2020-02-01', body: longBody(80, 'Beta')}),
	makePost({title: 'Third post', date: '2020-01-01', body: 'Gamma is short.'}),
];

interface Position {
	readonly first: number;
	readonly last: number;
	readonly total: number;
	readonly percent: number;
}

function position(frame: string): Position | undefined {
	const match = /(\d+)-(\d+)\/(\d+) (\d+)%/.exec(frame.split('\n').at(-1) ?? '');
	return match ? {first: Number(match[1]), last: Number(match[2]), total: Number(match[3]), percent: Number(match[4])} : undefined;
}

async function openFirst(size = {columns: 80, rows: 20}) {
	const instance = render(<App archive={makeArchive(posts)} title="Blog" size={size} />);
	await waitForText(instance.lastFrame, 'First long post');
	await settle();
	instance.stdin.write(keys.enter);
	await waitFor(instance.lastFrame, frame => position(frame) !== undefined && frame.includes('Alpha 1 '));
	return instance;
}

test('Enter opens the selected post with its text and a status line with the position', async () => {
	const {lastFrame} = await openFirst();
	const frame = await waitForText(lastFrame, 'Alpha 1 ');
	const where = position(frame);
	assert.equal(where?.first, 1);
	assert.equal(where?.last, 18, 'the text fills the screen above the status line');
	assert.ok((where?.total ?? 0) > 80);
	assert.match(frame.split('\n').at(-1) ?? '', /First long post/);
	assert.equal(frame.split('\n').length, 19);
});

test('j/k and the arrows scroll by a line; keys typed fast each count', async () => {
	const {lastFrame, stdin} = await openFirst();
	stdin.write('j');
	await waitFor(lastFrame, frame => position(frame)?.first === 2);
	stdin.write('jjj');
	await waitFor(lastFrame, frame => position(frame)?.first === 5);
	stdin.write(keys.down);
	await waitFor(lastFrame, frame => position(frame)?.first === 6);
	stdin.write('k');
	await waitFor(lastFrame, frame => position(frame)?.first === 5);
	stdin.write(keys.up);
	await waitFor(lastFrame, frame => position(frame)?.first === 4);
});

test('space/PgDn and b/PgUp move by a page, d/u by half a page', async () => {
	const {lastFrame, stdin} = await openFirst();
	stdin.write(' ');
	await waitFor(lastFrame, frame => position(frame)?.first === 19);
	stdin.write(keys.pageDown);
	await waitFor(lastFrame, frame => position(frame)?.first === 37);
	stdin.write('b');
	await waitFor(lastFrame, frame => position(frame)?.first === 19);
	stdin.write(keys.pageUp);
	await waitFor(lastFrame, frame => position(frame)?.first === 1);
	stdin.write('d');
	await waitFor(lastFrame, frame => position(frame)?.first === 10);
	stdin.write('u');
	await waitFor(lastFrame, frame => position(frame)?.first === 1);
});

test('G goes to the end (100%) and g back to the top', async () => {
	const {lastFrame, stdin} = await openFirst();
	stdin.write('G');
	let frame = await waitFor(lastFrame, text => position(text)?.percent === 100);
	assert.match(frame, /Alpha 80 of the text/);
	assert.equal(position(frame)?.last, position(frame)?.total);
	stdin.write('g');
	frame = await waitFor(lastFrame, text => position(text)?.first === 1);
	assert.match(frame, /Alpha 1 of the text/);
	stdin.write(keys.end);
	await waitFor(lastFrame, text => position(text)?.percent === 100);
	stdin.write(keys.home);
	await waitFor(lastFrame, text => position(text)?.first === 1);
});

test('] and [ open the next and previous post of the list', async () => {
	const {lastFrame, stdin} = await openFirst();
	stdin.write('jj');
	await waitFor(lastFrame, frame => position(frame)?.first === 3);
	stdin.write(']');
	let frame = await waitFor(lastFrame, text => text.includes('Beta 1 of the text'));
	assert.equal(position(frame)?.first, 1, 'the next post opens at its top');
	assert.match(frame.split('\n').at(-1) ?? '', /Second long post/);
	stdin.write(']');
	await waitForText(lastFrame, 'Gamma is short');
	stdin.write(']');
	await settle();
	assert.match(lastFrame() ?? '', /Gamma is short/, 'the last post stays open');
	stdin.write('[');
	await waitForText(lastFrame, 'Beta 1 of the text');
	stdin.write('q');
	frame = await waitForText(lastFrame, 'Third post');
	assert.match(frame.split('\n').find(line => line.startsWith('›')) ?? '', /Second long post/, 'the list selection followed');
});

test('] and [ walk the filtered list, and q returns to it with the query kept', async () => {
	const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 80, rows: 20}} />);
	await waitForText(lastFrame, 'First long post');
	await settle();
	stdin.write('/long');
	await waitFor(lastFrame, frame => frame.includes('/long') && /“long”: \d+ match/.test(frame) && !frame.includes('Third post'));
	stdin.write(keys.enter);
	await waitFor(lastFrame, frame => !frame.split('\n').at(-1)?.startsWith('/'));
	stdin.write(keys.enter);
	await waitFor(lastFrame, frame => position(frame) !== undefined);
	stdin.write(']');
	await waitFor(lastFrame, frame => /Second long post/.test(frame.split('\n').at(-1) ?? '') && frame.includes('Beta 1 '));
	stdin.write(']');
	await settle();
	assert.match(plain(lastFrame()).split('\n').at(-1) ?? '', /Second long post/, 'Third post is not in the filtered list');
	stdin.write('q');
	const frame = await waitFor(lastFrame, text => text.includes('“long”'));
	assert.ok(!frame.includes('Third post'));
	assert.match(frame.split('\n').find(line => line.startsWith('›')) ?? '', /Second long post/);
});

test('q, Esc, h and the left arrow all go back to the list', async () => {
	for (const key of ['q', keys.escape, 'h', keys.left]) {
		 
		const {lastFrame, stdin} = await openFirst();
		stdin.write(key);
		 
		const frame = await waitFor(lastFrame, text => text.includes('Second long post') && text.includes('Third post'));
		assert.match(frame.split('\n')[0] ?? '', /Blog · 3 posts/, `key ${JSON.stringify(key)}`);
		cleanup();
	}
});

test('a resize re-renders at the new width and keeps the reading position', async () => {
	const body = longBody(60, 'A paragraph long enough to wrap differently at different widths, number');
	const archive = makeArchive([makePost({title: 'Wrapping', body})]);
	const {lastFrame, stdin, rerender} = render(<App archive={archive} title="Blog" size={{columns: 100, rows: 20}} />);
	await waitForText(lastFrame, 'Wrapping');
	await settle();
	stdin.write(keys.enter);
	await waitFor(lastFrame, frame => position(frame) !== undefined);
	stdin.write(' ');
	stdin.write(' ');
	stdin.write(' ');
	const wide = position(await waitFor(lastFrame, frame => (position(frame)?.first ?? 0) > 40));
	rerender(<App archive={archive} title="Blog" size={{columns: 50, rows: 20}} />);
	const frame = await waitFor(lastFrame, text => position(text)?.total !== wide?.total);
	const narrow = position(frame);
	assert.ok(narrow && wide);
	assert.ok(narrow.total > wide.total, 'narrower means more lines');
	assert.ok(Math.abs((narrow.first / narrow.total) - (wide.first / wide.total)) < 0.05, `kept the place: ${wide.first}/${wide.total} -> ${narrow.first}/${narrow.total}`);
	for (const line of frame.split('\n')) {
		assert.ok(line.length <= 50, `fits 50 columns: ${line}`);
	}
});

test('a tiny 40x10 terminal still reads', async () => {
	const {lastFrame, stdin} = await openFirst({columns: 40, rows: 10});
	stdin.write('G');
	const frame = await waitFor(lastFrame, text => position(text)?.percent === 100);
	assert.equal(frame.split('\n').length, 9);
});

test('on a wide terminal the text keeps a comfortable measure; textWidth changes it', async () => {
	const body = 'word '.repeat(200);
	const wide = [makePost({title: 'Wide post', date: '2020-03-01', body})];
	const longest = (frame: string) => Math.max(...plain(frame).split('\n').slice(0, -1).map(line => line.trimEnd().length));
	for (const [textWidth, expected] of [[undefined, 100], [60, 60]] as const) {
		const instance = render(<App archive={makeArchive(wide)} title="Blog" size={{columns: 160, rows: 20}} textWidth={textWidth} />);
		await waitForText(instance.lastFrame, 'Wide post');
		await settle();
		instance.stdin.write(keys.enter);
		const frame = await waitForText(instance.lastFrame, 'word word');
		assert.ok(longest(frame) <= expected && longest(frame) > expected - 10, `lines up to ${longest(frame)} columns, expected about ${expected}`);
		instance.unmount();
	}
});
