import {initialChars, type WordIndex} from '../word-index.js';
import {allInRange, isPermutation} from '../../state/int-checks.js';
import {sha256Hex} from '../../state/crypto.js';

/** The arrays of a word index that are worth storing; titles are cheap to fold again from posts. */
export type StoredArrays = Omit<WordIndex, 'title'>;

// 'BRSI' read as a little-endian u32: a big-endian machine or another program's file fails it.
const magic = 0x49_53_52_42;
/** Bump whenever the layout below or the way words are indexed changes. */
// 2: slugs and authors are indexed (fields 16 and 32). 3: each initial's fields a post (`initials`).
// 4: no checksum of its own: the seal's CRC-32 (state/seal.ts) covers every byte of the file, so a
// flipped bit that keeps every count and position in range is refused all the same.
export const wordIndexFormatVersion = 4;
const headerInts = 9;
const keyBytes = 64;
const headerBytes = (headerInts * 4) + keyBytes;

/** The stored form of a key: fixed length, whatever the key holds. */
export function keyDigest(key: string): string {
	return sha256Hex(key);
}

/**
The index as the parts of one file, for a write that never copies the postings: a header (magic,
version, counts, total length), the key's digest, then each array at a four-byte boundary.
*/
export function encodeWordIndex(index: StoredArrays, key: string, postCount: number): Uint8Array[] {
	const {words} = index;
	const wordStarts = new Int32Array(words.length + 1);
	for (const [id, word] of words.entries()) {
		wordStarts[id + 1] = wordStarts[id]! + word.length;
	}

	const chars = new Uint16Array(wordStarts[words.length]!);
	for (const [id, word] of words.entries()) {
		const at = wordStarts[id]!;
		for (let unit = 0; unit < word.length; unit++) {
			chars[at + unit] = word.charCodeAt(unit);
		}
	}

	const body = [wordStarts, index.sorted, index.offsets, index.titleWords, index.posts, chars, index.fields, index.initials];
	const parts: Uint8Array[] = [];
	let length = headerBytes;
	for (const array of body) {
		const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
		parts.push(bytes);
		length += bytes.length;
		const padding = (4 - (bytes.length % 4)) % 4;
		if (padding > 0) {
			parts.push(new Uint8Array(padding));
			length += padding;
		}
	}

	const header = new Uint8Array(headerBytes);
	new Int32Array(header.buffer, 0, headerInts).set([magic, wordIndexFormatVersion, keyBytes, postCount, words.length, chars.length, index.posts.length, index.titleWords.length, length]);
	header.set(Buffer.from(keyDigest(key), 'latin1'), headerInts * 4);
	return [header, ...parts];
}

export type Decoded = {readonly value: StoredArrays} | {readonly reason: string; readonly stale?: true};

/**
The index a file holds, when it was written for `key` and is whole and sound; views onto the
bytes where they are aligned. Damage that would mislead the ranker (counts or positions out of
range) refuses the file as a whole: it is rebuilt, never trusted in part.
*/
export function decodeWordIndex(file: Uint8Array, key: string, postCount: number): Decoded {
	const bytes = file.byteOffset % 4 === 0 ? file : file.slice();
	if (bytes.length < headerBytes) {
		return {reason: 'truncated'};
	}

	const header = new Int32Array(bytes.buffer, bytes.byteOffset, headerInts);
	const [fileMagic, version, keyLength, posts, wordCount, charCount, pairCount, titleWordCount, length] = header as unknown as number[];
	if (fileMagic !== magic || keyLength !== keyBytes) {
		return {reason: 'not a file blog-reader wrote'};
	}

	if (version !== wordIndexFormatVersion) {
		return {reason: 'another format', stale: true};
	}

	if (Buffer.from(bytes.buffer, bytes.byteOffset + (headerInts * 4), keyBytes).toString('latin1') !== keyDigest(key) || posts !== postCount) {
		return {reason: 'written for other files', stale: true};
	}

	if (length !== bytes.length) {
		return {reason: 'truncated'};
	}

	const counts = [wordCount!, charCount!, pairCount!, titleWordCount!];
	if (counts.some(count => count < 0)) {
		return {reason: 'damaged'};
	}

	let at = bytes.byteOffset + headerBytes;
	const end = bytes.byteOffset + bytes.length;
	const take = <T>(make: (buffer: ArrayBufferLike, offset: number, count: number) => T, count: number, size: number): T | undefined => {
		const offset = at;
		at += Math.ceil((count * size) / 4) * 4;
		return at <= end ? make(bytes.buffer, offset, count) : undefined;
	};

	const ints = (buffer: ArrayBufferLike, offset: number, count: number) => new Int32Array(buffer, offset, count);
	const wordStarts = take(ints, wordCount! + 1, 4);
	const sorted = take(ints, wordCount!, 4);
	const offsets = take(ints, wordCount! + 1, 4);
	const titleWords = take(ints, titleWordCount!, 4);
	const postings = take(ints, pairCount!, 4);
	const chars = take((buffer, offset, count) => new Uint16Array(buffer, offset, count), charCount!, 2);
	const bytesOf = (buffer: ArrayBufferLike, offset: number, count: number) => new Uint8Array(buffer, offset, count);
	const fields = take(bytesOf, pairCount!, 1);
	const initials = take(bytesOf, initialChars.length * postCount, 1);
	if (!wordStarts || !sorted || !offsets || !titleWords || !postings || !chars || !fields || !initials || at !== end) {
		return {reason: 'truncated'};
	}

	// The seal's checksum has vouched for every byte; these guard the loops that walk the arrays (a few
	// per word, not per posting: postings and fields out of range could only mis-score, not crash).
	if (!ascending(wordStarts, charCount!) || !ascending(offsets, pairCount!) || !isPermutation(sorted) || !allInRange(titleWords, 0, wordCount!)) {
		return {reason: 'damaged'};
	}

	return {value: {words: wordsOf(chars, wordStarts), sorted, offsets, posts: postings, fields, titleWords, initials}};
}

/** Starts at 0, never goes down, ends at `last`. */
function ascending(values: Int32Array, last: number): boolean {
	if (values[0] !== 0 || values.at(-1) !== last) {
		return false;
	}

	for (let index = 1; index < values.length; index++) {
		if (values[index]! < values[index - 1]!) {
			return false;
		}
	}

	return true;
}

// One string for all the words, cut into slices: exact for any UTF-16 unit (UCS-2 decoding copies
// the units as they are, lone surrogates too), and made in one native call.
function wordsOf(chars: Uint16Array, starts: Int32Array): string[] {
	const all = Buffer.from(chars.buffer, chars.byteOffset, chars.byteLength).toString('ucs2');

	const words = Array.from<string>({length: starts.length - 1});
	for (let id = 0; id < words.length; id++) {
		words[id] = all.slice(starts[id], starts[id + 1]);
	}

	return words;
}
