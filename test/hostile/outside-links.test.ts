/**
An archive whose links lead out of it: `list` and `search` show only what the archive holds,
with one `skipped <path>: leads outside the archive` line per link, and never walk the parent
folder or the disk. `npm test` builds first; run `npm run build` before running this file alone.
*/
import assert from 'node:assert/strict';
import {symlinkSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {removeAfterTests, tempDir, writeTree} from '../fixtures/tree.js';
import {runBinary} from './run.js';

const parent = removeAfterTests(tempDir());
const stateDir = removeAfterTests(tempDir('blog-reader-state-'));

const root = join(parent, 'blog');
writeTree(parent, {
	'blog/inside.md': '# Inside post\n\nInside text.\n',
	'blog/store/kept.md': '# Kept post\n\nKept text.\n',
	'outside.md': '# Outside secret\n\nOUTSIDE-SECRET\n',
	'private/key.md': '# Private key\n\nPRIVATE-KEY\n',
});
symlinkSync('..', join(root, 'up'));
symlinkSync('/', join(root, 'disk'));
symlinkSync('../outside.md', join(root, 'leak.md'));
symlinkSync(join(parent, 'private'), join(root, 'private-folder'));
symlinkSync('store', join(root, 'shelf'));

test('list shows the posts inside and names each link that leads out', {timeout: 60_000}, () => {
	const result = runBinary(['list', '--json', '-d', root], {stateDir, timeout: 30_000});
	assert.equal(result.code, 0, result.stderr);
	const posts = JSON.parse(result.stdout) as Array<{title: string; path: string}>;
	assert.deepEqual(posts.map(post => `${post.title}:${post.path}`).sort(), ['Inside post:inside.md', 'Kept post:store/kept.md']);
	assert.deepEqual(result.stderr.split('\n').filter(Boolean).sort(), [
		'blog-reader: skipped disk: leads outside the archive',
		'blog-reader: skipped leak.md: leads outside the archive',
		'blog-reader: skipped private-folder: leads outside the archive',
		'blog-reader: skipped up: leads outside the archive',
	]);
});

test('search finds nothing from outside the archive', {timeout: 60_000}, () => {
	for (const query of ['OUTSIDE-SECRET', 'PRIVATE-KEY', 'Outside secret']) {
		const result = runBinary(['search', '--json', query, '-d', root], {stateDir, timeout: 30_000});
		assert.doesNotMatch(result.stdout, /OUTSIDE|PRIVATE|Outside secret|Private key/, query);
	}
});
