import {closeSync, fstatSync, openSync, readSync} from 'node:fs';
import {isUtf8} from 'node:buffer';

/** Posts beyond this size are not blog posts; reading them would only cost memory. */
export const maxFileBytes = 20 * 1024 * 1024;
const binaryProbe = 8192;
const windows1252 = new TextDecoder('windows-1252');
const utf16 = new TextDecoder('utf-16le');

export type ReadResult = {readonly text: string} | {readonly skip: string};

/** A post file as text with `\n` line ends, or why it is not text. */
export function readText(file: string): ReadResult {
	let bytes: Buffer;
	try {
		bytes = readBytes(file);
	} catch (error) {
		return {skip: describeError(error)};
	}

	return decode(bytes);
}

// One buffer reused for every read: allocating a fresh one per file is most of a load's garbage.
let shared = Buffer.allocUnsafe(256 * 1024);

/** The file's bytes, in the shared buffer: decode them before the next read. */
function readBytes(file: string): Buffer {
	const fd = openSync(file, 'r');
	try {
		let length = 0;
		for (;;) {
			if (length === shared.length) {
				if (length > maxFileBytes) {
					throw new TooLarge(fstatSync(fd).size);
				}

				const larger = Buffer.allocUnsafe(shared.length * 2);
				shared.copy(larger, 0, 0, length);
				shared = larger;
			}

			const count = readSync(fd, shared, length, shared.length - length, null);
			if (count === 0) {
				break;
			}

			length += count;
		}

		if (length > maxFileBytes) {
			throw new TooLarge(length);
		}

		return shared.subarray(0, length);
	} finally {
		closeSync(fd);
	}
}

/** Bytes as text: UTF-8 when valid, else Windows-1252 (a superset of Latin-1), so nothing is dropped. */
export function decode(bytes: Buffer): ReadResult {
	if (bytes.length >= 2 && bytes[0] === 0xFF && bytes[1] === 0xFE) {
		return {text: lineEnds(utf16.decode(bytes.subarray(2)))};
	}

	const start = bytes.length >= 3 && bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF ? 3 : 0;
	const probe = bytes.subarray(start, start + binaryProbe);
	if (probe.includes(0)) {
		return {skip: 'binary file (NUL bytes)'};
	}

	const content = bytes.subarray(start);
	const text = isUtf8(content) ? content.toString('utf8') : windows1252.decode(content);
	return {text: lineEnds(text)};
}

function lineEnds(text: string): string {
	return text.includes('\r') ? text.replaceAll('\r\n', '\n').replaceAll('\r', '\n') : text;
}

class TooLarge extends Error {
	constructor(readonly size: number) {
		super(`too large (${Math.round(size / 1024 / 1024)} MB, the limit is ${maxFileBytes / 1024 / 1024} MB)`);
	}
}

export function describeError(error: unknown): string {
	if (error instanceof TooLarge) {
		return error.message;
	}

	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'EACCES':
		case 'EPERM': {
			return 'permission denied';
		}

		case 'ENOENT': {
			return 'no longer exists';
		}

		case 'ELOOP': {
			return 'symbolic link loop';
		}

		case 'EISDIR': {
			return 'is a folder';
		}

		default: {
			return code ? `cannot read (${code})` : 'cannot read';
		}
	}
}
