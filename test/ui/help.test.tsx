import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup, render} from 'ink-testing-library';
import {App} from '../../source/ui/app.js';
import {defaultKeymap, keyLabel, withKeys} from '../../source/ui/keys/keymap.js';
import {keys, makeArchive, makePost, settle, waitFor, waitForText} from './helpers.js';

afterEach(() => {
	cleanup();
});

const archive = makeArchive([makePost({title: 'Only post', body: 'Body text here.'})]);

test('? shows every binding of the keymap with its keys', async () => {
	const {lastFrame, stdin} = render(<App archive={archive} title="Blog" size={{columns: 100, rows: 240}} />);
	await waitForText(lastFrame, 'Only post');
	await settle();
	stdin.write('?');
	const frame = await waitForText(lastFrame, 'Keys');
	for (const binding of defaultKeymap) {
		const labels = binding.keys.map(key => keyLabel(key));
		const listed = frame.split('\n').some(line => line.includes(binding.description) && labels.every(label => line.includes(label)));
		assert.ok(listed, `help lists "${binding.description}" with ${labels.join(' ')}`);
	}

	for (const title of ['List', 'Search line', 'Reader']) {
		assert.ok(frame.split('\n').includes(title), `section ${title}`);
	}
});

test('the help follows a remapped keymap, and so does the input handling', async () => {
	const keymap = withKeys(defaultKeymap, {list: {help: ['H'], 'select-next': ['n']}});
	const more = makeArchive([makePost({title: 'One'}), makePost({title: 'Two'})]);
	const {lastFrame, stdin} = render(<App archive={more} title="Blog" keymap={keymap} size={{columns: 100, rows: 80}} />);
	await waitForText(lastFrame, 'Two');
	await settle();
	stdin.write('n');
	await waitFor(lastFrame, frame => frame.split('\n').find(line => line.startsWith('›'))?.includes('Two') ?? false);
	stdin.write('H');
	const frame = await waitForText(lastFrame, 'Keys');
	assert.match(frame.split('\n').find(line => line.includes('next post') && !line.includes('filter')) ?? '', /^\s+n\s/);
});

test('q and Esc close the help, back to the screen it was opened from', async () => {
	const {lastFrame, stdin} = render(<App archive={archive} title="Blog" size={{columns: 100, rows: 20}} />);
	await waitForText(lastFrame, 'Only post');
	await settle();
	stdin.write('?');
	await waitForText(lastFrame, 'Keys');
	stdin.write('q');
	await waitForText(lastFrame, 'Blog · 1 post');
	stdin.write(keys.enter);
	await waitForText(lastFrame, 'Body text here');
	stdin.write('?');
	await waitForText(lastFrame, 'Keys');
	stdin.write(keys.escape);
	await waitForText(lastFrame, 'Body text here');
});

test('on a small terminal the help scrolls', async () => {
	const {lastFrame, stdin} = render(<App archive={archive} title="Blog" size={{columns: 40, rows: 10}} />);
	await waitForText(lastFrame, 'Only post');
	await settle();
	stdin.write('?');
	let frame = await waitForText(lastFrame, 'Keys');
	assert.equal(frame.split('\n').length, 9);
	assert.match(frame, /1-7\/\d+/);
	stdin.write('j');
	await waitFor(lastFrame, text => /2-8\/\d+/.test(text));
	stdin.write('G');
	frame = await waitFor(lastFrame, text => /-(\d+)\/\1\b/.test(text));
	assert.match(frame, /quit/);
});
