import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {test} from 'node:test';
import fc from 'fast-check';
import {randomHex, sha256Hex} from '../../source/state/crypto.js';

const native = (text: string): string => createHash('sha256').update(text).digest('hex');

// Kept files are named by these digests: a digest that changed would orphan every cache.
test('sha256Hex is the SHA-256 node:crypto gives, for short and long texts alike', () => {
	for (const text of ['', 'abc', '/home/me/blog', 'é ü 漢字 🙂', 'lone \uD800 surrogate', 'x'.repeat((16 * 1024) - 1), 'x'.repeat(16 * 1024), 'y'.repeat(300_000)]) {
		assert.equal(sha256Hex(text), native(text), `${text.slice(0, 20)} (${text.length})`);
	}

	assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	fc.assert(fc.property(fc.string({unit: 'binary'}), text => sha256Hex(text) === native(text)));
});

test('randomHex gives that many random bytes in hex', () => {
	assert.match(randomHex(4), /^[\da-f]{8}$/);
	assert.notEqual(randomHex(16), randomHex(16));
});
