/**
The list's views in the built reader, in a real terminal: `s` sorts, `#` lists the tags, `T` the
timeline, `S` the sections and `A` the authors; Enter in each narrows the list through the search
line, and the filter shows as a chip. Read cell by cell with colour and under NO_COLOR. `npm test`
builds first; run `npm run build` before running this file alone.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {allCells, cellsOf, rowCells, type Cell} from '../helpers/screen.js';
import {settledArchive} from '../fixtures/tree.js';
import {sessionsOfThisFile, type Session} from './pty-session.js';

const start = sessionsOfThisFile();

const post = (title: string, date: string, tags: readonly string[], author: string): string =>
	`---\ntitle: ${title}\ndate: ${date}\ntags: [${tags.join(', ')}]\nauthor: ${author}\n---\n\nText of ${title}.\n`;
// Two sections: the main blog at the top, a sub-blog in `inside-rust/`, as the Rust blog keeps them.
const dir = settledArchive({
	'zeta.md': post('Zeta release', '2021-03-02', ['release', 'rust'], 'Release Team'),
	'alpha.md': post('Alpha compiler notes', '2021-01-20', ['compiler'], 'Niko'),
	'mid.md': post('Midyear survey', '2020-06-11', ['survey', 'rust'], 'Release Team'),
	'inside-rust/beta.md': post('Beta working group', '2021-02-14', ['compiler', 'team'], 'Niko'),
	'inside-rust/gamma.md': post('Gamma council', '2020-06-01', ['team'], 'Aaron Turon'),
	'inside-rust/delta.md': post('Delta infra update', '2019-11-30', ['infra'], 'Aaron Turon'),
});

const statusOf = (screen: string): string => screen.trimEnd().split('\n').at(-1) ?? '';
const selected = (screen: string): string => screen.split('\n').find(line => line.startsWith('›')) ?? '';
const rows = (screen: string): string[] => screen.split('\n').slice(1).filter(line => /^[› ] \d{4}-/.test(line));
const coloured = (cell: Cell): boolean => cell.fg !== 'default' || cell.bg !== 'default';
const rowIndex = (session: Session, text: string): number => session.screen().findIndex(line => line.includes(text));

function open(env: Readonly<Record<string, string | undefined>> = {}): Session {
	return start({args: ['--dir', dir], env, columns: 100, rows: 16});
}

test('s cycles newest, oldest, title (relevance with a query), the selected post kept', {timeout: 90_000}, async () => {
	const session = open();
	let screen = await session.waitFor(text => statusOf(text).includes('newest · 1/6'));
	assert.match(rows(screen)[0]!, /Zeta release/);
	session.write('j');
	await session.waitFor(text => selected(text).includes('Beta working group'));
	session.write('s');
	screen = await session.waitFor(text => statusOf(text).includes('oldest · '));
	assert.match(rows(screen)[0]!, /Delta infra update/, 'oldest first');
	assert.match(selected(screen), /Beta working group/, 'the same post stays selected');
	assert.match(statusOf(screen), /oldest · 5\/6$/);
	session.write('s');
	screen = await session.waitFor(text => statusOf(text).includes('title · '));
	const titleOf = (row: string): string => /^[› ] \d{4}-\d\d-\d\d {2}(?:inside-rust| {11}) {2}(.+?)(?: {2}|$)/.exec(row.trimEnd())?.[1] ?? row;
	assert.deepEqual(rows(screen).map(row => titleOf(row)), ['Alpha compiler notes', 'Beta working group', 'Delta infra update', 'Gamma council', 'Midyear survey', 'Zeta release']);
	assert.match(selected(screen), /Beta working group/);
	session.write('s');
	screen = await session.waitFor(text => statusOf(text).includes('newest · '), 20_000);
	assert.match(rows(screen)[0]!, /Zeta release/, 'without a query relevance is skipped');
	session.write('/compiler\r');
	screen = await session.waitFor(text => /“compiler”: 2 matches/.test(text) && !statusOf(text).startsWith('/'));
	assert.match(statusOf(screen), /relevance · 1\/2$/, 'a query ranks by relevance');
	session.write('sss');
	await session.waitFor(text => statusOf(text).includes('title · '));
	session.write('s');
	await session.waitFor(text => statusOf(text).includes('relevance · '));
	session.write('q');
	await session.waitFor(/EXIT=0/);
});

test('# lists the tags with counts, typing filters them, Enter narrows the list and shows the chip', {timeout: 90_000}, async () => {
	const session = open();
	await session.waitFor('Zeta release');
	session.write('#');
	let screen = await session.waitFor('Tags · 6 tags');
	const lines = screen.split('\n');
	assert.match(lines[1]!, /^› 2 {2}compiler/, 'most used first, with its count');
	assert.ok(lines.some(line => /^ {2}1 {2}infra/.test(line)));
	const term = session.terminal;
	const infra = rowIndex(session, 'infra');
	assert.ok(cellsOf(term, infra, 'infra').every(cell => cell.fg === 'p6'), 'tags in the tag colour');
	assert.ok(cellsOf(term, infra, '1').every(cell => coloured(cell) && !cell.inverse), 'counts grey');
	assert.ok(rowCells(term, 1).slice(0, 60).every(cell => cell.inverse), 'the selected row inverse, across');
	session.write('infr');
	screen = await session.waitFor(text => text.includes('filter: infr') && !text.includes('compiler'));
	assert.match(screen, /› 1 {2}infra/);
	assert.match(statusOf(screen), /1 of 6/);
	session.write('\r');
	screen = await session.waitFor(text => text.includes('“tag:infra”: 1 match'));
	assert.deepEqual(rows(screen).length, 1);
	assert.match(rows(screen)[0]!, /Delta infra update/);
	const status = session.screen().findIndex(line => line === statusOf(screen));
	const chip = cellsOf(term, status, ' tag:infra ');
	assert.ok(chip.length > 0 && chip.every(cell => cell.bg === 'p6'), 'the filter is a chip on the status line');
	session.write('#');
	await session.waitFor('Tags · 6 tags');
	session.write('\u001B');
	screen = await session.waitFor(text => text.includes('“tag:infra”: 1 match'));
	session.write('\u001B');
	screen = await session.waitFor(text => rows(text).length === 6, 20_000);
	session.write('q');
	await session.waitFor(/EXIT=0/);
});

test('T shows years with bars and their months; Enter on a year or a month narrows the list', {timeout: 90_000}, async () => {
	const session = open();
	await session.waitFor('Zeta release');
	session.write('T');
	let screen = await session.waitFor('Timeline · 6 dated posts · 2019–2021');
	const lines = screen.split('\n');
	assert.match(lines[1]!.trimEnd(), /^› 2021 +3 {2}█+$/, 'the busiest year has the whole bar');
	const full = /█+/.exec(lines[1]!)![0].length;
	const year2020 = lines.find(line => line.includes('2020  ') || /^ {2}2020 /.test(line))!;
	assert.equal(/█+/.exec(year2020)?.[0].length, Math.round(full * 2 / 3), 'a year of 2 posts has two thirds of it');
	assert.ok(lines.some(line => /^ {4}2021-02 Feb +1$/.test(line)), 'months under their year');
	const term = session.terminal;
	const row2019 = rowIndex(session, '  2019 ');
	assert.ok(cellsOf(term, row2019, '█').every(cell => cell.fg === 'p6'), 'bars coloured');
	assert.ok(cellsOf(term, row2019, '2019').every(cell => cell.bold), 'years bold');
	session.write('\u001B[B\u001B[B');
	await session.waitFor(text => selected(text).includes('2021-02'));
	session.write('\r');
	screen = await session.waitFor(text => text.includes('“after:2021-01 before:2021-03”: 1 match'));
	assert.match(rows(screen)[0]!, /Beta working group/);
	session.write('TGk\r');
	screen = await session.waitFor(text => text.includes('“year:2019”: 1 match'));
	assert.deepEqual(rows(screen).map(row => /Delta infra update/.test(row)), [true], 'the year replaced the month');
	session.write('q');
	await session.waitFor(/EXIT=0/);
});

test('a blog with a sub-blog names each row\'s section; S lists the sections, Enter narrows to one; A the authors', {timeout: 90_000}, async () => {
	const session = open();
	let screen = await session.waitFor('Zeta release');
	assert.match(rows(screen).find(row => row.includes('Beta working group'))!, /2021-02-14 {2}inside-rust {2}Beta working group/);
	assert.match(rows(screen).find(row => row.includes('Zeta release'))!, /2021-03-02 {2}\s{11} {2}Zeta release/);
	const term = session.terminal;
	assert.ok(cellsOf(term, rowIndex(session, 'Beta working group'), 'inside-rust').every(cell => coloured(cell) && !cell.inverse), 'the section grey, as the dates');
	session.write('S');
	screen = await session.waitFor('Sections · 2 sections');
	assert.ok(cellsOf(term, 2, '3').every(cell => coloured(cell)), 'counts grey');
	assert.ok(rowCells(term, 1).slice(0, 60).every(cell => cell.inverse), 'the selected section inverse');
	assert.match(screen, /› 3 {2}\(main\)|› 3 {2}inside-rust/);
	assert.ok(screen.includes('inside-rust') && screen.includes('(main)'));
	session.write('insid\r');
	screen = await session.waitFor(text => text.includes('“section:inside-rust”: 3 matches'));
	assert.ok(rows(screen).every(row => row.includes('inside-rust')));
	session.write('S');
	await session.waitFor('Sections · 2 sections');
	session.write('main\r');
	screen = await session.waitFor(text => text.includes('“-section:inside-rust”: 3 matches'));
	assert.ok(rows(screen).every(row => !row.includes('inside-rust')), 'the main blog: every post outside the sub-blogs');
	session.write('A');
	screen = await session.waitFor('Authors · 3 authors');
	assert.match(screen, /› 2 {2}Aaron Turon/);
	session.write('release\r');
	screen = await session.waitFor(text => text.includes('“-section:inside-rust author:"Release Team"”: 2 matches'));
	assert.deepEqual(rows(screen).map(row => /Zeta release|Midyear survey/.test(row)), [true, true], 'both filters hold');
	session.write('q');
	await session.waitFor(/EXIT=0/);
});

test('NO_COLOR: the views have no colour, yet the selection and the chip stay inverse', {timeout: 90_000}, async () => {
	const session = open({NO_COLOR: '1'});
	await session.waitFor('Zeta release');
	const term = session.terminal;
	session.write('#');
	await session.waitFor('Tags · 6 tags');
	assert.ok(!allCells(term).some(cell => coloured(cell)), 'tags: no colour');
	assert.ok(rowCells(term, 1).slice(0, 60).every(cell => cell.inverse), 'the selected tag inverse');
	session.write('\u001B');
	await session.waitFor(text => !text.includes('Tags ·'));
	session.write('S');
	await session.waitFor('Sections · 2 sections');
	assert.ok(!allCells(term).some(cell => coloured(cell)), 'sections: no colour');
	assert.ok(rowCells(term, 1).slice(0, 60).every(cell => cell.inverse), 'the selected section inverse');
	session.write('\u001B');
	await session.waitFor(text => !text.includes('Sections ·'));
	assert.ok(!allCells(term).some(cell => coloured(cell)), 'the list with its section column: no colour');
	session.write('T');
	await session.waitFor('Timeline');
	assert.ok(!allCells(term).some(cell => coloured(cell)), 'timeline: no colour');
	assert.ok(rowCells(term, 1).slice(0, 30).every(cell => cell.inverse), 'the selected year inverse');
	session.write('\r');
	const screen = await session.waitFor(text => text.includes('“year:2021”'));
	assert.ok(!allCells(term).some(cell => coloured(cell)), 'list with a chip: no colour');
	const status = session.screen().findIndex(line => line === statusOf(screen));
	assert.ok(cellsOf(term, status, ' year:2021 ').every(cell => cell.inverse), 'the chip inverse');
	session.write('q');
	await session.waitFor(/EXIT=0/);
});

test('? help lists the views\' keys', {timeout: 90_000}, async () => {
	const session = start({args: ['--dir', dir], columns: 100, rows: 60});
	await session.waitFor('Zeta release');
	session.write('?');
	const screen = await session.waitFor('Keys');
	for (const line of [/s +sort: newest, oldest, title, relevance/, /# +tags with counts/, /T +timeline/, /S +sections/, /A +authors/]) {
		assert.match(screen, line);
	}

	session.write('q');
	await session.waitFor('Zeta release');
	session.write('q');
	await session.waitFor(/EXIT=0/);
});
