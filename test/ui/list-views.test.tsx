import './force-color.js';
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup, render} from 'ink-testing-library';
import {App} from '../../source/ui/app.js';
import {keys, makeArchive, makePost, plain, waitFor} from './helpers.js';

afterEach(() => {
	cleanup();
});

// Thirty posts over three years, a sub-blog holding a third of them, tags on some.
const posts = Array.from({length: 30}, (_, index) => makePost({
	slug: `post-${index + 1}`,
	title: `Post number ${index + 1}`,
	date: `${2022 - Math.floor(index / 12)}-${String(12 - (index % 12)).padStart(2, '0')}-01`,
	tags: index % 3 === 0 ? ['rust'] : index % 5 === 0 ? ['cargo', 'rust'] : [],
	section: index % 3 === 1 ? 'inside' : null,
}));

const selectedRow = (frame: string): string => frame.split('\n').find(line => line.startsWith('›')) ?? '';
const statusOf = (frame: string): string => frame.trimEnd().split('\n').at(-1) ?? '';

test('s sorts the list and the reader walks it in that order', async () => {
	const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 100, rows: 12}} />);
	await waitFor(lastFrame, text => plain(text).includes('Post number 1'));
	stdin.write('s');
	let frame = plain(await waitFor(lastFrame, text => plain(text).includes('oldest ·')));
	assert.match(selectedRow(frame), /Post number 1\b/, 'the selection stays on its post');
	assert.match(statusOf(frame), /oldest · 30\/30$/);
	stdin.write(keys.home);
	frame = plain(await waitFor(lastFrame, text => selectedRow(plain(text)).includes('Post number 30')));
	assert.deepEqual(frame.split('\n').slice(1, 4).map(line => /Post number \d+/.exec(line)?.[0]), ['Post number 30', 'Post number 29', 'Post number 28'], 'oldest first');
	stdin.write('\r');
	await waitFor(lastFrame, text => plain(text).includes('Some text.'));
	stdin.write(']');
	frame = plain(await waitFor(lastFrame, text => /^Post number 29$/m.test(plain(text))));
	assert.ok(frame.includes('Post number 29'), '] goes to the next post of the sorted list');
});

test('the views over the list: each row names its section, # and T narrow it, the chip shows', async () => {
	const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 100, rows: 14}} />);
	let frame = plain(await waitFor(lastFrame, text => plain(text).includes('Post number 1')));
	assert.match(frame, /2022-11-01 {2}inside {2}Post number 2\b/);
	stdin.write('#');
	frame = plain(await waitFor(lastFrame, text => plain(text).includes('Tags · 2 tags')));
	assert.match(frame, /› 14 {2}rust/);
	stdin.write('crg');
	frame = plain(await waitFor(lastFrame, text => plain(text).includes('filter: crg') && !/\d {2}rust/.test(plain(text))));
	assert.match(frame, /› {1,2}\d {2}cargo/);
	stdin.write('\r');
	frame = plain(await waitFor(lastFrame, text => /“tag:cargo”: \d+ match/.test(plain(text))));
	assert.match(statusOf(frame), / tag:cargo {2}newest/);
	stdin.write('T');
	frame = plain(await waitFor(lastFrame, text => plain(text).includes('Timeline · 30 dated posts · 2020–2022')));
	assert.match(frame, /› 2022 +12 {2}█+/);
	stdin.write(`${keys.end}\r`);
	await waitFor(lastFrame, text => plain(text).includes('“tag:cargo after:2020-06 before:2020-08”'));
	stdin.write(keys.escape);
	await waitFor(lastFrame, text => !plain(text).includes('“'));
});
