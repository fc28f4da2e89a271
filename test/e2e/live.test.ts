/**
A living archive, in a real terminal: files added, changed and removed while the reader runs
show up by themselves with the selection, the query and the reading place kept; `r` reloads by
hand; the config file's archive, theme and width apply, and a bad one stops the reader.
`npm test` builds first; run `npm run build` before running this file alone.
*/
import assert from 'node:assert/strict';
import {rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {setTimeout as sleep} from 'node:timers/promises';
import {settledAfterMs} from '../../source/archive/cache/next-catalog.js';
import {cellsOf, rowCells} from '../helpers/screen.js';
import {removeAfterTests, settledArchive, tempDir} from '../fixtures/tree.js';
import {sessionsOfThisFile, type Session} from './pty-session.js';

const start = sessionsOfThisFile();
const scratch = removeAfterTests(tempDir('blog-reader-live-'));

const body = Array.from({length: 80}, (_, index) => `Paragraph ${index + 1} of the text.`).join('\n\n');
const post = (title: string, date: string, text = body): string => `---\ntitle: ${title}\ndate: ${date}\n---\n\n${text}\n`;
const archive = (): string => settledArchive({
	'alpha.md': post('Alpha notes', '2020-01-03'),
	'beta.md': post('Beta notes', '2020-01-02', 'Short beta.'),
	'gamma.md': post('Gamma notes', '2020-01-01', 'Short gamma.'),
});

const lines = (screen: string): string[] => screen.trimEnd().split('\n');
const statusOf = (screen: string): string => lines(screen).at(-1) ?? '';
const selected = (screen: string): string => screen.split('\n').find(line => line.startsWith('›')) ?? '';
const rowOf = (session: Session, text: string): number => session.screen().findIndex(line => line.includes(text));

test('posts added and removed while the reader runs come and go, the selection and the query kept', {timeout: 120_000}, async () => {
	const dir = archive();
	const session = start({args: ['--dir', dir], columns: 100});
	await session.waitFor(text => text.includes('3 posts') && text.includes('Gamma notes'));
	session.write('j');
	await session.waitFor(text => selected(text).includes('Beta notes'));

	// A new newest post lands above the selection: the selection stays on Beta.
	writeFileSync(join(dir, 'delta.md'), post('Delta notes', '2020-01-04', 'Short delta.'));
	let screen = await session.waitFor(text => text.includes('Delta notes') && text.includes('4 posts'));
	assert.match(selected(screen), /Beta notes/);
	assert.match(statusOf(screen), /reloaded: 1 added/);
	// An editor's swap file is nothing to reload; the list is as it was.
	writeFileSync(join(dir, '.beta.md.swp'), 'swap');

	rmSync(join(dir, 'gamma.md'));
	screen = await session.waitFor(text => !text.includes('Gamma notes') && text.includes('3 posts'));
	assert.match(selected(screen), /Beta notes/);
	assert.match(statusOf(screen), /reloaded: 1 removed/);

	// A query stays, and a new post that matches it joins the results.
	session.write('/notes');
	await session.waitFor(text => statusOf(text).startsWith('/notes'));
	session.write('\r');
	await session.waitFor(text => text.includes('“notes”: 3 matches'));
	session.write('jj');
	await session.waitFor(text => selected(text).includes('Beta notes'));
	writeFileSync(join(dir, 'epsilon.md'), post('Epsilon notes', '2020-01-05', 'Short epsilon.'));
	screen = await session.waitFor(text => text.includes('Epsilon notes') && text.includes('“notes”: 4 matches'));
	assert.match(selected(screen), /Beta notes/);

	// `r` reloads by hand and says so; the selected row is still drawn inverse.
	session.write('r');
	await session.waitFor(text => /reloaded: no changes/.test(statusOf(text)));
	const row = rowOf(session, 'Beta notes');
	assert.ok(rowCells(session.terminal, row).slice(0, 40).every(cell => cell.inverse), 'selected row inverse after reloads');
	session.write('q');
	await session.waitFor(/EXIT=0/);
});

test('the open post re-renders when its file changes, the place read kept; a post removed leaves the reader', {timeout: 120_000}, async () => {
	const dir = archive();
	const session = start({args: ['--dir', dir], columns: 100, rows: 20});
	await session.waitFor('Alpha notes');
	session.write('\r');
	await session.waitFor('Paragraph 1 of the text.');
	session.write('dd');
	let screen = await session.waitFor(text => !text.includes('Paragraph 1 of the text.') && /Paragraph \d+ of the text\./.test(lines(text)[0] ?? ''));
	const top = lines(screen)[0]!;
	const number = Number(/Paragraph (\d+)/.exec(top)![1]);
	const onScreen = number + 2;

	writeFileSync(join(dir, 'alpha.md'), post('Alpha notes', '2020-01-03', body.replace(`Paragraph ${onScreen} of the text.`, `Paragraph ${onScreen} was edited while it was read.`)));
	screen = await session.waitFor(`Paragraph ${onScreen} was edited while it was read.`);
	assert.equal(lines(screen)[0], top, 'the same paragraph at the top');

	// Another post changing leaves the open one as it is (not drawn again, same place).
	writeFileSync(join(dir, 'beta.md'), post('Beta notes, retitled', '2020-01-02', 'Short beta.'));
	screen = await session.waitFor(text => /reloaded: 1 changed/.test(statusOf(text)));
	assert.equal(lines(screen)[0], top);

	rmSync(join(dir, 'alpha.md'));
	screen = await session.waitFor(text => text.includes('2 posts') && !text.includes('Alpha notes'));
	assert.match(screen, /Beta notes, retitled/);
	session.write('q');
	await session.waitFor(/EXIT=0/);
});

test('r is in the help, among the list\'s keys', {timeout: 60_000}, async () => {
	const dir = archive();
	const session = start({args: ['--dir', dir], columns: 100, rows: 60});
	await session.waitFor('Gamma notes');
	session.write('?');
	const screen = await session.waitFor(/reload the archive from its files/);
	assert.match(screen, /^\s*r\s+reload the archive from its files/m);
	session.write('q');
	await session.waitFor(text => text.includes('Gamma notes') && !text.includes('reload the archive'));
	session.write('q');
	await session.waitFor(/EXIT=0/);
});

for (const [name, env] of [['colour', {}], ['NO_COLOR', {NO_COLOR: '1'}]] as const) {
	test(`the config file's archive, theme, width and sort apply in the reader (${name})`, {timeout: 90_000}, async () => {
		const dir = settledArchive({'long.md': post('Long lines', '2021-05-05', `${'word '.repeat(60).trim()}\n`), 'old.md': post('Older first', '2020-01-01', 'Short.')});
		const config = join(scratch, `config-${name}.json`);
		writeFileSync(config, JSON.stringify({archive: dir, theme: 'light', width: 40, sort: 'oldest'}));
		const session = start({env: {BLOG_READER_CONFIG: config, ...env}, columns: 100});
		let screen = await session.waitFor(text => text.includes(dir) && text.includes('Long lines'));
		assert.match(lines(screen)[1] ?? '', /^› 2020-01-01 {2}Older first/, 'oldest first');
		const header = cellsOf(session.terminal, 0, '2 posts');
		if (name === 'colour') {
			assert.ok(header.every(cell => cell.fg === 'p4' && cell.bold), 'light header: bold blue');
		} else {
			assert.ok(header.every(cell => cell.fg === 'default' && cell.bold), 'no colour, still bold');
		}

		assert.ok(rowCells(session.terminal, 1).slice(0, 30).every(cell => cell.inverse), 'selected row inverse');
		session.write('j');
		await session.waitFor(text => selected(text).includes('Long lines'));
		assert.ok(rowCells(session.terminal, 2).slice(0, 30).every(cell => cell.inverse), 'the moved selection inverse');
		assert.ok(!rowCells(session.terminal, 1).slice(0, 30).some(cell => cell.inverse), 'the row left plain');
		session.write('\r');
		screen = await session.waitFor('word word');
		const text = lines(screen).filter(line => line.startsWith('word'));
		assert.ok(text.length > 1 && text.every(line => line.length <= 40), `a 40-column text: ${JSON.stringify(text)}`);
		session.write('q');
		await session.waitFor(text => text.includes('Long lines') && !text.includes('word word'));
		session.write('q');
		await session.waitFor(/EXIT=0/);
	});
}

test('--width and --theme win over the file; a bad file stops the reader with one line and exit 2', {timeout: 60_000}, async () => {
	const dir = settledArchive({'long.md': post('Long lines', '2021-05-05', `${'word '.repeat(60).trim()}\n`)});
	const config = join(scratch, 'config-flags.json');
	writeFileSync(config, JSON.stringify({archive: dir, theme: 'light', width: 40}));
	const session = start({args: ['--theme', 'dark', '--width', '60'], env: {BLOG_READER_CONFIG: config}, columns: 100});
	await session.waitFor('Long lines');
	assert.ok(cellsOf(session.terminal, 0, '1 post').every(cell => cell.fg === 'p6'), 'dark header: cyan');
	session.write('\r');
	const screen = await session.waitFor('word word');
	assert.ok(lines(screen).some(line => line.startsWith('word') && line.length > 40 && line.length <= 60), screen);
	session.write('q');
	await session.waitFor(text => !text.includes('word word'));
	session.write('q');
	await session.waitFor(/EXIT=0/);

	const bad = join(scratch, 'config-bad.json');
	writeFileSync(bad, JSON.stringify({archive: dir, theme: 'sepia'}));
	const failed = start({env: {BLOG_READER_CONFIG: bad}});
	const shown = await failed.waitFor(/EXIT=\d+/);
	assert.match(shown, /EXIT=2/);
	// One line on stderr, as the terminal wraps it at 80 columns.
	assert.ok(shown.replaceAll('\n', '').startsWith(`blog-reader: ${bad}: theme must be "auto", "dark", "light", not "sepia"EXIT=2`), shown);
	assert.equal(failed.bufferType(), 'normal');
});

test('a post written over in place while the reader was closed is read again once on screen; r looks at every file', {timeout: 120_000}, async () => {
	const many: Record<string, string> = {};
	for (let number = 1; number <= 30; number++) {
		many[`post-${number}.md`] = post(`Post number ${number}`, `2020-01-${String(number).padStart(2, '0')}`, 'Short.');
	}

	const dir = settledArchive(many);
	let session = start({args: ['--dir', dir], columns: 100, rows: 12});
	await session.waitFor(text => text.includes('30 posts') && text.includes('Post number 30'));
	session.write('q');
	await session.waitFor(/EXIT=0/);

	// Written over, not replaced: the folder's time stays, so only a look at the file tells.
	writeFileSync(join(dir, 'post-30.md'), post('Post number 30, edited', '2020-01-30', 'Short.'));
	writeFileSync(join(dir, 'post-1.md'), post('Post number 1, edited', '2020-01-01', 'Short.'));
	// Settled (a file changed in the last seconds is never kept as known), so each start below
	// finds what the one before it kept.
	await sleep(settledAfterMs + 200);
	session = start({args: ['--dir', dir], columns: 100, rows: 12});
	const screen = await session.waitFor(text => text.includes('Post number 30, edited'));
	// The reload that the post on screen set off looked at every file: the one at the bottom too.
	assert.match(statusOf(screen), /reloaded: 2 changed/);
	session.write('G');
	await session.waitFor(text => text.includes('Post number 1, edited'));
	session.write('q');
	await session.waitFor(/EXIT=0/);

	// Off screen and not opened: `r` finds it.
	writeFileSync(join(dir, 'post-2.md'), post('Post number 2, edited', '2020-01-02', 'Short.'));
	await sleep(settledAfterMs + 200);
	session = start({args: ['--dir', dir], columns: 100, rows: 12});
	await session.waitFor(text => text.includes('30 posts') && text.includes('Post number 30, edited'));
	session.write('r');
	await session.waitFor(text => /reloaded: 1 changed/.test(statusOf(text)));
	session.write('G');
	await session.waitFor(text => text.includes('Post number 2, edited'));
	session.write('q');
	await session.waitFor(/EXIT=0/);
});
