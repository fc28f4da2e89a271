/**
The interactive reader over an archive with escapes in every field, in a real pseudo-terminal:
the raw stream holds only the sequences the reader writes itself, and the window title is never
set. `npm test` builds first; run `npm run build` before running this file alone.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';
import {foreignInReaderStream, foreignInStyledOutput, screenClears} from './escapes.js';
import {allFamilies, payloadWords, writeInjectionArchive} from './injections.js';
import {exitOf, startPty, type PtyRun} from './pty.js';

const parent = removeAfterTests(tempDir());
const stateDir = removeAfterTests(tempDir('blog-reader-state-'));
const archive = writeInjectionArchive(parent);

function assertOnlyOwnSequences(run: PtyRun): void {
	const raw = run.raw();
	assert.deepEqual(foreignInReaderStream(raw), [], 'only our own sequences');
	assert.deepEqual(run.titles, [], 'the window title was never set');
	assert.equal(screenClears(raw), 0, 'nothing cleared the screen');
	for (const word of payloadWords) {
		assert.ok(!raw.includes(word), `the payload ${word} never reached the terminal`);
	}
}

const statusOf = (screen: string): string => screen.trimEnd().split('\n').at(-1) ?? '';

test('list, help, a pasted hostile query, every post and its status line', {timeout: 120_000}, async () => {
	// Hyperlinks on, so the reader's own OSC 8 path carries the archive's link targets.
	const run = startPty({args: ['-d', archive.root], env: {FORCE_HYPERLINK: '1'}, columns: 100, rows: 30, stateDir});
	const screen = await run.waitFor('Rawtitle');
	assert.match(screen, /5 posts/);
	assert.match(screen, /Rawtitle HIDDEN shownX end/);

	run.write('?');
	await run.waitFor('Keys');
	run.write('q');
	await run.waitFor(text => text.includes('Rawtitle') && !text.includes('Keys'));

	run.write('/');
	await run.waitFor(text => /^\/ /m.test(text));
	// A paste of text with escapes in it, bracketed as terminals send it. ink hands the parts of a
	// sequence over as separate keys, so printable leftovers may be typed into the query: they
	// are the user's own text, shown as text (their payload words differ from the archive's).
	run.write(`\u001B[200~raw${allFamilies.replaceAll('PWN', 'QRY').replace('cm0gLXJmIH4K', 'QRYCLIP')}\u001B[201~`);
	await run.waitFor('no posts match');
	assert.deepEqual(run.titles, [], 'a pasted title sequence does not retitle the window');
	run.write('\u001B');
	await run.waitFor(text => text.includes('Yamltitle') && !/^\//m.test(statusOf(text)));

	for (let index = 0; index < 4; index++) {
		run.write('\r');
		 
		await run.waitFor(text => / \d+%\s*$/.test(statusOf(text)));
		run.write('G');
		 
		await run.waitFor(text => / 100%\s*$/.test(statusOf(text)));
		run.write('qj');
		 
		await run.waitFor(text => text.includes('5 posts') && !/ 100%\s*$/.test(statusOf(text)));
	}

	run.write('q');
	const {code} = await exitOf(run);
	assert.equal(code, 0);
	assertOnlyOwnSequences(run);
	assert.match(run.raw(), /\u001B\]8;;https:\/\/ok\.example\//, 'the reader did write its own links');
});

test('show --color=always on a terminal with hyperlinks: only SGR and clean OSC 8 links', {timeout: 60_000}, async () => {
	for (const slug of archive.slugs) {
		const run = startPty({args: ['show', slug, '--color=always', '-d', archive.root], env: {FORCE_HYPERLINK: '1'}, stateDir});
		 
		const {code} = await exitOf(run);
		assert.equal(code, 0);
		const out = run.raw().replaceAll('\r\n', '\n');
		assert.deepEqual(foreignInStyledOutput(out), [], slug);
		assert.deepEqual(run.titles, []);
		assert.match(out, /\u001B\]8;;https:\/\/ok\.example\/HIDDEN/, 'links are OSC 8, their targets cleaned');
		for (const word of payloadWords) {
			assert.ok(!out.includes(word), `${slug}: ${word}`);
		}
	}
});
