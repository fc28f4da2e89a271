import {closeSync, realpathSync} from 'node:fs';
import {isUtf8} from 'node:buffer';
import {FileRefused, openChecked, readOpened} from '../../files/checked-read.js';
import {isInside, outsideReason} from '../scan/inside.js';

/** Posts beyond this size are not blog posts; reading them would only cost memory. */
export const maxFileBytes = 20 * 1024 * 1024;
const binaryProbe = 8192;
// Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1, losing “ ” € and friends to C1
// controls; the 32 bytes where the two differ are mapped here. Unassigned bytes show as U+FFFD.
const cp1252 = [...'€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ'];

function decodeWindows1252(bytes: Buffer): string {
	return bytes.toString('latin1').replace(/[\u0080-\u009F]/g, char => cp1252[char.charCodeAt(0) - 0x80]!);
}

/** A file name's bytes as text, decoded as file contents are: UTF-8 when valid, else Windows-1252. */
export function decodeName(bytes: Buffer): string {
	return isUtf8(bytes) ? bytes.toString('utf8') : decodeWindows1252(bytes);
}
const utf16 = new TextDecoder('utf-16le');

/**
`lasting` skips (binary, too large) follow from the file's content and hold until it changes;
the others (permission denied, gone) are worth another try next time.
*/
export type ReadResult = {readonly text: string} | {readonly skip: string; readonly lasting: boolean};

/**
A post file as text with `\n` line ends, or why it is not text. With `realRoot` (the archive's
real path), a file that has become a link since the walk is read only if it still leads
inside the archive: a body read long after the load must not show a file from elsewhere.
*/
export function readText(file: string | Buffer, realRoot?: string): ReadResult {
	let bytes: Buffer;
	try {
		bytes = readBytes(file, realRoot);
	} catch (error) {
		return {skip: error instanceof LeadsOutside ? outsideReason : describeError(error), lasting: error instanceof FileRefused && error.lasting};
	}

	return decode(bytes);
}

/**
Opens without following a final link (no extra system call for the usual plain file); only a
link costs a look at where it leads, and the file opened must be the one looked at.
*/
function openInside(file: string | Buffer, realRoot: string | undefined): number {
	if (realRoot === undefined) {
		return openChecked(file);
	}

	try {
		return openChecked(file, true);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ELOOP') {
			throw error;
		}
	}

	// As bytes for a name that is not UTF-8: decoded, it would no longer name the file.
	const real = typeof file === 'string' ? realpathSync.native(file) : realpathSync.native(file, {encoding: 'buffer'});
	if (!isInside(realRoot, real.toString())) {
		throw new LeadsOutside();
	}

	// The real path has no link left in it: a link swapped in since the look is refused (ELOOP).
	return openChecked(real, true);
}

// One buffer reused for every read: allocating a fresh one per file is most of a load's garbage.
let shared = Buffer.allocUnsafe(256 * 1024);

function sharedBuffer(size: number): Buffer {
	if (size > shared.length) {
		shared = Buffer.allocUnsafe(Math.max(size, shared.length * 2));
	}

	return shared;
}

/**
The file's bytes, in the shared buffer: decode them before the next read. A FIFO, device or
socket in a post's place (even one swapped in since the walk) is refused, never read.
*/
function readBytes(file: string | Buffer, realRoot: string | undefined): Buffer {
	const fd = openInside(file, realRoot);
	try {
		return readOpened(fd, {maxBytes: maxFileBytes, buffer: sharedBuffer});
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
		return {skip: 'binary file (NUL bytes)', lasting: true};
	}

	const content = bytes.subarray(start);
	const text = isUtf8(content) ? content.toString('utf8') : decodeWindows1252(content);
	return {text: lineEnds(text)};
}

/**
CRLF becomes LF. A lone CR is a line end only in a file with no LF at all (classic Mac OS);
elsewhere it is a stray character, removed later by the sanitizer, that must not split a header line.
*/
function lineEnds(text: string): string {
	if (!text.includes('\r')) {
		return text;
	}

	return text.includes('\n') ? text.replaceAll('\r\n', '\n') : text.replaceAll('\r', '\n');
}

class LeadsOutside extends Error {}


export function describeError(error: unknown): string {
	if (error instanceof FileRefused) {
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
