import './force-color.js';
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup, render} from 'ink-testing-library';
import {App} from '../../source/ui/app.js';
import type {Host} from '../../source/ui/terminal/host.js';
import {keys, longBody, makeArchive, makePost, settle, waitFor, waitForText} from './helpers.js';

afterEach(() => {
	cleanup();
});

const guide = [
	'## Getting started',
	longBody(12, 'Intro'),
	'## Moss and lichen',
	longBody(12, 'Moss'),
	'See [the oak post](oak.md), [the start](#getting-started) and [a site](https://example.com/x).',
	'A claim.[^1]',
	'### Deep lichen',
	longBody(12, 'Lichen'),
	'[^1]: The footnote text.',
].join('\n\n');

const posts = [
	makePost({title: 'Field guide', slug: 'guide', file: '/archive/guide.md', date: '2020-01-03', body: guide}),
	makePost({title: 'Oak trees', slug: 'oak', file: '/archive/oak.md', date: '2020-01-01', body: longBody(30, 'Acorn')}),
];

const status = (frame: string): string => frame.split('\n').at(-1) ?? '';

function fakeHost() {
	const copied: string[] = [];
	const launched: string[][] = [];
	const host: Host = {
		env: {},
		copy: text => copied.push(text),
		run: () => ({status: 0, signal: undefined, output: '', complaint: ''}),
		afterFrame: callback => setTimeout(callback, 0),
		onMouse: () => () => {},
		readFile: () => undefined,
		launch(file, args) {
			launched.push([file, ...args]);
			return true;
		},
	};
	return {host, copied, launched};
}

async function openGuide(host?: Host, size = {columns: 80, rows: 16}) {
	const instance = render(<App archive={makeArchive(posts)} title="Blog" size={size} host={host} />);
	await waitForText(instance.lastFrame, 'Oak trees');
	await settle();
	instance.stdin.write(keys.enter);
	await waitForText(instance.lastFrame, 'Intro 1 ');
	return instance;
}

test('/ finds in the post: hits are marked live, Enter goes to the first, n wraps and says so, Esc clears', async () => {
	const {lastFrame, stdin} = await openGuide();
	stdin.write('/');
	await waitFor(lastFrame, frame => status(frame).startsWith('/'));
	stdin.write('Lichen 1');
	let frame = await waitFor(lastFrame, text => status(text).includes('/Lichen 1') && /\d+ hits/.test(status(text)));
	assert.match(status(frame), /4 hits/, 'Lichen 1, 10, 11, 12');
	stdin.write(keys.enter);
	frame = await waitFor(lastFrame, text => /hit 1\/4/.test(status(text)));
	assert.ok(frame.split('\n').slice(0, 3).some(line => line.includes('Lichen 1 ')), 'the first hit is at the top');
	assert.match(status(frame), /Deep lichen/, 'the status line names the section');
	assert.ok((lastFrame() ?? '').includes('\u001B[7m'), 'hits drawn inverse');
	stdin.write('nnn');
	await waitFor(lastFrame, text => /hit 4\/4/.test(status(text)));
	stdin.write('n');
	frame = await waitFor(lastFrame, text => /hit 1\/4/.test(status(text)));
	assert.match(status(frame), /search hit bottom, continuing at top/);
	stdin.write('N');
	await waitFor(lastFrame, text => /hit 4\/4/.test(status(text)) && status(text).includes('continuing at bottom'));
	stdin.write(keys.escape);
	frame = await waitFor(lastFrame, text => !/hit \d/.test(status(text)));
	assert.ok(!(lastFrame() ?? '').includes('\u001B[7m'), 'the marks are gone');
	assert.match(frame, /Lichen/, 'Esc cleared the find and stayed in the post');
	stdin.write(keys.escape);
	await waitForText(lastFrame, '› 2020-01-03');
});

test('a post opened from a search of the list lands on the first hit of the query', async () => {
	const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 80, rows: 16}} />);
	await waitForText(lastFrame, 'Oak trees');
	await settle();
	stdin.write('/lichen');
	await waitFor(lastFrame, frame => status(frame).startsWith('/lichen'));
	stdin.write(keys.enter);
	stdin.write(keys.enter);
	const frame = await waitFor(lastFrame, text => /hit 1\/\d+/.test(status(text)));
	assert.ok(!frame.includes('Intro 1 '), 'not at the top of the post');
});

test('t lists the headings indented by level, filters as typed, Enter jumps there', async () => {
	const {lastFrame, stdin} = await openGuide();
	stdin.write('t');
	let frame = await waitForText(lastFrame, 'Outline');
	assert.match(frame, /^› Getting started/m);
	assert.match(frame, /^ {2}Moss and lichen/m);
	assert.match(frame, /^ {4}Deep lichen/m, 'a level-3 heading is indented under its level-2');
	stdin.write('deep');
	await waitFor(lastFrame, text => text.includes('filter: deep') && !text.includes('Getting started'));
	stdin.write(keys.enter);
	frame = await waitFor(lastFrame, text => !text.includes('Outline') && /Deep lichen/.test(text.split('\n')[0] ?? ''));
	assert.match(status(frame), /Deep lichen/);
	stdin.write('\u000F');
	await waitForText(lastFrame, 'Intro 1 ');
});

test('L lists the links; Enter follows one to another post and Ctrl-O comes back; Tab goes forward', async () => {
	const {host, copied, launched} = fakeHost();
	const {lastFrame, stdin} = await openGuide(host);
	stdin.write('L');
	let frame = await waitForText(lastFrame, 'Links');
	assert.match(frame, /\[1\] the oak post +→ Oak trees/);
	assert.match(frame, /\[#\] the start +#getting-started/, 'anchors have no number in the text');
	assert.match(frame, /\[2\] a site +https:\/\/example.com\/x/);
	stdin.write('2');
	await waitFor(lastFrame, text => /^› \[2\]/m.test(text));
	stdin.write('y');
	await waitFor(lastFrame, text => text.includes('copied link'));
	assert.deepEqual(copied, ['https://example.com/x']);
	stdin.write(keys.enter);
	await waitFor(lastFrame, text => status(text).includes('opening https://example.com/x'));
	assert.deepEqual(launched, [['xdg-open', 'https://example.com/x']]);
	stdin.write('L1');
	await waitFor(lastFrame, text => /^› \[1\]/m.test(text));
	stdin.write(keys.enter);
	await waitForText(lastFrame, 'Acorn 1 ');
	stdin.write('\u000F');
	frame = await waitForText(lastFrame, 'Field guide');
	assert.ok(!frame.includes('Acorn'));
	stdin.write('\t');
	await waitForText(lastFrame, 'Acorn 1 ');
});

test('an #anchor link jumps to its heading; F jumps to a footnote and back', async () => {
	const {lastFrame, stdin} = await openGuide(undefined, {columns: 80, rows: 40});
	stdin.write('t');
	await waitForText(lastFrame, 'Outline');
	stdin.write(`${keys.down}${keys.enter}`);
	await waitFor(lastFrame, text => /Moss and lichen/.test(text.split('\n')[0] ?? ''));
	stdin.write('F');
	assert.ok(!(lastFrame() ?? '').includes('The footnote text'));
	const frame = await waitFor(lastFrame, text => /footnote 1/.test(status(text)));
	assert.match(frame, /The footnote text/);
	stdin.write('F');
	await waitFor(lastFrame, text => /Moss and lichen/.test(text.split('\n')[0] ?? ''));
	stdin.write('L1');
	await waitFor(lastFrame, text => /^› \[1\]/m.test(text));
	stdin.write(`${keys.down}${keys.enter}`);
	await waitFor(lastFrame, text => /Getting started/.test(text.split('\n')[0] ?? ''));
});

test('< and > narrow and widen the text column, keeping the place', async () => {
	const {lastFrame, stdin} = await openGuide(undefined, {columns: 120, rows: 16});
	const body = (frame: string): string[] => frame.split('\n').slice(0, -1);
	stdin.write('>');
	let frame = await waitFor(lastFrame, text => status(text).includes('text width'));
	assert.match(status(frame), /text width 110/);
	stdin.write('jjjjjjjjjjjjjjjj');
	frame = await waitFor(lastFrame, text => /^Intro \d+ of the text\.$/.test(body(text)[0] ?? ''));
	const first = body(frame)[0]!;
	stdin.write('<<<<<<<<<<');
	frame = await waitFor(lastFrame, text => status(text).includes('text width 20 (the narrowest)') && Math.max(...body(text).map(line => line.length)) <= 20);
	assert.ok(body(frame)[0]?.startsWith(first.slice(0, first.indexOf(' of'))), `the paragraph at the top stays there: ${first} -> ${body(frame)[0]}`);
});
