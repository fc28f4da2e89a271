import './force-color.js';
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup, render} from 'ink-testing-library';
import {App} from '../../source/ui/app.js';
import {keys, makeArchive, makePost, plain, settle, waitFor, waitForText} from './helpers.js';

afterEach(() => {
	cleanup();
});

const posts = Array.from({length: 30}, (_, index) => makePost({
	title: `Post number ${index + 1}`,
	date: `2020-01-${String(30 - index).padStart(2, '0')}`,
	tags: index === 0 ? ['rust', 'async'] : ['notes'],
}));

function rowsOf(frame: string): string[] {
	return frame.split('\n').filter(line => /Post number/.test(line));
}

function selectedRow(frame: string): string {
	return frame.split('\n').find(line => line.startsWith('›')) ?? '';
}

test('the list shows the archive name, the post count, and date, title and tags per row', async () => {
	const {lastFrame} = render(<App archive={makeArchive(posts)} title="My Blog" size={{columns: 100, rows: 12}} />);
	const frame = await waitForText(lastFrame, 'Post number 1');
	const lines = frame.split('\n');
	assert.match(lines[0] ?? '', /^My Blog · 30 posts/);
	assert.match(selectedRow(frame), /^› 2020-01-30 {2}Post number 1 +rust, async/);
	assert.match(frame, /Enter\/l open/, 'the status line hints at the keys');
});

test('only the rows that fit are rendered, and the frame is one line shorter than the terminal', async () => {
	const {lastFrame} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 80, rows: 10}} />);
	const frame = await waitForText(lastFrame, 'Post number 1');
	assert.equal(frame.split('\n').length, 9);
	assert.deepEqual(rowsOf(frame).map(line => /Post number (\d+)/.exec(line)?.[1]), ['1', '2', '3', '4', '5', '6', '7']);
});

test('j/k and the arrows move the selection; keys typed fast are each counted', async () => {
	const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 80, rows: 20}} />);
	await waitForText(lastFrame, 'Post number 1');
	await settle();
	stdin.write('j');
	await waitFor(lastFrame, frame => selectedRow(frame).includes('Post number 2 '));
	stdin.write(keys.down);
	await waitFor(lastFrame, frame => selectedRow(frame).includes('Post number 3 '));
	stdin.write('jjj');
	await waitFor(lastFrame, frame => selectedRow(frame).includes('Post number 6 '));
	stdin.write('k');
	await waitFor(lastFrame, frame => selectedRow(frame).includes('Post number 5 '));
	stdin.write(keys.up);
	await waitFor(lastFrame, frame => selectedRow(frame).includes('Post number 4 '));
});

test('G/End go to the last post and scroll the list with it; g/Home go back to the top', async () => {
	const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 80, rows: 10}} />);
	await waitForText(lastFrame, 'Post number 1');
	await settle();
	stdin.write('G');
	const frame = await waitFor(lastFrame, text => selectedRow(text).includes('Post number 30'));
	assert.ok(!frame.includes('Post number 1 '), 'the top of the list scrolled away');
	stdin.write('g');
	await waitFor(lastFrame, text => selectedRow(text).includes('Post number 1 '));
	stdin.write(keys.end);
	await waitFor(lastFrame, text => selectedRow(text).includes('Post number 30'));
	stdin.write(keys.home);
	await waitFor(lastFrame, text => selectedRow(text).includes('Post number 1 '));
});

test('PgDn and PgUp move by a screen of rows', async () => {
	const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 80, rows: 10}} />);
	await waitForText(lastFrame, 'Post number 1');
	await settle();
	stdin.write(keys.pageDown);
	// Seven rows fit (9-line frame minus header and status line).
	await waitFor(lastFrame, text => selectedRow(text).includes('Post number 8 '));
	stdin.write(keys.pageUp);
	await waitFor(lastFrame, text => selectedRow(text).includes('Post number 1 '));
});

test('long titles end in an ellipsis; wide CJK and emoji are measured as two columns', async () => {
	const wide = makePost({title: '日本語のタイトルはとても長いのでこの幅には収まりません 🎉🎉🎉', date: '2021-05-05'});
	const long = makePost({title: `A very long title ${'that keeps going '.repeat(10)}`, date: '2021-05-04'});
	const {lastFrame} = render(<App archive={makeArchive([wide, long])} title="Blog" size={{columns: 40, rows: 10}} />);
	const frame = await waitForText(lastFrame, 'A very long');
	const stringWidth = (await import('string-width')).default;
	for (const line of frame.split('\n')) {
		assert.ok(stringWidth(line) <= 40, `line fits 40 columns: ${line}`);
	}

	assert.match(frame, /日本語.*…/);
	assert.match(frame, /A very long title that.*…/);
});

test('titles and tags are shown without the escape sequences or controls they carry', async () => {
	const hostile = makePost({title: 'Evil\u001B]0;owned\u0007 title\u001B[2J here\r', tags: ['bad\u001B[31mtag']});
	const {lastFrame} = render(<App archive={makeArchive([hostile])} title={'Blog\u001B[2J'} size={{columns: 100, rows: 10}} />);
	await waitForText(lastFrame, 'Evil');
	const raw = lastFrame() ?? '';
	assert.ok(!raw.includes('\u001B]'), 'no OSC');
	assert.ok(!raw.includes('\u001B[2J'), 'no screen clear');
	assert.ok(!raw.includes('\u001B[31m'), 'no colour of its own');
	assert.ok(!raw.includes('\r') && !raw.includes('\u0007'), 'no carriage return or bell');
	assert.match(plain(raw), /Evil title here/);
	assert.match(plain(raw), /badtag/);
});

test('a terminal below 20x5 gets one line saying it is too small', async () => {
	for (const size of [{columns: 60, rows: 4}, {columns: 19, rows: 30}]) {
		const {lastFrame} = render(<App archive={makeArchive(posts)} title="Blog" size={size} />);
		 
		const frame = await waitForText(lastFrame, 'terminal too');
		assert.match(frame.trim(), /^terminal too (small|sm…)$/);
		cleanup();
	}
});

test('a 40x10 terminal still shows the list with dates and titles', async () => {
	const {lastFrame} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 40, rows: 10}} />);
	const frame = await waitForText(lastFrame, 'Post number 1');
	assert.match(selectedRow(frame), /^› 2020-01-30 {2}Post number 1/);
});

test('q quits with status 0, and Ctrl-C with 130, as shells report an interrupt', async () => {
	for (const [key, status] of [['q', 0], [keys.ctrlC, 130]] as const) {
		const codes: number[] = [];
		const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 80, rows: 10}} onQuit={code => codes.push(code)} />);
		 
		await waitForText(lastFrame, 'Post number 1');
		 
		await settle();
		stdin.write(key);
		 
		await waitFor(() => String(codes.length), text => text === '1');
		assert.deepEqual(codes, [status]);
		cleanup();
	}
});
