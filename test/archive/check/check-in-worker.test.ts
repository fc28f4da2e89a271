import {stateDir} from '../isolated-cache.js';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {checkInWorker} from '../../../source/archive/check/check-in-worker.js';
import {settle, settledArchive} from '../../fixtures/tree.js';

// The reader's check of every file runs the built loader on a worker thread (`npm test` builds
// first). What the reader relies on: the same fingerprint while nothing changed, another once a
// file did, the loader's messages passed back, and no answer at all when the thread cannot run.
const worker = new URL('../../../dist/archive/check/check-worker.js', import.meta.url);

// The worker does not hold the process open (quitting the reader must not wait for it); in the
// reader Ink does, here a timer.
async function check(...args: Parameters<typeof checkInWorker>): ReturnType<typeof checkInWorker> {
	const open = setInterval(() => undefined, 1000);
	try {
		return await checkInWorker(...args);
	} finally {
		clearInterval(open);
	}
}

test('the worker reports the same fingerprint for unchanged files and another after a change', async () => {
	assert.ok(stateDir);
	const dir = settledArchive({'a.md': '# A\n\nText.\n', 'b.md': '---\ntitle: B\n---\nBody\n'});
	const first = await check(worker, {dir});
	assert.ok(first?.fingerprint);
	const again = await check(worker, {dir});
	assert.equal(again?.fingerprint, first.fingerprint);

	writeFileSync(join(dir, 'b.md'), '---\ntitle: B, edited\n---\nBody\n');
	settle(dir);
	const changed = await check(worker, {dir});
	assert.ok(changed?.fingerprint);
	assert.notEqual(changed.fingerprint, first.fingerprint);
});

test('files passed over are reported back, as the loader reports them', async () => {
	const dir = settledArchive({'a.md': '# A\n', 'broken.md': new Uint8Array([0, 1, 2, 0, 0, 255, 0])});
	const report = await check(worker, {dir});
	assert.deepEqual(report?.skipped.map(entry => entry.path), ['broken.md']);
});

test('a worker that cannot run gives no answer, so the caller checks on its own thread', async () => {
	const dir = settledArchive({'a.md': '# A\n'});
	assert.equal(await check(new URL('../../../dist/archive/no-such-worker.js', import.meta.url), {dir}), undefined);
	assert.equal(await check(worker, {dir: join(dir, 'no-such-folder')}), undefined);
});
