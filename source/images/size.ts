import {closeSync, fstatSync, openSync, readSync} from 'node:fs';

/**
An image's pixel size from the first bytes of its file (PNG's IHDR, JPEG's frame header), read
without decoding: the render reserves rows for a preview by it, and the decoder refuses an
image too big to decode before it allocates anything.
*/

export type ImageFormat = 'png' | 'jpeg';

export interface ImageSize {
	readonly format: ImageFormat;
	readonly width: number;
	readonly height: number;
}

/** JPEG markers that start a frame (SOF0-SOF15 but DHT, JPG and DAC), which carry the size. */
const frameMarkers = new Set([0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF]);

const pngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

function pngSize(bytes: Uint8Array): ImageSize | undefined {
	// Signature, then the IHDR chunk: length, "IHDR", width, height (big-endian).
	if (bytes.length < 24 || !pngSignature.every((byte, at) => bytes[at] === byte)) {
		return undefined;
	}

	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') {
		return undefined;
	}

	return sized('png', view.getUint32(16), view.getUint32(20));
}

function jpegSize(bytes: Uint8Array): ImageSize | undefined {
	if (bytes.length < 4 || bytes[0] !== 0xFF || bytes[1] !== 0xD8) {
		return undefined;
	}

	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let at = 2;
	while (at + 4 <= bytes.length) {
		if (bytes[at] !== 0xFF) {
			return undefined;
		}

		const marker = bytes[at + 1]!;
		// Fill bytes and markers without a length.
		if (marker === 0xFF) {
			at++;
			continue;
		}

		if (marker === 0xD8 || marker === 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
			at += 2;
			continue;
		}

		const length = view.getUint16(at + 2);
		if (frameMarkers.has(marker)) {
			return at + 9 <= bytes.length ? sized('jpeg', view.getUint16(at + 7), view.getUint16(at + 5)) : undefined;
		}

		if (marker === 0xDA || length < 2) {
			// Scan data before any frame header: not a JPEG we can size.
			return undefined;
		}

		at += 2 + length;
	}

	return undefined;
}

function sized(format: ImageFormat, width: number, height: number): ImageSize | undefined {
	return width > 0 && height > 0 ? {format, width, height} : undefined;
}

/** The size the image's first bytes declare, or undefined for anything else (not PNG or JPEG, cut short). */
export function imageSize(bytes: Uint8Array): ImageSize | undefined {
	return pngSize(bytes) ?? jpegSize(bytes);
}

/**
How much of a file is read to size it: a PNG says in its first 24 bytes, a JPEG's frame header
comes after its EXIF block (with a thumbnail, up to 64 KB), rarely later.
*/
const firstRead = 64 * 1024;
const longestRead = 512 * 1024;

function readHead(fd: number, bytes: number): Buffer {
	const head = Buffer.alloc(bytes);
	return head.subarray(0, readSync(fd, head, 0, bytes, 0));
}

// Sizes asked of the disk once per file and change: a post is rendered again at each width.
const known = new Map<string, ImageSize | undefined>();

/** The size of an image file, from its first bytes only; undefined when it cannot be read or sized. */
export function readImageSize(file: string): ImageSize | undefined {
	let fd: number | undefined;
	try {
		fd = openSync(file, 'r');
		const {size, mtimeMs} = fstatSync(fd);
		const key = `${file}\u0000${size}\u0000${mtimeMs}`;
		if (known.has(key)) {
			return known.get(key);
		}

		let head = readHead(fd, firstRead);
		let found = imageSize(head);
		if (found === undefined && head.length === firstRead && head[0] === 0xFF && head[1] === 0xD8) {
			head = readHead(fd, longestRead);
			found = imageSize(head);
		}

		if (known.size > 1000) {
			known.clear();
		}

		known.set(key, found);
		return found;
	} catch {
		return undefined;
	} finally {
		if (fd !== undefined) {
			closeSync(fd);
		}
	}
}
