/**
Read state as a user meets it: the built binary in a real terminal, quit and started again.
Unread posts are marked (read cell by cell, in colour and under NO_COLOR), a post read part way
shows its progress and opens where it was left, `m` flips read and unread, `c` continues the
post read last, and `--no-state` keeps nothing. `npm test` builds first; run `npm run build`
before running this file alone.
*/
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {removeAfterTests, settledArchive, tempDir} from '../fixtures/tree.js';
import {cellsOf} from '../helpers/screen.js';
import {runCli} from '../helpers/cli.js';
import {sessionsOfThisFile, type Session} from './pty-session.js';

const start = sessionsOfThisFile();

const paragraphs = (word: string, count: number): string => Array.from({length: count}, (_, index) => `${word} ${index + 1} of the text.`).join('\n\n');
const post = (title: string, date: string, text: string): string => `---\ntitle: ${title}\ndate: ${date}\n---\n\n${text}\n`;
const dir = settledArchive({
	'alpha.md': post('Alpha guide', '2020-01-03', paragraphs('Alder', 60)),
	'beta.md': post('Beta notes', '2020-01-02', paragraphs('Beech', 40)),
	'gamma.md': post('Gamma short', '2020-01-01', 'Only a line.'),
});
const rowOf = (screen: string, text: string): number => screen.split('\n').findIndex(line => line.includes(text));
const lineOf = (screen: string, text: string): string => screen.split('\n').find(line => line.includes(text)) ?? '';
const statusOf = (screen: string): string => screen.trimEnd().split('\n').at(-1) ?? '';
/** The first line of the post's text on screen (below its title, facts and rule). */
const firstTextLine = (screen: string): string => screen.split('\n').find(line => /^(Alder|Beech) \d+ of the text/.test(line)) ?? '';

function session(state: string, args: readonly string[] = [], env: Readonly<Record<string, string | undefined>> = {}): Session {
	return start({args: ['--dir', dir, ...args], columns: 80, rows: 16, readState: true, env: {BLOG_READER_STATE_DIR: state, ...env}});
}

async function quit(reader: Session): Promise<void> {
	reader.write('q');
	await reader.waitFor(/EXIT=0/);
}

function stateFiles(state: string): string[] {
	try {
		return readdirSync(join(state, 'state', 'read'));
	} catch {
		return [];
	}
}

test('a post read part way shows its progress and opens where it was left; m flips it; c continues', {timeout: 120_000}, async () => {
	const state = removeAfterTests(tempDir('blog-reader-read-'));
	const first = session(state);
	let screen = await first.waitFor(text => text.includes('Alpha guide') && text.includes('Gamma short'));
	for (const title of ['Alpha guide', 'Beta notes', 'Gamma short']) {
		assert.match(lineOf(screen, title), /^[› ] {3}• 2020-/, `${title} is marked unread`);
	}

	first.write('\r');
	await first.waitFor('Alder 1 of the text');
	first.write('  ');
	screen = await first.waitFor(text => !text.includes('Alder 1 of the text') && /Alder 1\d of the text/.test(text));
	const left = firstTextLine(screen);
	assert.ok(left !== '', 'the text scrolled');
	first.write('q');
	screen = await first.waitFor(text => text.includes('Gamma short') && !text.includes('Alder'));
	assert.match(lineOf(screen, 'Alpha guide'), /^› +\d{1,2}% 2020-01-03/, 'read part way: its progress instead of the mark');
	assert.match(lineOf(screen, 'Beta notes'), /• 2020-01-02/, 'the others still unread');
	const progress = /(\d+)%/.exec(lineOf(screen, 'Alpha guide'))![1];
	await quit(first);
	assert.equal(stateFiles(state).length, 1, 'one state file for the archive');

	const second = session(state);
	screen = await second.waitFor(text => text.includes('Alpha guide') && text.includes('Gamma short'));
	assert.match(lineOf(screen, 'Alpha guide'), new RegExp(`^› +${progress}% 2020-01-03`), 'the progress is remembered');
	second.write('\r');
	screen = await second.waitFor(text => firstTextLine(text) === left);
	assert.ok(!screen.includes('Alder 1 of the text'), 'reopened at the place it was left, not the top');
	second.write('q');
	await second.waitFor(text => text.includes('Gamma short') && !text.includes('Alder'));

	// m on the list: unread again (the mark is back), then read.
	second.write('m');
	screen = await second.waitFor(text => statusOf(text).includes('marked unread'));
	assert.match(lineOf(screen, 'Alpha guide'), /• 2020-01-03/);
	second.write('m');
	screen = await second.waitFor(text => statusOf(text).includes('marked read'));
	assert.doesNotMatch(lineOf(screen, 'Alpha guide'), /•/);

	// Another post read, then c from the top of the list goes back into it where it was.
	second.write('j\r');
	await second.waitFor('Beech 1 of the text');
	second.write('G');
	screen = await second.waitFor(text => text.includes('Beech 40 of the text'));
	const beech = firstTextLine(screen);
	// m in the reader marks the open post unread; it stays so when left.
	second.write('m');
	await second.waitFor(text => statusOf(text).includes('marked unread'));
	second.write('q');
	screen = await second.waitFor(text => text.includes('Gamma short') && !text.includes('Beech'));
	assert.match(lineOf(screen, 'Beta notes'), /• 2020-01-02/, 'm in the reader left it unread');
	second.write('g');
	await second.waitFor(text => lineOf(text, 'Alpha guide').startsWith('›'));
	second.write('c');
	// The post read last, at its place (the status line names it).
	await second.waitFor(text => firstTextLine(text) === beech && statusOf(text).includes('Beta notes'));
	second.write('q');
	await second.waitFor('Gamma short');
	await quit(second);

	// The command line reads the same state (and writes nothing); c opened Beta again, so it is read.
	const before = readFileSync(join(state, 'state', 'read', stateFiles(state)[0]!));
	const read = runCli(['search', 'is:read', '-d', dir], {env: {BLOG_READER_STATE_DIR: state}});
	assert.equal(read.code, 0, read.stderr);
	assert.deepEqual(read.stdout.trim().split('\n').map(line => line.split('\t')[1]), ['Alpha guide', 'Beta notes']);
	const unread = runCli(['search', 'is:unread', '-d', dir], {env: {BLOG_READER_STATE_DIR: state}});
	assert.deepEqual(unread.stdout.trim().split('\n').map(line => line.split('\t')[1]), ['Gamma short']);
	const off = runCli(['search', 'is:read', '--no-state', '-d', dir], {env: {BLOG_READER_STATE_DIR: state}});
	assert.equal(off.code, 1, '--no-state: nothing is read');
	assert.deepEqual(readFileSync(join(state, 'state', 'read', stateFiles(state)[0]!)), before, 'the commands wrote nothing');
});

test('is:unread on the search line keeps the open post while it is read, and drops it after', {timeout: 90_000}, async () => {
	const state = removeAfterTests(tempDir('blog-reader-read-'));
	const reader = session(state);
	await reader.waitFor('Gamma short');
	reader.write('/is:unread');
	await reader.waitFor(text => text.includes('“is:unread”: 3 matches'));
	reader.write('\r\r');
	await reader.waitFor('Alder 1 of the text');
	reader.write(' ');
	await reader.waitFor(text => !text.includes('Alder 1 of the text'));
	reader.write('q');
	const screen = await reader.waitFor(text => text.includes('“is:unread”: 2 matches'));
	assert.ok(!screen.includes('Alpha guide'), 'read now, so filtered out');
	await quit(reader);
});

test('the unread mark stands out: bold and coloured, bold under NO_COLOR', {timeout: 90_000}, async () => {
	const state = removeAfterTests(tempDir('blog-reader-read-'));
	for (const [name, env, coloured] of [['colour', {}, true], ['NO_COLOR', {NO_COLOR: '1'}, false]] as const) {
		const reader = session(state, [], env);
		const screen = await reader.waitFor('Gamma short');
		const row = rowOf(screen, 'Beta notes');
		const mark = cellsOf(reader.terminal, row, '•');
		assert.equal(mark.length, 1, `${name}: a mark`);
		assert.ok(mark[0]!.bold, `${name}: the mark is bold`);
		assert.equal(mark[0]!.fg !== 'default', coloured, `${name}: the mark ${coloured ? 'is' : 'is not'} coloured`);
		assert.ok(cellsOf(reader.terminal, row, 'Beta notes').every(cell => cell.bold), `${name}: an unread title is bold`);
		await quit(reader);
	}
});

test('--no-state shows no marks and writes nothing', {timeout: 90_000}, async () => {
	const state = removeAfterTests(tempDir('blog-reader-read-'));
	const reader = session(state, ['--no-state']);
	const screen = await reader.waitFor('Gamma short');
	assert.ok(!screen.includes('•'), 'no marks');
	assert.match(lineOf(screen, 'Alpha guide'), /^› 2020-01-03/, 'the list as it was without read state');
	reader.write('\r');
	await reader.waitFor('Alder 1 of the text');
	reader.write(' ');
	await reader.waitFor(text => !text.includes('Alder 1 of the text'));
	reader.write('q');
	await reader.waitFor('Gamma short');
	reader.write('c');
	await reader.waitFor(text => statusOf(text).includes('--no-state'));
	await quit(reader);
	assert.deepEqual(stateFiles(state), [], 'no state file');
	assert.ok(statSync(state).isDirectory());
});

test('a damaged state file: every post unread, one line after the reader closes, replaced on the next save', {timeout: 120_000}, async () => {
	const state = removeAfterTests(tempDir('blog-reader-read-'));
	const first = session(state);
	await first.waitFor('Gamma short');
	first.write('\r');
	await first.waitFor('Alder 1 of the text');
	first.write('q');
	await first.waitFor(text => /^› +\d+% /m.test(text));
	await quit(first);
	const file = join(state, 'state', 'read', stateFiles(state)[0]!);
	writeFileSync(file, 'garbage');

	const second = session(state);
	const screen = await second.waitFor('Gamma short');
	assert.match(lineOf(screen, 'Alpha guide'), /• 2020-01-03/, 'the damaged state is not used');
	second.write('j\r');
	await second.waitFor('Beech 1 of the text');
	second.write('q');
	await second.waitFor('Gamma short');
	second.write('q');
	const after = await second.waitFor(/EXIT=0/);
	// The terminal wraps the line at 80 columns.
	const joined = after.replaceAll('\n', '');
	assert.equal(joined.split('blog-reader: ignored the read state').length, 2, 'said once');
	assert.match(joined, /blog-reader: ignored the read state \S+: .+ \(it is replaced on the next save\)/);
	const read = runCli(['search', 'is:read', '-d', dir], {env: {BLOG_READER_STATE_DIR: state}});
	assert.equal(read.stderr, '', 'the file was replaced by a good one');
	assert.deepEqual(read.stdout.trim().split('\n').map(line => line.split('\t')[1]), ['Beta notes']);
});
