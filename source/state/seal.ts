import * as zlib from 'node:zlib';

/**
The seal every file of ours ends with: 4 bytes naming the seal, then the CRC-32 of everything
before them (little-endian). CRC-32 catches every flipped bit and every burst of up to 32 bits,
anywhere in the file, which is what a damaged cache file is; nobody forges our cache files, so
no cryptographic hash is needed, and CRC-32 checks 50 MB in ~20 ms.
*/
const mark = Buffer.from('BRs1', 'latin1');
const sealBytes = 8;

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

/** The parts' bytes followed by their seal (views: nothing is copied). */
export function sealed(parts: readonly NodeJS.ArrayBufferView[]): Uint8Array[] {
	const bytes = parts.map(part => asBytes(part));
	let crc = 0;
	for (const part of bytes) {
		// zlib resets the CRC for an empty array with no memory behind it (its NULL-buffer case).
		if (part.length > 0) {
			crc = crc32(part, crc);
		}
	}

	const seal = Buffer.alloc(sealBytes);
	mark.copy(seal, 0);
	seal.writeUInt32LE(crc, 4);
	return [...bytes, seal];
}

/**
The content of a sealed file, or why it cannot be trusted: no seal (a file from before seals, or
damaged at its end) or a seal that does not match (damaged anywhere).
*/
export function unsealed(bytes: Buffer): Buffer | string {
	const content = bytes.subarray(0, Math.max(0, bytes.length - sealBytes));
	const seal = bytes.subarray(content.length);
	if (seal.length < sealBytes || !seal.subarray(0, 4).equals(mark)) {
		return 'damaged or written by an older version (no checksum)';
	}

	return seal.readUInt32LE(4) === (content.length === 0 ? 0 : crc32(content)) ? content : 'damaged (its checksum does not match)';
}

/** For tests: the JS CRC, which must agree with zlib's. */
export const crc32ForTests = crc32InJs;
