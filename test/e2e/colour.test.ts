/**
Every screen of the built reader in a real pseudo-terminal, read cell by cell: what is coloured,
inverse, bold or dim on a colour terminal, under NO_COLOR and `--color never`, with CI set in the
environment (CI machines set it), and what a terminal that cannot move its cursor gets instead.
`npm test` builds first; run `npm run build` before running this file alone.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {allCells, cellsOf, rowCells, type Cell} from '../helpers/screen.js';
import {removeAfterTests, tempDir, writeTree} from '../fixtures/tree.js';
import {sequencesIn} from '../hostile/escapes.js';
import {exitOf, startPty, type PtyRun} from '../hostile/pty.js';

const root = removeAfterTests(tempDir());
const stateDir = removeAfterTests(tempDir('blog-reader-state-'));
writeTree(root, {
	'async.md': '---\ntitle: Announcing `async fn`\ndate: 2024-05-02\ntags: [rust, open source]\n---\n\n## What changes\n\nUse `async fn` in **traits**, see [the RFC](https://example.com/rfc).\n\n**Bold words with [a link](https://example.com/a) in them, still bold after it.**\n',
	'older.md': '---\ntitle: Older notes on closures\ndate: 2023-01-10\ntags: [rust]\n---\n\nSome text.\n',
	'about.md': '---\ntitle: About this blog\ntype: page\n---\n\nA page.\n',
});

const coloured = (cell: Cell): boolean => cell.fg !== 'default' || cell.bg !== 'default';
const rowOf = (run: PtyRun, text: string): number => run.screen().split('\n').findIndex(line => line.includes(text));
const lastRow = (run: PtyRun): number => run.screen().trimEnd().split('\n').length - 1;
const chars = (cells: readonly Cell[]): string => cells.map(cell => cell.char).join('');

function start(env: Readonly<Record<string, string | undefined>>, args: readonly string[] = []): PtyRun {
	return startPty({args: ['-d', root, ...args], env, stateDir, columns: 100, rows: 20});
}

async function quit(run: PtyRun): Promise<void> {
	run.write('\u0003');
	const {code, signal} = await exitOf(run, 30_000);
	// Ctrl-C ends the reader with 130, as fzf and shells do; pressed before the reader has put
	// the terminal in raw mode (right after the first frame) it is the terminal's SIGINT.
	assert.ok(code === 130 || signal === 2, `ended by Ctrl-C (code ${code}, signal ${signal})`);
	assert.equal(run.bufferType(), 'normal');
}

const colourTerminals: ReadonlyArray<readonly [string, Readonly<Record<string, string | undefined>>]> = [
	['TERM=xterm-256color', {}],
	['TERM=xterm-256color with CI=true', {CI: 'true', GITHUB_ACTIONS: 'true'}],
];

for (const [name, env] of colourTerminals) {
	test(`${name}: every screen is styled, with colour`, {timeout: 90_000}, async () => {
		const run = start(env);
		const term = run.terminal;
		await run.waitFor('Older notes on closures');

		// The list: header, selected row, dates, tags, a title's code span without its backticks.
		assert.ok(cellsOf(term, 0, 'posts').every(cell => cell.bold && coloured(cell)), 'header bold and coloured');
		const selected = rowOf(run, 'Announcing');
		assert.ok(rowCells(term, selected).slice(0, 60).every(cell => cell.inverse), 'selected row inverse');
		assert.ok(!run.screen().includes('`'), 'no backticks on screen');
		assert.ok(cellsOf(term, selected, 'async fn').every(cell => cell.fg === 'p2'), 'code span drawn as code');
		const other = rowOf(run, 'Older notes');
		assert.ok(cellsOf(term, other, '2023-01-10').every(cell => coloured(cell) && !cell.inverse), 'date coloured');
		assert.ok(cellsOf(term, other, 'rust').every(cell => coloured(cell)), 'tags coloured');
		assert.ok(cellsOf(term, other, 'Older').every(cell => !coloured(cell) && !cell.inverse), 'titles plain');
		assert.ok(rowCells(term, lastRow(run)).filter(cell => cell.char !== ' ').every(cell => coloured(cell)), 'key hints coloured');

		// The search line: typed text, a visible cursor, matched characters highlighted.
		run.write('/clos');
		await run.waitFor(text => /^\/clos/m.test(text) && text.includes('1 match'));
		const line = rowCells(term, lastRow(run));
		assert.equal(chars(line.slice(0, 5)), '/clos');
		assert.ok(line.slice(0, 5).every(cell => coloured(cell)), 'search text coloured');
		assert.ok(line[5]!.inverse, 'search cursor visible');
		const match = cellsOf(term, rowOf(run, 'closures'), 'clos');
		assert.ok(match.every(cell => cell.underline && cell.bold && coloured(cell)), 'matched characters highlighted');
		run.write('\u001B');
		await run.waitFor(text => !/^\/clos/m.test(text) && text.includes('Announcing'));

		// The reader: the header's title styled (its code span as code), a coloured body, a coloured bar.
		run.write('\r');
		await run.waitFor('What changes');
		const title = rowOf(run, 'Announcing async fn');
		assert.equal(title, 0, 'the title without backticks heads the post');
		assert.ok(cellsOf(term, 0, 'Announcing').every(cell => cell.bold && coloured(cell)), 'title bold and coloured');
		assert.ok(cellsOf(term, 0, 'async fn').every(cell => cell.fg === 'p2'), 'title code span as code');
		assert.ok(cellsOf(term, 1, '2024-05-02').every(cell => cell.dim), 'facts dim');
		assert.ok(cellsOf(term, rowOf(run, 'What changes'), 'What changes').every(cell => coloured(cell)), 'body heading coloured');
		// A link in bold text: its faint parts end the bold and it is turned on again after them.
		assert.ok(cellsOf(term, rowOf(run, 'still bold after'), 'still bold after it').every(cell => cell.bold), 'bold after a link in bold text');
		const bar = rowCells(term, lastRow(run));
		assert.ok(bar.slice(0, 20).every(cell => cell.bg !== 'default' || cell.inverse), 'reader bar styled');
		run.write('q');
		await run.waitFor('Older notes');

		// Help: its header, section titles and key names.
		run.write('?');
		await run.waitFor('Keys');
		assert.ok(cellsOf(term, 0, 'Keys').every(cell => cell.bold && coloured(cell)), 'help header');
		const keysRow = run.screen().split('\n').findIndex(text => /^ {2}\S/.test(text));
		assert.ok(keysRow > 0);
		assert.ok(rowCells(term, keysRow).slice(2, 4).every(cell => coloured(cell)), 'key names coloured');
		assert.ok(rowCells(term, keysRow - 1).filter(cell => cell.char !== ' ').every(cell => cell.bold), 'section title bold');
		run.write('q');
		await run.waitFor('Older notes');

		// Pages: the same list styles.
		run.write('\t');
		await run.waitFor(text => text.includes('About this blog') && !text.includes('Older notes'));
		assert.ok(cellsOf(term, rowOf(run, 'About this blog'), 'About this blog').every(cell => cell.inverse), 'selected page inverse');
		assert.ok(cellsOf(term, 0, 'pages').every(cell => coloured(cell)), 'pages header coloured');
		await quit(run);
	});
}

const monochrome: ReadonlyArray<readonly [string, Readonly<Record<string, string | undefined>>, readonly string[]]> = [
	['NO_COLOR=1', {NO_COLOR: '1'}, []],
	['--color never', {}, ['--color', 'never']],
	['NO_COLOR=1 with CI=true', {NO_COLOR: '1', CI: 'true'}, []],
];

for (const [name, env, args] of monochrome) {
	test(`${name}: full screen without colour; selection and search cursor still visible`, {timeout: 90_000}, async () => {
		const run = start(env, args);
		const term = run.terminal;
		const noColour = (where: string): void => {
			assert.deepEqual(allCells(term).filter(cell => coloured(cell)).map(cell => cell.char), [], `no colour on the ${where}`);
		};

		await run.waitFor('Older notes on closures');
		assert.equal(run.bufferType(), 'alternate');
		noColour('list');
		assert.ok(rowCells(term, rowOf(run, 'Announcing')).slice(0, 60).every(cell => cell.inverse), 'selected row inverse');
		assert.ok(cellsOf(term, rowOf(run, 'Older notes'), 'Older').every(cell => !cell.inverse), 'other rows not');
		assert.ok(cellsOf(term, rowOf(run, 'Announcing'), 'async fn').every(cell => cell.bold), 'code span bold');

		run.write('/clos');
		// The matched characters may be marked a frame after the count: both are waited for.
		const underlined = (): boolean => rowOf(run, 'closures') >= 0 && cellsOf(term, rowOf(run, 'closures'), 'clos').every(cell => cell.underline);
		await run.waitFor(text => /^\/clos/m.test(text) && text.includes('1 match') && underlined());
		noColour('search line');
		assert.ok(rowCells(term, lastRow(run))[5]!.inverse, 'search cursor visible');
		run.write('\r');
		await run.waitFor(text => !/^\/clos/m.test(text));
		run.write('\r');
		await run.waitFor('Some text.');
		noColour('reader');
		assert.ok(rowCells(term, lastRow(run)).slice(0, 20).every(cell => cell.inverse), 'reader bar inverse');
		// One key at a time, each waited for: two keys in one read can reach the reader as one input.
		run.write('q');
		await run.waitFor(text => text.includes('“clos”') && !text.includes('Some text.'));
		run.write('\u001B');
		await run.waitFor(text => !text.includes('“clos”') && text.includes('Announcing'));
		run.write('?');
		await run.waitFor('Keys');
		noColour('help');
		run.write('q');
		await run.waitFor(text => text.includes('Announcing') && !text.includes('Keys'));
		run.write('\t');
		await run.waitFor(text => text.includes('About this blog') && !text.includes('Older notes'));
		noColour('pages');
		assert.ok(cellsOf(term, rowOf(run, 'About this blog'), 'About').every(cell => cell.inverse), 'selected page inverse');
		await quit(run);
		assert.doesNotMatch(run.raw(), /\u001B\[[\d;]*[34]\d(?:;[\d;]*)?m/, 'no colour sequence was ever written');
	});
}

test('--theme light draws the light palette; a bad --theme is one line and exit 2', {timeout: 60_000}, async () => {
	const run = start({}, ['--theme', 'light']);
	await run.waitFor('Older notes on closures');
	// Light backgrounds get blue where dark ones get cyan.
	assert.ok(cellsOf(run.terminal, 0, 'posts').every(cell => cell.fg === 'p4'), 'header blue');
	await quit(run);

	const auto = start({COLORFGBG: '0;15'});
	await auto.waitFor('Older notes on closures');
	assert.ok(cellsOf(auto.terminal, 0, 'posts').every(cell => cell.fg === 'p4'), 'COLORFGBG with a light background');
	await quit(auto);

	const bad = start({}, ['--theme', 'sepia']);
	const {code} = await exitOf(bad);
	assert.equal(code, 2);
	assert.equal(bad.screen().trim(), 'blog-reader: --theme takes auto, dark or light, not \'sepia\'');
});

for (const [name, env] of [['TERM=dumb', {TERM: 'dumb'}], ['no TERM', {TERM: undefined}], ['TERM=dumb with NO_COLOR', {TERM: 'dumb', NO_COLOR: '1'}]] as const) {
	test(`${name}: no full-screen reader; one line says why, then the list as a pipe prints it`, {timeout: 60_000}, async () => {
		const run = start(env);
		const {code} = await exitOf(run, 30_000);
		assert.equal(code, 0);
		assert.equal(run.bufferType(), 'normal');
		const output = run.raw().replaceAll('\r\n', '\n');
		assert.deepEqual(sequencesIn(output).map(({text}) => JSON.stringify(text)).filter(text => text !== '"\\n"' && text !== '"\\t"'), [], 'no escapes');
		const lines = output.trimEnd().split('\n');
		assert.match(lines[0]!, /^blog-reader: the reader needs a terminal that can move its cursor \(TERM is (dumb|not set)\); listing the posts instead$/);
		assert.deepEqual(lines.slice(1), [
			'2024-05-02\tAnnouncing `async fn`\trust, open source\tasync',
			'2023-01-10\tOlder notes on closures\trust\tolder',
		]);
	});
}
