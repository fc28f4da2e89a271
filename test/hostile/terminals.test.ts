/**
NO_COLOR, TERM=dumb and no TERM at all: commands on a terminal write no escapes, the reader opens
and quits cleanly under NO_COLOR and lists the posts instead where the terminal cannot move its
cursor, and output piped into `head` ends quietly. `npm test` builds first.
*/
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {test} from 'node:test';
import {binary} from '../helpers/cli.js';
import {removeAfterTests, tempDir, writeTree} from '../fixtures/tree.js';
import {anyInPlainOutput, foreignInReaderStream} from './escapes.js';
import {exitOf, startPty} from './pty.js';

const root = removeAfterTests(tempDir());
const stateDir = removeAfterTests(tempDir('blog-reader-state-'));

const many: Record<string, string> = {
	'long.md': `---\ntitle: A long post\ndate: 2024-01-01\ntags: [long]\n---\n\n${'A line of **bold** text with a [link](https://example.com/). '.repeat(8000)}\n`,
};
for (let index = 0; index < 3000; index++) {
	many[`post-${index}.md`] = `---\ntitle: Post number ${index}\ntags: [tag${index}, shared]\n---\n\nShared words and [a link](https://example.com/${index}).\n`;
}

writeTree(root, many);

const environments: ReadonlyArray<readonly [string, Readonly<Record<string, string | undefined>>]> = [
	['NO_COLOR=1', {NO_COLOR: '1'}],
	['TERM=dumb', {TERM: 'dumb'}],
	['no TERM', {TERM: undefined}],
];

for (const [name, env] of environments) {
	test(`${name}: commands on a terminal write no escape sequences with --color=auto`, {timeout: 120_000}, async () => {
		for (const args of [['list'], ['show', 'long'], ['show', 'post-7', '--color=auto'], ['search', 'number 12'], ['tags'], ['info']]) {
			const run = startPty({args: [...args, '-d', root], env, stateDir, columns: 100, rows: 30});
			 
			const {code} = await exitOf(run, 60_000);
			assert.equal(code, 0, `${name} ${args.join(' ')}`);
			// Our output ends with a newline, which the pty writes as \r\n: a lone \r at the very end is
			// that pair cut by node-pty reading no more after the exit (seen on a busy machine).
			const output = run.raw().replace(/\r$/, '\r\n').replaceAll('\r\n', '\n');
			const found = anyInPlainOutput(output);
			// Where it is, to tell our output from a cut in the pty's stream.
			const at = found.length > 0 ? output.search(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/) : -1;
			assert.deepEqual(found, [], `${name} ${args.join(' ')} at ${at} of ${output.length}: ${JSON.stringify(output.slice(Math.max(0, at - 40), at + 40))}`);
		}
	});

	if (!env['NO_COLOR']) {
		// A terminal that cannot move its cursor gets the list as a pipe would, after one line.
		test(`${name}: the reader lists the posts instead, with no escapes`, {timeout: 60_000}, async () => {
			const run = startPty({args: ['-d', root], env, stateDir, columns: 80, rows: 24});
			const {code} = await exitOf(run, 60_000);
			assert.equal(code, 0);
			assert.equal(run.bufferType(), 'normal', 'never on the alternate screen');
			// The pty may report the exit before the last of 3,000 lines is read: wait for them.
			const deadline = Date.now() + 20_000;
			while (run.raw().split('\n').length < 3002 && Date.now() < deadline) {
				 
				await new Promise(resolve => {
					setTimeout(resolve, 50);
				});
			}

			// Our output ends with a newline, which the pty writes as \r\n: a lone \r at the very end is
			// that pair cut by node-pty reading no more after the exit (seen on a busy machine).
			const output = run.raw().replace(/\r$/, '\r\n').replaceAll('\r\n', '\n');
			assert.deepEqual(anyInPlainOutput(output), []);
			assert.match(output, /^blog-reader: the reader needs a terminal that can move its cursor/);
			// A pty can drop the tail of a fast writer's output once it has exited, so the lines are
			// checked for their form, not counted to the last one (`list`'s own tests count them).
			const lines = output.trimEnd().split('\n').slice(1);
			assert.ok(lines.length >= 1000, `${lines.length} lines`);
			assert.ok(lines.slice(0, -1).every(line => line.split('\t').length === 4), 'every line is date, title, tags, slug');
		});
		continue;
	}

	test(`${name}: the reader opens, reads and quits cleanly`, {timeout: 60_000}, async () => {
		const run = startPty({args: ['-d', root], env, stateDir, columns: 80, rows: 24});
		await run.waitFor('3001 posts');
		run.write('/number 12');
		await run.waitFor('Post number 12');
		run.write('\r\r');
		await run.waitFor('Shared words');
		run.write('q');
		await run.waitFor(text => text.includes('3001 posts'));
		run.write('q');
		const {code} = await exitOf(run);
		assert.equal(code, 0);
		assert.equal(run.bufferType(), 'normal', 'back on the main screen');
		assert.deepEqual(foreignInReaderStream(run.raw()), []);
		assert.doesNotMatch(run.raw(), /\u001B\[[\d;]*3\dm/, 'no colours with NO_COLOR');
	});
}

test('piped into head -1, every command ends quietly with status 0', {timeout: 120_000}, () => {
	for (const args of [['list'], ['show', 'long'], ['show', 'long', '--color=always'], ['search', 'shared'], ['tags'], ['list', '--json']]) {
		const quoted = [binary, ...args, '-d', root].map(part => `'${part}'`).join(' ');
		const result = spawnSync('bash', ['-c', `"${process.execPath}" ${quoted} | head -n 1 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`], {
			encoding: 'utf8',
			env: {...process.env, BLOG_READER_STATE_DIR: stateDir},
			timeout: 60_000,
		});
		assert.equal(result.stderr, 'status=0\n', args.join(' '));
	}
});
