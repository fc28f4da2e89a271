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
}

export interface TakeoverOptions {
	/** Ask for mouse reports while the reader runs. */
	readonly mouse?: boolean;
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
function setRaw(stdin: NodeJS.ReadStream, raw: boolean): void {
	try {
		if (stdin.isTTY && stdin.isRaw !== raw) {
			stdin.setRawMode(raw);
		}
	} catch {
		// A closed stdin has no mode left to set.
	}
}

export function takeOverTerminal({stdout, stdin}: TerminalStreams, {mouse = false}: TakeoverOptions = {}): Takeover {
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
		// Released, the terminal is already as the user left it; only the mouse is turned off once more.
		if (released) {
			write(stdout, mouse ? mouseOff : '');
		} else {
			giveBack();
		}
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
	const removeSignalHook = onExit(() => {
		restore();
	}, {alwaysLast: true});
	process.once('exit', restore);
	return {restore, release, retake};
}
