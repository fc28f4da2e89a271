/*
What blog-reader takes of cryptography: SHA-256 digests (file names, cache keys, fingerprints)
and random bytes (temp file names), without loading node:crypto at a start.
*/

import {createRequire} from 'node:module';
import {sha256} from '@noble/hashes/sha2';
import {bytesToHex, utf8ToBytes} from '@noble/hashes/utils';

// Longer texts go to node:crypto: native SHA-256 is several times faster on a fingerprint of
// thousands of files, and by then its load is a small part of the work.
const nativeFrom = 16 * 1024;

/**
The SHA-256 of a text (as UTF-8), in hex. node:crypto takes ~4 ms to load (some 45 of Node's
own modules: streams, perf_hooks, key generation), more than `show` or the reader's first frame
spend on most of their own steps, only to hash a path or a short key: those are hashed by
@noble/hashes, the same digest. It is required on first need for a long text.
*/
export function sha256Hex(text: string): string {
	if (text.length < nativeFrom) {
		return bytesToHex(sha256(utf8ToBytes(text)));
	}

	return nodeCrypto().createHash('sha256').update(text).digest('hex');
}

/** `count` random bytes in hex, from node:crypto, required on first need (writes are rare next to starts). */
export function randomHex(count: number): string {
	return nodeCrypto().randomBytes(count).toString('hex');
}

let crypto: typeof import('node:crypto') | undefined;

function nodeCrypto(): typeof import('node:crypto') {
	crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
	return crypto;
}
