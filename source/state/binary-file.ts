import {readOurFile, writeWhole, type ReadResult} from './json-file.js';

/**
A binary file of ours, written like the JSON ones: whole, through a temp file and one rename, so
a reader never sees half of it. Throws when the folder cannot be written.
*/
export function writeBinaryFile(file: string, parts: readonly NodeJS.ArrayBufferView[]): void {
	writeWhole(file, parts);
}

/**
Reads a binary file of ours back in one read. `decode` turns the bytes into a value, or a reason
to refuse them (truncated, foreign, another format); it must not throw, but if it does, the file
is refused all the same: our files only ever cost freshness, never a crash.
*/
export function readBinaryFile<T>(file: string, decode: (bytes: Buffer) => {readonly value: T} | {readonly reason: string}): ReadResult<T> {
	const bytes = readOurFile(file);
	if (!Buffer.isBuffer(bytes)) {
		return bytes;
	}

	try {
		const decoded = decode(bytes);
		return 'value' in decoded ? {kind: 'ok', value: decoded.value} : {kind: 'invalid', reason: decoded.reason};
	} catch {
		return {kind: 'invalid', reason: 'not a file blog-reader wrote'};
	}
}
