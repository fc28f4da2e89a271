import assert from 'node:assert/strict';
import {utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {setTimeout as sleep} from 'node:timers/promises';
import {LookAgain} from '../../source/ui/look-again.js';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';

test('files on screen are looked at once each after the check, and those changed since go on', async () => {
	const dir = removeAfterTests(tempDir());
	const old = join(dir, 'old.md');
	const edited = join(dir, 'edited.md');
	const later = join(dir, 'later.md');
	const since = Date.now() - 60_000;
	for (const file of [old, edited, later]) {
		writeFileSync(file, '# A post\n');
	}

	const hourAgo = (Date.now() - 3_600_000) / 1000;
	utimesSync(old, hourAgo, hourAgo);
	utimesSync(later, hourAgo, hourAgo);
	const found: string[][] = [];
	const look = new LookAgain(files => found.push([...files]));
	// Before the check says what it saw, nothing is looked at; what is on screen is remembered.
	look.shown([old, edited]);
	await sleep(50);
	assert.deepEqual(found, []);
	look.since(since);
	await sleep(50);
	assert.deepEqual(found, [[edited]]);
	// Each file once: shown again, it is not looked at again.
	look.shown([edited, later]);
	await sleep(50);
	assert.deepEqual(found, [[edited]]);
	// After a reload (every file looked at), nothing more.
	look.since(undefined);
	writeFileSync(later, '# Changed\n');
	look.shown([later]);
	await sleep(50);
	assert.deepEqual(found, [[edited]]);
});
