/**
Find in post, the outline, following a link to another post and back, and the width keys: the
built binary in a real terminal, read cell by cell where the highlight matters. `npm test`
builds first; run `npm run build` before running this file alone.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {settledArchive} from '../fixtures/tree.js';
import {cellsOf} from '../helpers/screen.js';
import {sessionsOfThisFile} from './pty-session.js';

const start = sessionsOfThisFile();

const paragraphs = (word: string, count: number): string => Array.from({length: count}, (_, index) => `${word} ${index + 1} of the text.`).join('\n\n');
const guide = [
	`Start with [the beta notes](beta.md).`,
	'## First part',
	paragraphs('Alder', 20),
	'## Second part',
	paragraphs('Birch', 20),
	'### The last bit',
	paragraphs('Cedar', 20),
].join('\n\n');
const post = (title: string, date: string, text: string): string => `---\ntitle: ${title}\ndate: ${date}\n---\n\n${text}\n`;
const dir = settledArchive({'alpha.md': post('Alpha guide', '2020-01-03', guide), 'beta.md': post('Beta notes', '2020-01-02', paragraphs('Beech', 30))});
const statusOf = (screen: string): string => screen.trimEnd().split('\n').at(-1) ?? '';
const rowOf = (screen: string, text: string): number => screen.split('\n').findIndex(line => line.includes(text));

test('/ marks every hit on screen (the current one distinct), n wraps, Esc clears the marks', {timeout: 90_000}, async () => {
	const session = start({args: ['--dir', dir], columns: 80, rows: 24});
	await session.waitFor('Alpha guide');
	session.write('\r');
	await session.waitFor('Alder 1 of the text');
	session.write('/Birch 1');
	await session.waitFor(text => statusOf(text).startsWith('/Birch 1') && statusOf(text).includes('11 hits'));
	session.write('\r');
	let screen = await session.waitFor(text => statusOf(text).includes('hit 1/11') && statusOf(text).includes('Second part'));
	const current = cellsOf(session.terminal, rowOf(screen, 'Birch 1 of'), 'Birch 1');
	const other = cellsOf(session.terminal, rowOf(screen, 'Birch 10 of'), 'Birch 1');
	assert.ok(current.length > 0 && current.every(cell => cell.inverse), 'the current hit is inverse');
	assert.ok(other.length > 0 && other.every(cell => cell.inverse), 'another hit on screen is inverse');
	assert.notDeepEqual(current.map(cell => cell.fg), other.map(cell => cell.fg), 'the current hit is drawn distinct');
	const plain = cellsOf(session.terminal, rowOf(screen, 'Birch 10 of'), 'of the');
	assert.ok(plain.every(cell => !cell.inverse), 'text beside a hit is not marked');
	session.write('N');
	await session.waitFor(text => statusOf(text).includes('hit 11/11') && statusOf(text).includes('continuing at bottom'));
	session.write('\u001B');
	screen = await session.waitFor(text => !/hit \d/.test(statusOf(text)));
	const row = rowOf(screen, 'Birch 1');
	assert.ok(row >= 0 && cellsOf(session.terminal, row, 'Birch 1').every(cell => !cell.inverse), 'Esc cleared the marks and stayed in the post');
	session.write('\u001B');
	await session.waitFor(text => text.includes('Beta notes') && !text.includes('Birch'));
});

test('t jumps to a heading, L follows a link to another post and Ctrl-O comes back, < narrows the text', {timeout: 90_000}, async () => {
	const session = start({args: ['--dir', dir], columns: 100, rows: 20});
	await session.waitFor('Alpha guide');
	session.write('\r');
	await session.waitFor('Alder 1 of the text');
	session.write('t');
	let screen = await session.waitFor(text => text.startsWith('Outline'));
	assert.match(screen, /^ {4}The last bit/m, 'indented by level');
	session.write('last');
	await session.waitFor(text => statusOf(text).startsWith('filter: last') && !text.includes('First part'));
	session.write('\r');
	screen = await session.waitFor(text => /The last bit/.test(text.split('\n')[0] ?? ''));
	assert.match(statusOf(screen), /The last bit/, 'the status line names the section');

	session.write('g');
	await session.waitFor(text => text.startsWith('Alpha guide'));
	session.write('L');
	screen = await session.waitFor(text => text.startsWith('Links'));
	assert.match(screen, /\[1\] the beta notes +→ Beta notes/);
	session.write('\r');
	await session.waitFor(text => text.includes('Beech 1 of the text'));
	session.write('\u000F');
	await session.waitFor(text => text.startsWith('Alpha guide') && text.includes('the beta notes'));

	for (const width of [89, 79]) {
		session.write('<');
		 
		await session.waitFor(text => statusOf(text).includes(`text width ${width}`));
	}

	session.write('<');
	// The header's rule spans the text column: the post is drawn at the new width, at the same place.
	await session.waitFor(text => statusOf(text).includes('text width 69') && (text.split('\n')[2] ?? '') === '─'.repeat(69) && text.includes('Alder 1'));
	session.write('q');
	await session.waitFor(text => text.includes('Beta notes') && !text.includes('Alder'));
});
