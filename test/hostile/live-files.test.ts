/**
Files deleted or replaced while the reader runs, in a pseudo-terminal: opening them afterwards
shows a message, the old text or the new one, never a crash; the reader still quits cleanly.
Run twice: with the metadata index cold (bodies read at start) and warm (bodies read on open),
with the watch off (`--no-watch`), so the reader meets each file as it is when it opens it; and
once with the watch on, where the list follows the files first.
`npm test` builds first; run `npm run build` before running this file alone.
*/
import assert from 'node:assert/strict';
import {mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {removeAfterTests, tempDir, writeTree} from '../fixtures/tree.js';
import {foreignInReaderStream} from './escapes.js';
import {exitOf, startPty, type PtyRun} from './pty.js';

function archive(): {parent: string; root: string} {
	const parent = removeAfterTests(tempDir());
	const root = join(parent, 'blog');
	writeTree(parent, {
		'blog/2024-01-05-deleted.md': '# Deleted post\n\nDELETED-BODY original text.\n',
		'blog/2024-01-04-replaced.md': '# Replaced post\n\nREPLACED-OLD original text.\n',
		'blog/2024-01-03-truncated.md': '# Truncated post\n\nTRUNCATED-OLD original text.\n',
		'blog/2024-01-02-binary.md': '# Binary post\n\nBINARY-OLD original text.\n',
		'blog/2024-01-01-folder.md': '# Folder post\n\nFOLDER-OLD original text.\n',
		'blog/2023-12-31-linked.md': '# Linked post\n\nLINKED-OLD original text.\n',
		'outside.md': '# Outside\n\nOUTSIDE-SECRET\n',
	});
	return {parent, root};
}

function changeEverything(root: string, parent: string): void {
	rmSync(join(root, '2024-01-05-deleted.md'));
	// Replaced as editors save: a new file renamed over the old one.
	writeFileSync(join(root, 'new.tmp'), '# Replaced post\n\nREPLACED-NEW text after the save.\n');
	renameSync(join(root, 'new.tmp'), join(root, '2024-01-04-replaced.md'));
	writeFileSync(join(root, '2024-01-03-truncated.md'), '');
	writeFileSync(join(root, '2024-01-02-binary.md'), new Uint8Array([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1B, 0x5B, 0x32, 0x4A]));
	rmSync(join(root, '2024-01-01-folder.md'));
	mkdirSync(join(root, '2024-01-01-folder.md'));
	rmSync(join(root, '2023-12-31-linked.md'));
	symlinkSync(join(parent, 'outside.md'), join(root, '2023-12-31-linked.md'));
}

const statusOf = (screen: string): string => screen.trimEnd().split('\n').at(-1) ?? '';

async function openEach(run: PtyRun, count: number): Promise<string[]> {
	const seen: string[] = [];
	for (let index = 0; index < count; index++) {
		run.write('\r');
		 
		const screen = await run.waitFor(text => / \d+%\s*$/.test(statusOf(text)) || text.includes('could not render'), 30_000);
		seen.push(screen);
		run.write('qj');
		 
		await run.waitFor(text => /\d+ posts/.test(text));
	}

	return seen;
}

/** Quits, checks the reader ended cleanly and showed no crash and no foreign escape; the screens joined. */
async function quitSafely(run: PtyRun, screens: readonly string[]): Promise<string> {
	run.write('q');
	const {code} = await exitOf(run);
	assert.equal(code, 0, 'quit cleanly');
	assert.deepEqual(foreignInReaderStream(run.raw()), []);
	const all = screens.join('\n----\n');
	assert.doesNotMatch(all, /unexpected error|TypeError|ENOENT|EISDIR|\n\s+at /, all);
	return all;
}

for (const cache of ['cold', 'warm'] as const) {
	test(`files deleted and replaced under a running reader (${cache} index)`, {timeout: 120_000}, async () => {
		const {parent, root} = archive();
		const stateDir = removeAfterTests(tempDir('blog-reader-state-'));
		if (cache === 'warm') {
			const first = startPty({args: ['-d', root], stateDir});
			await first.waitFor('6 posts');
			first.write('q');
			await exitOf(first);
		}

		const run = startPty({args: ['-d', root, '--no-watch'], stateDir, columns: 80, rows: 20});
		await run.waitFor('6 posts');
		changeEverything(root, parent);
		const screens = await openEach(run, 6);
		const all = await quitSafely(run, screens);
		assert.match(screens[1] ?? '', /REPLACED-(?:OLD|NEW)/, 'the replaced post shows its old or new text');
		assert.doesNotMatch(all, /OUTSIDE-SECRET/, 'a file swapped for a link to outside the archive is not shown');
	});
}

test('files deleted and replaced under a watching reader: the list follows, opening each is safe', {timeout: 120_000}, async () => {
	const {parent, root} = archive();
	const stateDir = removeAfterTests(tempDir('blog-reader-state-'));
	const run = startPty({args: ['-d', root], stateDir, columns: 80, rows: 20});
	await run.waitFor('6 posts');
	changeEverything(root, parent);
	// Deleted, a folder and a link outside leave; the emptied and binary files stay listed.
	await run.waitFor(text => /reloaded: /.test(statusOf(text)) && !/\b6 posts/.test(text), 30_000);
	const count = Number(/(\d+) posts?/.exec(run.screen())?.[1] ?? 0);
	assert.ok(count > 0 && count < 6, `the list follows the files (${count} posts)`);
	const all = await quitSafely(run, await openEach(run, count));
	assert.match(all, /REPLACED-NEW/, 'the replaced post shows its new text');
	assert.doesNotMatch(all, /OUTSIDE-SECRET|DELETED-BODY/, 'nothing gone or outside the archive is shown');
});
