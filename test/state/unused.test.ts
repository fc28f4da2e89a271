import assert from 'node:assert/strict';
import {readdirSync, utimesSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {markUsed, removeUnused} from '../../source/state/unused.js';
import {removeAfterTests, tempDir, writeTree} from '../fixtures/tree.js';

function folder(): string {
	const dir = tempDir('blog-reader-state-');
	removeAfterTests(dir);
	return dir;
}

test('files unused for a month are pruned; one marked used is kept', () => {
	const dir = folder();
	writeTree(dir, {'old.json': '{}', 'used.json': '{}', 'recent.json': '{}', 'old.txt': 'other kind'});
	const monthsAgo = Date.now() / 1000 - 60 * 24 * 3600;
	for (const name of ['old.json', 'used.json', 'old.txt']) {
		utimesSync(join(dir, name), monthsAgo, monthsAgo);
	}

	markUsed(join(dir, 'used.json'));
	removeUnused(dir, '.json');
	assert.deepEqual(readdirSync(dir).sort(), ['old.txt', 'recent.json', 'used.json']);
	markUsed(join(dir, 'missing.json'));
	removeUnused(join(dir, 'missing'), '.json');
});

test('only the files used last are kept past a count; other kinds and a missing folder are left alone', () => {
	const dir = folder();
	writeTree(dir, {'a.json': '{}', 'b.json': '{}', 'c.json': '{}', 'd.json': '{}', 'x.txt': 'other kind'});
	const now = Date.now() / 1000;
	for (const [at, name] of ['a.json', 'b.json', 'c.json', 'd.json', 'x.txt'].entries()) {
		utimesSync(join(dir, name), now - (10 - at) * 3600, now - (10 - at) * 3600);
	}

	removeUnused(dir, '.json', undefined, 4);
	assert.equal(readdirSync(dir).length, 5, 'at the count, nothing goes');
	removeUnused(dir, '.json', undefined, 2);
	assert.deepEqual(readdirSync(dir).sort(), ['c.json', 'd.json', 'x.txt']);
	removeUnused(join(dir, 'missing'), '.json', undefined, 1);
});
