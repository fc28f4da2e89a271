import {emptyCacheEachTest} from '../isolated-cache.js';
import assert from 'node:assert/strict';
import {mkdirSync, renameSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {changedSince} from '../../../source/archive/check/changed-since.js';
import {unchangedByFolders} from '../../../source/archive/cache/cached-archive.js';
import {loadArchive} from '../../../source/archive/load.js';
import {settle, settledArchive} from '../../fixtures/tree.js';

emptyCacheEachTest();

const posts = {
	'posts/2024/one.md': '---\ntitle: One\ndate: 2024-01-01\n---\n\nFirst.\n',
	'posts/2024/two.md': '---\ntitle: Two\ndate: 2024-02-01\n---\n\nSecond.\n',
	'posts/2025/three.md': '---\ntitle: Three\ndate: 2025-01-01\n---\n\nThird.\n',
};

test('folders as a settled load walked them prove the same files, with its fingerprint', async () => {
	const dir = settledArchive(posts);
	assert.equal(await unchangedByFolders(dir), undefined, 'nothing to go by before a load');
	const loaded = loadArchive(dir);
	const byFolders = await unchangedByFolders(dir);
	assert.ok(byFolders);
	assert.equal(byFolders.fingerprint, loaded.fingerprint);
	assert.ok(byFolders.walkedAt <= Date.now());
});

test('a file added, removed or renamed changes its folder\'s time, and the folders prove nothing', async () => {
	for (const change of [
		(dir: string) => writeFileSync(join(dir, 'posts/2024/new.md'), '# New\n'),
		(dir: string) => rmSync(join(dir, 'posts/2025/three.md')),
		(dir: string) => renameSync(join(dir, 'posts/2024/two.md'), join(dir, 'posts/2024/deux.md')),
		(dir: string) => mkdirSync(join(dir, 'posts/2026')),
	]) {
		const dir = settledArchive(posts);
		loadArchive(dir);
		change(dir);
		assert.equal(await unchangedByFolders(dir), undefined);
	}
});

test('a file written over in place leaves the folders as they were: a look at the file tells it', async () => {
	const dir = settledArchive(posts);
	loadArchive(dir);
	const file = join(dir, 'posts/2024/one.md');
	writeFileSync(file, '---\ntitle: One, edited\ndate: 2024-01-01\n---\n\nFirst.\n');
	const byFolders = await unchangedByFolders(dir);
	assert.ok(byFolders, 'the trade-off: folder times do not see it');
	assert.deepEqual(await changedSince([file, join(dir, 'posts/2024/two.md')], byFolders.walkedAt), [file]);
	assert.deepEqual(await changedSince([join(dir, 'posts/gone.md')], byFolders.walkedAt), [join(dir, 'posts/gone.md')]);
});

test('folders changed moments before the load are no proof yet', async () => {
	const dir = settledArchive(posts);
	const now = Date.now() / 1000;
	utimesSync(join(dir, 'posts/2025'), now, now);
	loadArchive(dir);
	assert.equal(await unchangedByFolders(dir), undefined);
	// Once they settle, the next load keeps them.
	settle(dir);
	loadArchive(dir);
	assert.ok(await unchangedByFolders(dir));
});
