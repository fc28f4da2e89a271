/**
Files a reader must survive, through the built binary: `list`, then `show` of every post in
every mode, and every post opened in the reader in a pseudo-terminal. Never a crash or a stack
trace, exit codes 0 or 1, and each command ends within a generous bound (the spawn timeout).
`npm test` builds first; run `npm run build` before running this file alone.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';
import type {Run} from '../helpers/cli.js';
import {anyInPlainOutput, foreignInReaderStream, foreignInStyledOutput} from './escapes.js';
import {exitOf, startPty} from './pty.js';
import {runBinary} from './run.js';
import {writeSurvivalArchive} from './survival-archive.js';

const root = writeSurvivalArchive(removeAfterTests(tempDir()));
const stateDir = removeAfterTests(tempDir('blog-reader-state-'));
const runCli = (args: readonly string[]): Run => runBinary(args, {stateDir});

function assertSurvived(run: Run, label: string): void {
	assert.notEqual(run.code, null, `${label}: ended within the spawn timeout`);
	assert.ok(run.code === 0 || run.code === 1, `${label}: exit ${run.code}\n${run.stderr}`);
	assert.doesNotMatch(run.stderr, /\n\s+at |unexpected error|RangeError|TypeError/, `${label}: no crash`);
}

const posts = (): Array<{slug: string; title: string; path: string}> => JSON.parse(runCli(['list', '--json', '-d', root]).stdout) as Array<{slug: string; title: string; path: string}>;

test('list shows every readable file and names each skipped one once, on one line', {timeout: 120_000}, () => {
	const run = runCli(['list', '-d', root]);
	assertSurvived(run, 'list');
	assert.equal(run.code, 0);
	assert.deepEqual(anyInPlainOutput(run.stdout.replaceAll('\t', ' ')), []);
	const titles = posts().map(post => post.title);
	for (const title of ['Several megabytes', 'One long line', 'Deep quotes', 'Deep lists', 'Brackets', 'Invalid UTF-8', 'Café crème', 'With BOM', 'Windows Lines', 'Only a Header', 'empty', 'Tab in the name', 'Dash name', 'Unicode name', 'yaml bomb', 'A text file with a JBake header']) {
		assert.ok(titles.includes(title), `${title} is listed`);
	}

	assert.ok(titles.some(title => title.startsWith('漢字のタイトル 😀')), 'CJK and emoji titles kept');
	const skipped = run.stderr.trimEnd().split('\n');
	assert.ok(skipped.every(line => /^blog-reader: skipped [^\n]+: [^\n]+$/.test(line)), run.stderr);
	assert.equal(new Set(skipped).size, skipped.length, 'each skipped file once');
	for (const path of ['binary.md', 'nul.md', 'loop', 'self.md', 'dangling.md', 'loops/a', 'loops/b']) {
		assert.ok(skipped.some(line => line.startsWith(`blog-reader: skipped ${path}: `)), `${path} is reported`);
	}
});

test('show of every post, styled, plain, raw and JSON', {timeout: 600_000}, () => {
	for (const {slug} of posts()) {
		for (const mode of [['--color=always', '--width', '60'], ['--plain'], ['--raw'], ['--json']]) {
			const run = runCli(['show', slug, ...mode, '-d', root]);
			const label = `show ${slug} ${mode.join(' ')}`;
			assertSurvived(run, label);
			assert.equal(run.code, 0, label);
			const check = mode[0] === '--color=always' ? foreignInStyledOutput : anyInPlainOutput;
			assert.deepEqual(check(run.stdout.replaceAll('\t', ' ')), [], label);
		}
	}
});

test('every post opens in the reader, scrolls to its end, and the reader quits cleanly', {timeout: 600_000}, async t => {
	const count = posts().length;
	const run = startPty({args: ['-d', root], columns: 80, rows: 24, stateDir});
	await run.waitFor(/\d+ posts/);
	const statusOf = (screen: string): string => screen.trimEnd().split('\n').at(-1) ?? '';
	for (let index = 0; index < count; index++) {
		const started = performance.now();
		run.write('\r');
		 
		const screen = await run.waitFor(text => / \d+%\s*$/.test(statusOf(text)) || text.includes('could not render'), 120_000);
		run.write('G');
		 
		await run.waitFor(text => / 100%\s*$/.test(statusOf(text)) || text.includes('could not render'), 120_000);
		const took = Math.round(performance.now() - started);
		if (took > 1000) {
			t.diagnostic(`${statusOf(screen).trim().slice(0, 40)}: ${took} ms to open and reach the end`);
		}

		run.write('qj');
		 
		await run.waitFor(text => /\d+ posts/.test(text), 60_000);
	}

	run.write('q');
	const {code} = await exitOf(run, 60_000);
	assert.equal(code, 0);
	assert.deepEqual(foreignInReaderStream(run.raw()), []);
	assert.deepEqual(run.titles, []);
});
