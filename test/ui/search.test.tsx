import './force-color.js';
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup, render} from 'ink-testing-library';
import {App} from '../../source/ui/app.js';
import {keys, makeArchive, makePost, plain, settle, waitFor, waitForText} from './helpers.js';

afterEach(() => {
	cleanup();
});

const posts = [
	makePost({title: 'Blockchain Technologies and the P2P Paradigm', date: '2017-02-03', tags: ['p2p', 'commons']}),
	makePost({title: 'Gardening in small spaces', date: '2016-05-01', tags: ['garden']}),
	makePost({title: 'Notes on async Rust', date: '2015-01-01', tags: ['rust']}),
];

function setup() {
	const instance = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 100, rows: 12}} />);
	return instance;
}

function listed(frame: string): string[] {
	return frame.split('\n').filter(line => /^[› ] \d{4}-/.test(line)).map(line => line.slice(14).trim().split('  ')[0] ?? '');
}

test('/ opens the search line and every keystroke narrows the list', async () => {
	const {lastFrame, stdin} = setup();
	await waitForText(lastFrame, 'Gardening');
	await settle();
	stdin.write('/');
	await waitFor(lastFrame, frame => frame.split('\n').at(-1)?.startsWith('/') ?? false);
	stdin.write('g');
	await waitForText(lastFrame, '/g');
	stdin.write('a');
	stdin.write('r');
	// Results follow the typed keys: wait until the header counts the matches of "gar" itself.
	const frame = await waitFor(lastFrame, text => text.includes('/gar') && /“gar”: \d+ match/.test(text) && !text.includes('Notes on async Rust'));
	assert.ok(listed(frame).includes('Gardening in small spaces'));
	assert.match(frame.split('\n')[0] ?? '', /“gar”: \d+ match/);
});

test('matched title characters are highlighted', async () => {
	const {lastFrame, stdin} = setup();
	await waitForText(lastFrame, 'Gardening');
	await settle();
	stdin.write('/p2p');
	await waitFor(lastFrame, text => text.includes('/p2p') && /“p2p”: \d+ match/.test(text) && !text.includes('Gardening'));
	const row = (lastFrame() ?? '').split('\n').find(line => line.includes('Paradigm')) ?? '';
	// Highlighted spans are underlined: collect the underlined text of the row.
	 
	const underlined = [...row.matchAll(/\u001B\[4m(.*?)\u001B\[24m/g)].map(match => plain(match[1]));
	assert.ok(underlined.length > 0, `something is highlighted in ${JSON.stringify(row)}`);
	assert.equal(underlined.join('').toLowerCase(), 'p2p');
});

test('a query nothing matches shows "no posts match" instead of an empty list', async () => {
	const {lastFrame, stdin} = setup();
	await waitForText(lastFrame, 'Gardening');
	await settle();
	stdin.write('/zzzz');
	const frame = await waitForText(lastFrame, 'no posts match');
	assert.deepEqual(listed(frame), []);
	assert.match(frame, /0\/3/);
});

test('Enter goes back to the list with the filter kept; Esc then clears it', async () => {
	const {lastFrame, stdin} = setup();
	await waitForText(lastFrame, 'Gardening');
	await settle();
	stdin.write('/rust');
	await waitFor(lastFrame, text => text.includes('/rust') && !text.includes('Gardening'));
	stdin.write(keys.enter);
	let frame = await waitFor(lastFrame, text => !text.split('\n').at(-1)?.startsWith('/'));
	assert.deepEqual(listed(frame), ['Notes on async Rust']);
	assert.match(frame.split('\n')[0] ?? '', /“rust”/);
	stdin.write(keys.escape);
	frame = await waitForText(lastFrame, 'Gardening');
	assert.equal(listed(frame).length, 3);
	assert.doesNotMatch(frame.split('\n')[0] ?? '', /“/);
});

test('Esc on the search line clears the query and closes it', async () => {
	const {lastFrame, stdin} = setup();
	await waitForText(lastFrame, 'Gardening');
	await settle();
	stdin.write('/zzzz');
	await waitForText(lastFrame, 'no posts match');
	stdin.write(keys.escape);
	const frame = await waitForText(lastFrame, 'Gardening');
	assert.equal(listed(frame).length, 3);
	assert.ok(!frame.split('\n').at(-1)?.startsWith('/'));
});

test('the arrows leave the search line, keep the filter and move the selection', async () => {
	const {lastFrame, stdin} = setup();
	await waitForText(lastFrame, 'Gardening');
	await settle();
	stdin.write('/s');
	await waitForText(lastFrame, '/s');
	// The rows belong to "s" once the header counts its matches (results follow the typed key).
	const before = listed(await waitFor(lastFrame, text => /“s”: \d+ match/.test(text)));
	stdin.write(keys.down);
	const frame = await waitFor(lastFrame, text => !text.split('\n').at(-1)?.startsWith('/'));
	assert.match(frame.split('\n')[0] ?? '', /“s”/);
	assert.ok(before.length >= 2, `"s" matches several titles: ${before.join(', ')}`);
	assert.ok((frame.split('\n').find(line => line.startsWith('›')) ?? '').includes(before[1] ?? '?'));
});

test('Backspace deletes the last character, and typed letters never trigger list keys', async () => {
	const {lastFrame, stdin} = setup();
	await waitForText(lastFrame, 'Gardening');
	await settle();
	stdin.write('/gq');
	await waitForText(lastFrame, '/gq');
	stdin.write(keys.backspace);
	// The rows belong to "g" once the header counts its matches (the typed key shows first).
	const frame = await waitFor(lastFrame, text => (text.split('\n').at(-1)?.startsWith('/g ') ?? false) && /“g”: \d+ match/.test(text));
	assert.ok(listed(frame).includes('Gardening in small spaces'));
});

test('a title\'s code span is drawn without backticks, and a match inside it is highlighted', async () => {
	const archive = makeArchive([makePost({title: 'Announcing `async fn` in traits', date: '2024-01-01'}), ...posts]);
	const {lastFrame, stdin} = render(<App archive={archive} title="Blog" size={{columns: 100, rows: 12}} />);
	await waitForText(lastFrame, 'Announcing async fn in traits');
	assert.ok(!plain(lastFrame()).includes('`'), 'no backticks on screen');
	await settle();
	stdin.write('/asyn');
	await waitFor(lastFrame, text => text.includes('/asyn') && /“asyn”: \d+ match/.test(text) && !text.includes('Gardening'));
	const row = (lastFrame() ?? '').split('\n').find(line => line.includes('traits')) ?? '';
	 
	const underlined = [...row.matchAll(/\u001B\[4m(.*?)\u001B\[24m/g)].map(match => plain(match[1]));
	assert.equal(underlined.join(''), 'asyn');
});
