/**
Related posts (`R`), a series' next and previous parts (`}` `{`) and the list's preview pane
(`p`): the built binary in a real terminal, the pane read cell by cell. `npm test` builds
first; run `npm run build` before running this file alone.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {settledArchive} from '../fixtures/tree.js';
import {rowCells, type Cell} from '../helpers/screen.js';
import {sessionsOfThisFile} from './pty-session.js';

const start = sessionsOfThisFile();

const post = (title: string, date: string, header: string, text: string): string => `---\ntitle: ${title}\ndate: ${date}\n${header}---\n\n${text}\n`;
const filler = Object.fromEntries(Array.from({length: 12}, (_, index) => [`note-${index}.md`, post(`Diary note ${index}`, `2019-02-${String(index + 10).padStart(2, '0')}`, '', 'An ordinary day with the usual things.')]));
const dir = settledArchive({
	...filler,
	'raft.md': post('Raft in practice', '2021-05-01', 'tags: [consensus]\n', '## Leader election\n\nHeartbeats and **terms** keep the `leader` honest.'),
	'paxos.md': post('Paxos made plain', '2021-04-01', 'tags: [consensus]\n', 'Proposers, acceptors and heartbeats.'),
	'garden.md': post('Garden notes', '2021-03-01', '', 'The heartbeats of a hedgehog.'),
	'cpu-1.md': post('Wiring the ALU', '2020-01-01', 'series: Building a CPU\n', 'Part one text.'),
	'cpu-2.md': post('Adding registers', '2020-02-01', 'series: Building a CPU\n', 'Part two text.'),
	'cpu-3.md': post('Running a program', '2020-03-01', 'series: [Building a CPU]\n', 'Part three text.'),
});
const statusOf = (screen: string): string => screen.trimEnd().split('\n').at(-1) ?? '';
const firstRow = (screen: string): string => screen.split('\n')[0] ?? '';

test('R lists the related posts, Enter opens one, Ctrl-O comes back', {timeout: 90_000}, async () => {
	const session = start({args: ['--dir', dir], columns: 100, rows: 20});
	await session.waitFor('Raft in practice');
	session.write('\r');
	await session.waitFor('keep the leader honest');
	session.write('R');
	const screen = await session.waitFor(text => firstRow(text).startsWith('Related to · Raft in practice'));
	const rows = screen.split('\n');
	const paxos = rows.findIndex(row => row.includes('Paxos made plain'));
	const garden = rows.findIndex(row => row.includes('Garden notes'));
	assert.ok(paxos > 0 && garden > paxos, 'the post sharing a tag comes before the one sharing a word');
	assert.match(rows[paxos]!, /#consensus/, 'the shared tag is named');
	assert.ok(!screen.includes('Diary note'), 'posts sharing nothing telling are left out');
	session.write('\r');
	await session.waitFor(text => text.startsWith('Paxos made plain') && text.includes('Proposers, acceptors'));
	session.write('\u000F');
	await session.waitFor(text => text.startsWith('Raft in practice') && text.includes('keep the leader honest'));
	// The help is made from the keymap: the new keys are in it.
	session.write('?');
	await session.waitFor(text => text.startsWith('Keys'));
	session.write('f');
	const help = await session.waitFor(text => text.includes('related posts: sharing the most tags and words'));
	assert.match(help, /^ +R +related posts/m);
	assert.match(help, /^ +} +next part of the post's series/m);
});

test('a series shows the part in the status line; } and { go to the next and previous part', {timeout: 90_000}, async () => {
	const session = start({args: ['--dir', dir], columns: 100, rows: 20});
	await session.waitFor('Adding registers');
	session.write('/Adding registers\r\r');
	await session.waitFor(text => text.startsWith('Adding registers') && statusOf(text).includes('Part 2 of 3 · Building a CPU'));
	session.write('}');
	await session.waitFor(text => text.startsWith('Running a program') && statusOf(text).includes('Part 3 of 3'));
	session.write('}');
	await session.waitFor(text => statusOf(text).includes('the last part of the series'));
	session.write('{');
	await session.waitFor(text => text.startsWith('Adding registers'));
	session.write('{');
	await session.waitFor(text => text.startsWith('Wiring the ALU') && statusOf(text).includes('Part 1 of 3'));
});

const coloured = (cell: Cell): boolean => cell.fg !== 'default' || cell.bg !== 'default';

/** The pane's cells: right of the separator on every row. */
function paneCells(session: ReturnType<typeof start>): Cell[] {
	return Array.from({length: session.terminal.rows}, (_, row) => {
		const cells = rowCells(session.terminal, row);
		const bar = cells.findIndex(cell => cell.char === '│');
		return bar === -1 ? [] : cells.slice(bar + 1);
	}).flat();
}

for (const [name, env] of [['colour', {}], ['NO_COLOR', {NO_COLOR: '1'}]] as const) {
	test(`p at 130 columns shows the selected post beside the list, styled as the reader draws it (${name})`, {timeout: 90_000}, async () => {
		const session = start({args: ['--dir', dir], columns: 130, rows: 20, env});
		await session.waitFor('Raft in practice');
		session.write('p');
		// Under NO_COLOR the render keeps a code span's backticks, as the reader does.
		const screen = await session.waitFor(text => text.includes('│') && text.includes('Heartbeats and terms keep'));
		const rows = screen.split('\n');
		assert.match(rows[0]!, /posts.* +│ Raft in practice$/, 'the pane beside the list, its title beside the header');
		assert.match(rows[1]!, /› 2021-05-01 {2}Raft in practice +│ 2021-05-01 · consensus/);
		const pane = paneCells(session);
		const text = pane.map(cell => cell.char).join('');
		assert.match(text, /Leader election/);
		const heading = pane.slice(text.indexOf('Leader election'), text.indexOf('Leader election') + 15);
		if (name === 'colour') {
			assert.ok(heading.every(cell => coloured(cell)), 'the heading is coloured as in the reader');
		} else {
			assert.ok(pane.every(cell => !coloured(cell)), 'no colour in the pane');
			assert.ok(rowCells(session.terminal, 1).slice(0, 20).every(cell => cell.inverse), 'the selection still shows');
		}

		// Moving the selection shows the next post; the toggle outlives reading a post.
		session.write('j');
		await session.waitFor(text => text.includes('Proposers, acceptors'));
		session.write('\r');
		await session.waitFor(text => text.startsWith('Paxos made plain') && !text.includes('│'));
		session.write('q');
		await session.waitFor(text => text.includes('│') && text.includes('Proposers, acceptors'));
		session.write('p');
		await session.waitFor(text => !text.includes('│') && text.includes('Garden notes'));
	});
}

test('p on a terminal narrower than 120 columns says it is too narrow', {timeout: 90_000}, async () => {
	const session = start({args: ['--dir', dir], columns: 100, rows: 20});
	await session.waitFor('Raft in practice');
	session.write('p');
	const screen = await session.waitFor(text => statusOf(text).includes('too narrow'));
	assert.ok(!screen.includes('│'), 'no pane');
});
