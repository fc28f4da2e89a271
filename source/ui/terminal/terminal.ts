/**
Taking the terminal over and giving it back. ink 6.8 has no alternate-screen option, so the
reader enters it itself, and every way out (q, Ctrl-C, signals, crashes) must leave through the
one idempotent `restore()`.

Why three hooks: `process.once('exit')` alone misses SIGTERM/SIGINT/SIGHUP (the process dies by
the signal); signal-exit v4's `onExit` catches those, but ink bundles signal-exit v3, whose
unload on unmount resets `process.emit` and silently drops the v4 hook; so the normal path also
calls `restore()` itself after ink's `waitUntilExit()`.

Mouse reporting (clicks and the wheel, SGR form) is asked for with the alternate screen and
turned off by the same `restore()`, so no way out leaves a shell receiving mouse reports. While
a child (an editor, a pager) runs, `release()` gives the terminal back as `restore()` would, and
`retake()` takes it over again.
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
// Button presses and the wheel (1000), reported as SGR coordinates (1006) that have no 223-column limit.
const mouseOn = '\u001B[?1000h\u001B[?1006h';
const mouseOff = '\u001B[?1006l\u001B[?1000l';

export interface TerminalStreams {
	readonly stdout: NodeJS.WriteStream;
	readonly stdin: NodeJS.ReadStream;
	/** Held while the screen is ours: what is written to it shows once the screen is given back. */
	readonly stderr?: NodeJS.WriteStream;
}

export interface TakeoverOptions {
	/** Ask for mouse reports while the reader runs. */
	readonly mouse?: boolean;
	/** Written before the terminal is given back for good (kitty's images freed), on every way out. */
	readonly farewell?: () => string;
}

export interface Takeover {
	/** Idempotent: safe to call from every exit path, in any order, any number of times. */
	readonly restore: () => void;
	/**
	Gives the terminal back for a child process: main screen, cursor shown, mouse off, line mode.
	Idempotent, and a no-op once restored.
	*/
	readonly release: () => void;
	/**
	Takes the terminal over again after `release()`: the alternate screen (cleared), the cursor
	hidden on `row` (1-based; where the last frame left it), raw mode, mouse reports.
	*/
	readonly retake: (row?: number) => void;
}

/** The sequences `takeOverTerminal` writes, exported for tests that check what a terminal gets. */
export const sequences = {enterAlternateScreen, leaveAlternateScreen, hideCursor, showCursor, mouseOn, mouseOff, autoWrap, noAutoWrap} as const;

// Synchronous, because signal and exit handlers get no second tick to flush an async write.
function write(stream: NodeJS.WriteStream, text: string | Uint8Array): void {
	try {
		const fd = (stream as {fd?: unknown}).fd;
		if (typeof fd !== 'number') {
			stream.write(text);
		} else if (typeof text === 'string') {
			writeSync(fd, text);
		} else {
			writeSync(fd, text);
		}
	} catch {
		// The terminal is gone (hang-up): nothing left to restore.
	}
}

// A flood (a warning in a loop) is kept to this much; the rest is counted.
const heldLimit = 1024 * 1024;

/**
Keeps what is written to `stream` (process warnings, console.error and console.warn of a
library, Node's own messages) instead of letting it land on the reader's screen; the returned
release puts `write` back and writes what was kept, synchronously, for exit and signal paths.
*/
function holdWrites(stream: NodeJS.WriteStream): () => void {
	const original = stream.write;
	const held: Array<string | Uint8Array> = [];
	let size = 0;
	let dropped = 0;
	const hold = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
		if (size + chunk.length <= heldLimit) {
			held.push(chunk);
			size += chunk.length;
		} else {
			dropped += chunk.length;
		}

		const done = rest.find(argument => typeof argument === 'function') as (() => void) | undefined;
		if (done !== undefined) {
			process.nextTick(done);
		}

		return true;
	};

	stream.write = hold as typeof stream.write;
	return () => {
		if (stream.write === hold) {
			stream.write = original;
		}

		for (const chunk of held.splice(0)) {
			write(stream, chunk);
		}

		if (dropped > 0) {
			write(stream, `blog-reader: ${dropped} more bytes written while the reader was open were dropped\n`);
		}
	};
}

function setRaw(stdin: NodeJS.ReadStream, raw: boolean): void {
	try {
		if (stdin.isTTY && stdin.isRaw !== raw) {
			stdin.setRawMode(raw);
		}
	} catch {
		// A closed stdin has no mode left to set.
	}
}

/** Enters the alternate screen with the cursor hidden and arranges for `restore()` on every exit. */
export function takeOverTerminal({stdout, stdin, stderr}: TerminalStreams, {mouse = false, farewell}: TakeoverOptions = {}): Takeover {
	let active = true;
	let released = false;
	const giveBack = (): void => {
		setRaw(stdin, false);
		write(stdout, `${mouse ? mouseOff : ''}${autoWrap}${showCursor}${leaveAlternateScreen}`);
	};

	const restore = (): void => {
		if (!active) {
			return;
		}

		active = false;
		removeSignalHook();
		process.removeListener('exit', restore);
		const last = farewell?.() ?? '';
		if (last !== '') {
			write(stdout, last);
		}

		// Released, the terminal is already as the user left it; only the mouse is turned off once more.
		if (released) {
			write(stdout, mouse ? mouseOff : '');
		} else {
			giveBack();
		}

		// What was written to stderr meanwhile lands on the main screen, where it can be read.
		releaseHeld();
	};

	const release = (): void => {
		if (!active || released) {
			return;
		}

		released = true;
		giveBack();
	};

	const retake = (row = 1): void => {
		if (!active || !released) {
			return;
		}

		released = false;
		write(stdout, `${enterAlternateScreen}\u001B[${Math.max(1, Math.floor(row))};1H${hideCursor}${noAutoWrap}${mouse ? mouseOn : ''}`);
		setRaw(stdin, true);
	};

	write(stdout, `${enterAlternateScreen}${home}${hideCursor}${noAutoWrap}${mouse ? mouseOn : ''}`);
	const releaseHeld = stderr === undefined ? () => undefined : holdWrites(stderr);
	const removeSignalHook = onExit(() => {
		restore();
	}, {alwaysLast: true});
	process.once('exit', restore);
	return {restore, release, retake};
}
