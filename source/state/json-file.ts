import {isAscii} from 'node:buffer';
import {closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync} from 'node:fs';
import {FileRefused, readChecked} from '../files/checked-read.js';
import {sealed, unsealed} from './seal.js';
import {randomHex} from './crypto.js';
import {basename, dirname, join} from 'node:path';

const tempSuffix = '.tmp';

/**
A JSON file of ours, written so that a reader never sees half of it: the text goes to a
temp file beside it, then one rename swaps it in. Two processes writing at once each rename a
whole file, so the last one wins and neither corrupts the other. A write killed midway leaves
only a temp file, which no reader looks at. Throws when the folder cannot be written.
*/
export function writeJsonFile(file: string, value: unknown): void {
	writeWhole(file, asciiJson(value));
}

/**
The same one-rename write for any content: a binary file of ours goes through it too. The file
ends with a checksum of all of it (see seal.ts), so any damage later is noticed on reading.
*/
export function writeWhole(file: string, data: string | readonly NodeJS.ArrayBufferView[]): void {
	mkdirSync(dirname(file), {recursive: true, mode: 0o700});
	// The random part keeps two writers apart even when a pid is reused (containers sharing a folder).
	const temp = `${file}.${process.pid}.${randomHex(4)}${tempSuffix}`;
	try {
		writeParts(temp, sealed(typeof data === 'string' ? [Buffer.from(data)] : data));
		renameSync(temp, file);
	} catch (error) {
		rmSync(temp, {force: true});
		throw error;
	}
}

// Part by part: a large binary file is never copied into one buffer first.
function writeParts(file: string, parts: readonly NodeJS.ArrayBufferView[]): void {
	const fd = openSync(file, 'w', 0o600);
	try {
		for (const part of parts) {
			const bytes = new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
			for (let written = 0; written < bytes.length;) {
				written += writeSync(fd, bytes, written);
			}
		}
	} finally {
		closeSync(fd);
	}
}

/**
Removes temp files that writes of `file` left behind when killed. Only old ones: a young one may
belong to another process writing right now. Never throws.
*/
export function removeStaleTemps(file: string, olderThanMs = 10 * 60 * 1000): void {
	const folder = dirname(file);
	const prefix = `${basename(file)}.`;
	try {
		for (const name of readdirSync(folder)) {
			if (!name.startsWith(prefix) || !name.endsWith(tempSuffix)) {
				continue;
			}

			const path = join(folder, name);
			const stats = statSync(path, {throwIfNoEntry: false});
			if (stats && Date.now() - stats.mtimeMs > olderThanMs) {
				rmSync(path, {force: true});
			}
		}
	} catch {
		// Tidying is a courtesy; a folder we cannot list has nothing of ours to tidy.
	}
}

/**
JSON with every non-ASCII character escaped: the file reads back as a one-byte string, which
decodes and parses markedly faster than UTF-8 text with a single `…` in it.
*/
function asciiJson(value: unknown): string {
	return JSON.stringify(value).replace(/[\u007F-\uFFFF]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export type ReadResult<T> =
	| {readonly kind: 'ok'; readonly value: T}
	| {readonly kind: 'missing'}
	| {readonly kind: 'invalid'; readonly reason: string};

/**
Reads a file of ours back. Anything but a file that parses and passes `accept` (a truncated
write, another program's file, an older format) is `invalid`, for the caller to warn about once
and rebuild: our files only ever cost freshness, never a crash. `whyNot` words the reason a
parsed value was refused (an older format, another archive's file). `accept` is given the text
too, for checks that are cheaper on the whole text than on every value.
*/
export function readJsonFile<T>(file: string, accept: (value: unknown, text: string) => value is T, whyNot?: (value: unknown) => string): ReadResult<T> {
	const bytes = readOurFile(file);
	if (!Buffer.isBuffer(bytes)) {
		return bytes;
	}

	const text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');

	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return {kind: 'invalid', reason: 'truncated or not JSON'};
	}

	return accept(value, text) ? {kind: 'ok', value} : {kind: 'invalid', reason: whyNot?.(value) ?? 'not a file blog-reader wrote'};
}

/**
Our files are bounded by the archives they describe: the metadata and word index of a
50,000-post archive take tens of MB. A file of ours over this is not one we wrote.
*/
export const maxOwnFileBytes = 512 * 1024 * 1024;

/**
The bytes of a file of ours without its checksum, or why there are none: missing, or unreadable,
not a regular file, too large, or damaged (each worth a warning). Opened as every file is (see
checked-read.ts): a FIFO or device in its place is refused, never waited on.
*/
export function readOurFile(file: string): Buffer | Exclude<ReadResult<never>, {readonly kind: 'ok'}> {
	let bytes: Buffer;
	try {
		bytes = readChecked(file, {maxBytes: maxOwnFileBytes});
	} catch (error) {
		if (error instanceof FileRefused) {
			return {kind: 'invalid', reason: error.message};
		}

		const code = (error as NodeJS.ErrnoException).code;
		// ENOTDIR: a folder on the way is a file, so there is no file of ours there either.
		return code === 'ENOENT' || code === 'ENOTDIR' ? {kind: 'missing'} : {kind: 'invalid', reason: `cannot read it (${code ?? 'unknown error'})`};
	}

	const content = unsealed(bytes);
	return typeof content === 'string' ? {kind: 'invalid', reason: content} : content;
}
