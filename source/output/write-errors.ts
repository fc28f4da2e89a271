import {exitCode} from './exit-codes.js';

/** Why a write to stdout failed, as the one line on stderr says it. */
export function describeWriteFailure(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'ENOSPC':
		case 'EDQUOT': {
			return 'no space left on the device';
		}

		case 'EIO': {
			return 'input/output error (the terminal may be gone)';
		}

		case 'EBADF': {
			return 'it is closed';
		}

		case 'EACCES':
		case 'EPERM': {
			return 'permission denied';
		}

		default: {
			return code ?? (error instanceof Error ? error.message : 'unknown error');
		}
	}
}

interface Streams {
	readonly stdout: NodeJS.EventEmitter;
	readonly stderr: NodeJS.WritableStream;
}

/**
Makes every write error on the two output streams end the process with a known code instead of
an uncaught exception's stack trace:

- stdout EPIPE (`| head` closed the pipe) is the reader saying "enough": quiet, the code so far;
- any other stdout error (ENOSPC as with `>/dev/full`, EIO from a terminal gone) says so in one
  line on stderr and ends with `exitCode.output`;
- stderr EPIPE is ignored: nobody reads the messages, but the output may still be wanted;
- any other stderr error ends with `exitCode.output`, silently (there is nowhere left to say it).
*/
export function endOnWriteErrors({stdout, stderr}: Streams, exit: (code: number) => void = code => process.exit(code)): void {
	stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') {
			exit(typeof process.exitCode === 'number' ? process.exitCode : exitCode.ok);
			return;
		}

		try {
			stderr.write(`blog-reader: cannot write the output: ${describeWriteFailure(error)}\n`);
		} catch {
			// stderr is broken too; the exit code still tells.
		}

		exit(exitCode.output);
	});
	stderr.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') {
			exit(exitCode.output);
		}
	});
}
