/**
Arguments that point outside the archive or at the wrong thing: `show` refuses paths and links
that lead out (exit 2), `--dir` at a file or at nothing fails with one line (exit 2), and `--dir /`
ends with a clear outcome in bounded time. `npm test` builds first.
*/
import assert from 'node:assert/strict';
import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {removeAfterTests, tempDir, writeTree} from '../fixtures/tree.js';
import {runBinary} from './run.js';

const parent = removeAfterTests(tempDir());
const stateDir = removeAfterTests(tempDir('blog-reader-state-'));

const root = join(parent, 'blog');
writeTree(parent, {
	'blog/inside.md': '# Inside post\n\nInside text.\n',
	'blog/sub/nested.md': '# Nested post\n\nNested text.\n',
	'outside.md': '# Outside secret\n\nOUTSIDE-SECRET\n',
	'private/key.md': '# Private key\n\nPRIVATE-KEY\n',
});
symlinkSync('../outside.md', join(root, 'leaks.md'));
symlinkSync(join(parent, 'private'), join(root, 'private-folder'));
const run = (args: readonly string[]) => runBinary(args, {stateDir, timeout: 30_000});

function assertRefused(args: readonly string[]): void {
	const result = run(args);
	assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
	assert.equal(result.stdout, '', `${args.join(' ')}: nothing shown`);
	assert.match(result.stderr, /^blog-reader: refused .+: (?:leads )?outside the archive$/m, args.join(' '));
}

test('show refuses .. paths and absolute paths outside the archive', () => {
	for (const path of ['../outside.md', 'sub/../../outside.md', '../../../../../../etc/passwd', '/etc/passwd', join(parent, 'outside.md'), `${root}/../outside.md`, `${root}/sub/../../private/key.md`]) {
		assertRefused(['show', path, '-d', root]);
	}
});

test('show refuses a link inside the archive that leads outside it, however the post is named', () => {
	for (const name of ['leaks.md', `${root}/leaks.md`, 'private-folder/key.md']) {
		assertRefused(['show', name, '-d', root]);
	}

	// The loader skips links that lead outside: by slug, title or text there is no such post.
	for (const name of ['leaks', 'Outside secret', 'OUTSIDE-SECRET', 'key', 'Private key']) {
		const result = run(['show', name, '-d', root]);
		assert.equal(result.code, 1, `${name}: ${result.stderr}`);
		assert.equal(result.stdout, '', `${name}: nothing shown`);
		assert.match(result.stderr, /^blog-reader: skipped leaks\.md: leads outside the archive$/m, name);
	}
});

test('paths inside the archive still work, relative or absolute', () => {
	for (const name of ['inside.md', 'sub/nested.md', './sub/../inside.md', join(root, 'sub', 'nested.md'), 'inside']) {
		const result = run(['show', name, '--plain', '-d', root]);
		assert.equal(result.code, 0, `${name}: ${result.stderr}`);
		assert.match(result.stdout, /(?:Inside|Nested) post/);
	}
});

test('--dir at a file or at nothing fails with one line and exit 2', () => {
	const file = join(parent, 'outside.md');
	for (const dir of [file, join(parent, 'nothing-here'), join(file, 'below-a-file')]) {
		for (const command of [['list'], ['show', 'x'], ['search', 'x'], ['tags'], ['info']]) {
			const result = run([...command, '-d', dir]);
			assert.equal(result.code, 2, `${command[0]} -d ${dir}`);
			assert.match(result.stderr, /^blog-reader: [^\n]+\n$/);
			assert.equal(result.stdout, '');
		}
	}
});

test('--dir at an empty folder or a folder without posts says so', () => {
	const empty = join(parent, 'empty');
	mkdirSync(empty);
	writeFileSync(join(parent, 'private', 'notes.bin'), new Uint8Array([0, 1, 2]));
	for (const dir of [empty, join(parent, 'private')]) {
		const result = run(['tags', '-d', dir]);
		assert.ok(result.code === 1 || result.code === 0, dir);
		assert.doesNotMatch(result.stderr, /\n\s+at /);
	}

	const list = run(['list', '-d', empty]);
	assert.equal(list.code, 1);
	assert.match(list.stderr, /^blog-reader: no posts in this archive$/m);
});

// Walking the whole file system (with /proc) took about a minute here, writing tens of thousands
// of "skipped" lines. The walk stays on the file system it starts on and stops after 200,000
// entries with one line saying where to point --dir instead.
test('--dir / ends with a clear outcome within 20 s', {timeout: 60_000}, () => {
	const result = runBinary(['list', '-d', '/'], {stateDir, timeout: 20_000});
	assert.equal(result.signal, null, 'ended on its own within 20 s');
	assert.ok(result.code === 0 || result.code === 1 || result.code === 2);
	assert.ok(result.stderr.split('\n').length < 100, 'a few lines of warnings, not one per file');
	assert.doesNotMatch(result.stderr, /\n\s+at /);
	assert.doesNotMatch(result.stderr, /skipped (?:proc|sys)\//, 'nothing under /proc or /sys is looked at');
	if (result.code === 1) {
		assert.match(result.stderr, /^blog-reader: stopped after 200,000 files: point --dir at the blog's folder$/m);
	}
});
