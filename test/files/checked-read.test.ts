import assert from 'node:assert/strict';
import {existsSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {FileRefused, readChecked} from '../../source/files/checked-read.js';
import {crc32ForTests, sealed, unsealed} from '../../source/state/seal.js';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';
import {makeFifo} from '../helpers/fifo.js';

// Each case would block or grow without bound if the read were not checked: the timeout says so.
const bounded = {timeout: 10_000};

function folder(): string {
	return removeAfterTests(tempDir('blog-reader-read-'));
}

function refusal(read: () => unknown): string {
	try {
		read();
	} catch (error) {
		assert.ok(error instanceof FileRefused, `refused, not ${String(error)}`);
		return error.message;
	}

	assert.fail('the read was not refused');
}

test('a regular file is read whole, exactly its size', bounded, () => {
	const file = join(folder(), 'post.md');
	writeFileSync(file, 'hello\n');
	assert.equal(readChecked(file, {maxBytes: 100}).toString(), 'hello\n');
	writeFileSync(file, '');
	assert.equal(readChecked(file, {maxBytes: 100}).length, 0);
});

test('a named pipe is refused, not waited on', bounded, t => {
	const fifo = join(folder(), 'pipe.md');
	if (!makeFifo(fifo)) {
		t.skip('mkfifo is not available');
		return;
	}

	assert.equal(refusal(() => readChecked(fifo, {maxBytes: 100})), 'not a regular file (a named pipe)');
});

test('a link to /dev/zero is refused, not read for ever', bounded, t => {
	if (!existsSync('/dev/zero')) {
		t.skip('no /dev/zero here');
		return;
	}

	const link = join(folder(), 'zero.md');
	symlinkSync('/dev/zero', link);
	assert.equal(refusal(() => readChecked(link, {maxBytes: 100})), 'not a regular file (a device)');
});

test('a file over the limit is refused before any byte is read; a folder is a folder', bounded, () => {
	const dir = folder();
	const huge = join(dir, 'huge.md');
	writeFileSync(huge, '');
	// Sparse: 64 GB that cost nothing on disk.
	truncateSync(huge, 64 * 1024 * 1024 * 1024);
	assert.equal(refusal(() => readChecked(huge, {maxBytes: 20 * 1024 * 1024})), 'too large (65536 MB, the limit is 20 MB)');
	assert.throws(() => readChecked(dir, {maxBytes: 100}), {code: 'EISDIR'});
});

test('noFollow refuses a final link, as the caller that checks links asks', bounded, () => {
	const dir = folder();
	writeFileSync(join(dir, 'real.md'), 'x');
	symlinkSync('real.md', join(dir, 'link.md'));
	assert.throws(() => readChecked(join(dir, 'link.md'), {maxBytes: 100, noFollow: true}), {code: 'ELOOP'});
	assert.equal(readChecked(join(dir, 'link.md'), {maxBytes: 100}).toString(), 'x');
});

test('the seal: zlib and the JS CRC agree, and every single flipped bit of a file is noticed', () => {
	const content = Buffer.from(Array.from({length: 300}, (_, index) => (index * 7919) % 256));
	const whole = Buffer.concat(sealed([content.subarray(0, 100), new Uint8Array(0), content.subarray(100)]));
	assert.deepEqual(unsealed(whole), content);
	// Sealed with zlib's CRC where Node has it: the JS one, for older Node 20, must agree.
	assert.equal(whole.readUInt32LE(4), crc32ForTests(content));
	for (let at = 0; at < whole.length; at++) {
		for (let bit = 0; bit < 8; bit++) {
			const spoilt = Buffer.from(whole);
			spoilt[at] = spoilt[at]! ^ (1 << bit);
			assert.equal(typeof unsealed(spoilt), 'string', `a flip of bit ${bit} at byte ${at}`);
		}
	}

	assert.equal(typeof unsealed(whole.subarray(0, 5)), 'string');
	assert.deepEqual(unsealed(Buffer.concat(sealed([]))), Buffer.alloc(0));
});
