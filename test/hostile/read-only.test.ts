/**
The archive is read-only to us: after a full session in the reader (list, search, open, scroll,
back, quit) and every command, a hostile archive and a normal one hash the same as before (names,
link targets, modes, times and bytes). `npm test` builds first.
*/
import assert from 'node:assert/strict';
import {readdirSync} from 'node:fs';
import {test} from 'node:test';
import {writeHostileArchive} from '../fixtures/hostile.js';
import {hashTree, removeAfterTests, tempDir, writeTree} from '../fixtures/tree.js';
import {writeInjectionArchive} from './injections.js';
import {runBinary} from './run.js';
import {exitOf, startPty} from './pty.js';

const normal = writeTree(removeAfterTests(tempDir()), {
	'2024-01-01-first.md': '---\ntitle: First post\ntags: [alpha]\n---\n\nFirst text with [a link](https://example.com/).\n',
	'2024-02-02-second.md': 'title=Second post\ndate=2024-02-02\ntags=beta\n~~~~~~\n\nSecond text.\n\n' + 'More words. '.repeat(2000),
	'drafts/idea.md': '---\ntitle: An idea\nstatus: draft\n---\n\nDraft.\n',
});
const hostile = writeHostileArchive(removeAfterTests(tempDir()));
const injected = writeInjectionArchive(removeAfterTests(tempDir())).root;

const statusOf = (screen: string): string => screen.trimEnd().split('\n').at(-1) ?? '';

async function fullSession(root: string, stateDir: string): Promise<void> {
	const run = startPty({args: ['-d', root], stateDir, columns: 80, rows: 24});
	try {
		await run.waitFor(/\d+ posts?/);
		run.write('/e');
		await run.waitFor(text => /^\/e/m.test(statusOf(text)));
		run.write('\r\r');
		await run.waitFor(text => / \d+%\s*$/.test(statusOf(text)));
		run.write('jjj G g  b ]');
		await run.waitFor(text => / \d+%\s*$/.test(statusOf(text)));
		run.write('q?');
		await run.waitFor('Keys');
		run.write('q');
		await run.waitFor(text => !text.includes('Keys') && /\d+ posts?/.test(text));
		// Esc alone: ink waits a moment to tell it from the start of a key sequence.
		run.write('\u001B');
		await run.waitFor(text => !text.includes('“e”'));
		run.write('q');
		const {code} = await exitOf(run);
		assert.equal(code, 0);
	} finally {
		run.kill();
	}
}

for (const [name, root] of [['a normal archive', normal], ['a hostile archive', hostile], ['an archive with escapes everywhere', injected]] as const) {
	test(`${name} is unchanged by a reader session and every command`, {timeout: 180_000}, async () => {
		const stateDir = removeAfterTests(tempDir('blog-reader-state-'));
		const before = hashTree(root);
		await fullSession(root, stateDir);
		// Again with the metadata index warm.
		await fullSession(root, stateDir);
		const slugs = (JSON.parse(runBinary(['list', '--json', '--drafts', '-d', root], {stateDir}).stdout) as Array<{slug: string}>).map(post => post.slug);
		const commands: string[][] = [['list'], ['list', '--json'], ['list', '--drafts', '--pages'], ['search', 'e'], ['tags'], ['tags', '--json'], ['info'], ['info', '--json']];
		for (const slug of slugs) {
			commands.push(['show', slug], ['show', slug, '--color=always'], ['show', slug, '--raw'], ['show', slug, '--json']);
		}

		for (const command of commands) {
			const result = runBinary([...command, '-d', root], {stateDir});
			assert.ok(result.code === 0 || result.code === 1, `${command.join(' ')}: ${result.stderr}`);
		}

		assert.equal(hashTree(root), before, 'not a byte, name, mode or time changed');
		assert.ok(readdirSync(stateDir).length > 0, 'our own files went to the state folder instead');
	});
}
