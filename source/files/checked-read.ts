import {closeSync, constants, fstatSync, openSync, readSync, type Stats} from 'node:fs';

/**
A file that was opened but is not one to read: not a regular file, or larger than its limit.
`lasting` when the reason follows from what the file is (its kind or size) and holds until it
changes; the message is the reason as a `skipped <path>: <reason>` line shows it.
*/
export class FileRefused extends Error {
	constructor(message: string, readonly lasting: boolean) {
		super(message);
	}
}

export interface CheckedReadOptions {
	/** The most bytes the file may hold; a larger one is refused before any byte is read. */
	readonly maxBytes: number;
	/** Refuse a final symbolic link (ELOOP) instead of following it: the caller checks links itself. */
	readonly noFollow?: boolean;
	/**
	A buffer of at least `size` bytes to read into (a caller reusing one buffer for many files);
	without it, a new buffer of exactly the file's size.
	*/
	readonly buffer?: (size: number) => Buffer;
}

/**
The whole content of a file, read so that nothing it turns out to be can block or exhaust the
reader. It is opened non-blocking (a FIFO with no writer, or a device, cannot hang the open);
the opened descriptor is then looked at, not the path, so a file swapped between a check and the
read is caught: anything but a regular file is refused, as is one over `maxBytes`. Then exactly
the size the descriptor reported is read, never more: a file that grows meanwhile is read as it
was, one that shrinks as far as it goes.

Errors of the open itself (ENOENT, EACCES, ELOOP with `noFollow`, ...) are thrown as they are.
*/
export function readChecked(file: string | Buffer, options: CheckedReadOptions): Buffer {
	const fd = openChecked(file, options.noFollow === true);
	try {
		return readOpened(fd, options);
	} finally {
		closeSync(fd);
	}
}

/** Opens read-only and non-blocking (O_NONBLOCK changes nothing for a regular file's reads). */
export function openChecked(file: string | Buffer, noFollow = false): number {
	 
	return openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0));
}

/** Checks an open descriptor as `readChecked` does and reads it whole. */
export function readOpened(fd: number, options: CheckedReadOptions): Buffer {
	const stats = fstatSync(fd);
	refuseUnlessReadable(stats, options.maxBytes);
	const size = stats.size;
	const buffer = options.buffer?.(size) ?? Buffer.allocUnsafe(size);
	let length = 0;
	while (length < size) {
		const count = readSync(fd, buffer, length, size - length, length);
		if (count === 0) {
			break;
		}

		length += count;
	}

	return buffer.subarray(0, length);
}

function refuseUnlessReadable(stats: Stats, maxBytes: number): void {
	if (stats.isDirectory()) {
		throw Object.assign(new Error('is a folder'), {code: 'EISDIR'});
	}

	if (!stats.isFile()) {
		throw new FileRefused(`not a regular file (${kindOf(stats)})`, true);
	}

	if (stats.size > maxBytes) {
		throw new FileRefused(`too large (${megabytes(stats.size)}, the limit is ${megabytes(maxBytes)})`, true);
	}
}

function kindOf(stats: Stats): string {
	if (stats.isFIFO()) {
		return 'a named pipe';
	}

	if (stats.isCharacterDevice() || stats.isBlockDevice()) {
		return 'a device';
	}

	if (stats.isSocket()) {
		return 'a socket';
	}

	return 'an unknown kind';
}

/** Sizes as people read them: whole MB from 1 MB up, else KB. */
export function megabytes(bytes: number): string {
	const mb = 1024 * 1024;
	if (bytes >= mb) {
		return `${Math.round(bytes / mb)} MB`;
	}

	return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
