import assert from 'node:assert/strict';
import {existsSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, test} from 'node:test';
import {parseFile} from '../../source/archive/posts/parse-file.js';
import {outsideReason} from '../../source/archive/scan/inside.js';
import {readText} from '../../source/archive/posts/read.js';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';
import {type Run, runCli, writeArchive} from '../helpers/cli.js';
import {makeFifo} from '../helpers/fifo.js';

// Each of these would hang (a FIFO read with no writer) or grow without bound (/dev/zero) if
// a file were read unchecked. The test timeout bounds them; the CLI helper's own kills a hang.
const bounded = {timeout: 60_000};
const hasFifo = makeFifo(join(removeAfterTests(tempDir('blog-reader-fifo-')), 'probe'));
const hasZero = existsSync('/dev/zero');

function finished(run: Run): void {
	assert.notEqual(run.code, null, `the command ended by itself (stderr: ${run.stderr})`);
	assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
}

const post = '---\ntitle: Still Here\ndate: 2020-01-02\n---\n\nBody text.\n';

/** A site root whose config file is replaced by what `spoil` puts there. */
function siteWith(config: string, spoil: (file: string) => void): string {
	const dir = writeArchive({'_posts/2020-01-02-still.md': post, 'content/still.md': post});
	removeAfterTests(dir);
	spoil(join(dir, config));
	return dir;
}

const spoilers: ReadonlyArray<readonly [string, (file: string) => void, RegExp, boolean]> = [
	['a named pipe', file => makeFifo(file), /not a regular file \(a named pipe\)/, hasFifo],
	['a link to /dev/zero', file => symlinkSync('/dev/zero', file), /not a regular file \(a device\)/, hasZero],
	['a 3 GB file', file => {
		writeFileSync(file, '');
		truncateSync(file, 3 * 1024 * 1024 * 1024);
	}, /too large \(3072 MB, the limit is \d+ MB\)/, true],
];

describe('site config files are checked before they are read', () => {
	for (const config of ['jbake.properties', '_config.yml', 'config.toml', 'hugo.yaml']) {
		for (const [what, spoil, reason, possible] of spoilers) {
			test(`${config} as ${what}: list and show go on, with one skipped line`, {...bounded, skip: !possible && 'not possible here'}, () => {
				const dir = siteWith(config, spoil);
				for (const args of [['list'], ['show', 'still', '--plain'], ['info']]) {
					const run = runCli([...args, '--dir', dir, '--no-cache']);
					finished(run);
					assert.match(run.stderr, new RegExp(`^blog-reader: skipped ${config.replace('.', '\\.')}: ${reason.source}$`, 'm'));
					assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
				}
			});
		}
	}
});

describe('our own cache files are checked before they are read', () => {
	for (const [what, spoil, reason, possible] of spoilers) {
		test(`every cache file as ${what}: one warning each, then rebuilt`, {...bounded, skip: !possible && 'not possible here'}, () => {
			const state = removeAfterTests(tempDir('blog-reader-state-'));
			const env = {BLOG_READER_STATE_DIR: state};
			const dir = removeAfterTests(writeArchive({'still.md': post, 'other.md': '# Other\n\nMore text.\n'}));
			finished(runCli(['search', 'body', '--dir', dir], {env}));
			const files = listFiles(state);
			assert.ok(files.length >= 1, 'the cache was written');
			for (const file of files) {
				rmSync(file);
				spoil(file);
			}

			for (const args of [['list'], ['show', 'still', '--plain'], ['search', 'body']]) {
				const run = runCli([...args, '--dir', dir], {env});
				finished(run);
				assert.equal(run.code, 0, run.stderr);
				assert.match(run.stdout, /Still Here|Body text/);
				for (const line of run.stderr.trim().split('\n').filter(Boolean)) {
					assert.match(line, new RegExp(`^blog-reader: ignored .+: ${reason.source}; `), line);
				}
			}

			// Rebuilt as regular files: quiet from now on.
			for (const file of listFiles(state)) {
				assert.ok(statSync(file).isFile());
			}

			assert.equal(runCli(['list', '--dir', dir], {env}).stderr, '');
		});
	}
});

function listFiles(dir: string): string[] {
	return readdirSync(dir, {recursive: true, withFileTypes: true})
		.filter(entry => !entry.isDirectory())
		.map(entry => join(entry.parentPath, entry.name));
}

describe('a post swapped between the walk and the read', () => {
	test('for a named pipe: skipped, not waited on', {...bounded, skip: !hasFifo && 'mkfifo is not available'}, () => {
		const dir = removeAfterTests(tempDir('blog-reader-swap-'));
		const file = join(dir, 'post.md');
		makeFifo(file);
		// What the load does with a file the walk listed: parse it, and later read its body.
		const outcome = parseFile({file, name: 'post.md', path: 'post.md', contentPath: 'post.md', generator: 'plain', inDrafts: false, realRoot: realpathSync(dir)});
		assert.deepEqual(outcome, {kind: 'skip', reason: 'not a regular file (a named pipe)', lasting: true});
		assert.deepEqual(readText(file, dir), {skip: 'not a regular file (a named pipe)', lasting: true});
	});

	test('for a link outside the archive: refused like one the walk met', bounded, () => {
		const dir = removeAfterTests(tempDir('blog-reader-swap-'));
		const outside = removeAfterTests(tempDir('blog-reader-outside-'));
		writeFileSync(join(outside, 'secret.md'), '# Secret\n');
		const file = join(dir, 'post.md');
		symlinkSync(join(outside, 'secret.md'), file);
		const outcome = parseFile({file, name: 'post.md', path: 'post.md', contentPath: 'post.md', generator: 'plain', inDrafts: false, realRoot: realpathSync(dir)});
		assert.deepEqual(outcome, {kind: 'skip', reason: outsideReason, lasting: false});
	});

	test('for a link to /dev/zero: skipped, not read for ever', {...bounded, skip: !hasZero && 'no /dev/zero here'}, () => {
		const dir = removeAfterTests(tempDir('blog-reader-swap-'));
		const file = join(dir, 'post.md');
		symlinkSync('/dev/zero', file);
		assert.deepEqual(readText(file), {skip: 'not a regular file (a device)', lasting: true});
		// With the archive's root given (a body read after the load), the link leads outside.
		assert.equal('skip' in readText(file, dir), true);
	});
});
