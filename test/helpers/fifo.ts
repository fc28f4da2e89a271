import {execFileSync} from 'node:child_process';

/** Makes a named pipe (no writer: a plain read of it waits for ever); false where mkfifo is missing. */
export function makeFifo(path: string): boolean {
	try {
		execFileSync('mkfifo', [path]);
		return true;
	} catch {
		return false;
	}
}
