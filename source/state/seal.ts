import * as zlib from 'node:zlib';

/**
The seal every file of ours starts with, 16 bytes: 4 naming the seal, the CRC-32 of everything
after the seal (little-endian), then that content's length (8 bytes). CRC-32 catches every
flipped bit and every burst of up to 32 bits, anywhere in the file, which is what a damaged
cache file is; nobody forges our cache files, so no cryptographic hash is needed, and CRC-32
checks 50 MB in ~20 ms. The length tells a file cut short from one damaged. Sixteen bytes keep
the content at the 8-byte alignment its typed arrays are read at.
*/
const mark = Buffer.from('BRs1', 'latin1');
const sealBytes = 16;

type Crc = (data: Uint8Array, value?: number) => number;

// zlib.crc32 arrived in Node 20.15; earlier Node 20 releases compute the same CRC in JS (~10x slower).
const crc32: Crc = (zlib as {crc32?: Crc}).crc32 ?? crc32InJs;

let table: Int32Array | undefined;

function crc32InJs(data: Uint8Array, value = 0): number {
	if (table === undefined) {
		table = new Int32Array(256);
		for (let byte = 0; byte < 256; byte++) {
			let c = byte;
			for (let bit = 0; bit < 8; bit++) {
				c = (c & 1) === 1 ? 0xED_B8_83_20 ^ (c >>> 1) : c >>> 1;
			}

			table[byte] = c;
		}
	}

	let crc = ~value;
	for (const byte of data) {
		crc = table[(crc ^ byte) & 0xFF]! ^ (crc >>> 8);
	}

	return ~crc >>> 0;
}

function asBytes(part: NodeJS.ArrayBufferView): Uint8Array {
	return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
}

/** The seal followed by the parts' bytes (views: nothing is copied). */
export function sealed(parts: readonly NodeJS.ArrayBufferView[]): Uint8Array[] {
	const bytes = parts.map(part => asBytes(part));
	let crc = 0;
	let length = 0;
	for (const part of bytes) {
		// zlib resets the CRC for an empty array with no memory behind it (its NULL-buffer case).
		if (part.length > 0) {
			crc = crc32(part, crc);
			length += part.length;
		}
	}

	const seal = Buffer.alloc(sealBytes);
	mark.copy(seal, 0);
	seal.writeUInt32LE(crc, 4);
	seal.writeBigUInt64LE(BigInt(length), 8);
	return [seal, ...bytes];
}

/**
The content of a sealed file, or why it cannot be trusted: no seal (a file from before seals,
or another program's), shorter or longer than written, or a checksum that does not match.
*/
export function unsealed(bytes: Buffer): Buffer | string {
	if (bytes.length < sealBytes || !bytes.subarray(0, 4).equals(mark)) {
		return 'damaged or written by an older version (no checksum)';
	}

	const content = bytes.subarray(sealBytes);
	const length = bytes.readBigUInt64LE(8);
	if (BigInt(content.length) !== length) {
		return BigInt(content.length) < length ? 'truncated' : 'damaged (longer than written)';
	}

	return bytes.readUInt32LE(4) === (content.length === 0 ? 0 : crc32(content)) ? content : 'damaged (its checksum does not match)';
}

/** For tests: the JS CRC, which must agree with zlib's. */
export const crc32ForTests = crc32InJs;
