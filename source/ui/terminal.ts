/**
Taking the terminal over and giving it back. ink 6.8 has no alternate-screen option, so the
reader enters it itself, and every way out (q, Ctrl-C, signals, crashes) must leave through the
one idempotent `restore()`.

Why three hooks: `process.once('exit')` alone misses SIGTERM/SIGINT/SIGHUP (the process dies by
the signal); signal-exit v4's `onExit` catches those, but ink bundles signal-exit v3, whose
unload on unmount resets `process.emit` and silently drops the v4 hook; so the normal path also
calls `restore()` itself after ink's `waitUntilExit()`.
*/
import {writeSync} from 'node:fs';
import {onExit} from 'signal-exit';

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';
const hideCursor = '\u001B[?25l';
const showCursor = '\u001B[?25h';
const home = '\u001B[H';
// Without auto-wrap a line that is one column too wide is clipped instead of shifting the frame.
const noAutoWrap = '\u001B[?7l';
const autoWrap = '\u001B[?7h';

export interface TerminalStreams {
	readonly stdout: NodeJS.WriteStream;
	readonly stdin: NodeJS.ReadStream;
}

export interface Takeover {
	/** Idempotent: safe to call from every exit path, in any order, any number of times. */
	readonly restore: () => void;
}

// Synchronous, because signal and exit handlers get no second tick to flush an async write.
function write(stream: NodeJS.WriteStream, text: string): void {
	try {
		const fd = (stream as {fd?: unknown}).fd;
		if (typeof fd === 'number') {
			writeSync(fd, text);
		} else {
			stream.write(text);
		}
	} catch {
		// The terminal is gone (hang-up): nothing left to restore.
	}
}

/** Enters the alternate screen with the cursor hidden and arranges for `restore()` on every exit. */
export function takeOverTerminal({stdout, stdin}: TerminalStreams): Takeover {
	let active = true;
	const restore = (): void => {
		if (!active) {
			return;
		}

		active = false;
		removeSignalHook();
		process.removeListener('exit', restore);
		try {
			if (stdin.isTTY && stdin.isRaw) {
				stdin.setRawMode(false);
			}
		} catch {
			// A closed stdin has no mode left to reset.
		}

		write(stdout, `${autoWrap}${showCursor}${leaveAlternateScreen}`);
	};

	write(stdout, `${enterAlternateScreen}${home}${hideCursor}${noAutoWrap}`);
	const removeSignalHook = onExit(() => {
		restore();
	}, {alwaysLast: true});
	process.once('exit', restore);
	return {restore};
}
