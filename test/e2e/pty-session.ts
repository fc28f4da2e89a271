/**
Drives the built binary in a real pseudo-terminal and reads the screen through a headless xterm,
so assertions see what a person would: what is on screen now, not what was ever written.
*/
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {after, before} from 'node:test';
import {fileURLToPath} from 'node:url';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import {ptyEnvironment} from '../helpers/pty-env.js';
import {visibleRows, waitForScreen} from '../helpers/screen.js';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface SessionOptions {
	/** What to run instead of `bin/blog-reader.js` (relative to the repository). */
	readonly entry?: readonly string[];
	readonly args?: readonly string[];
	readonly columns?: number;
	readonly rows?: number;
	/** More environment for the reader (BLOG_READER_CONFIG, EDITOR, PAGER, ...). */
	readonly env?: Readonly<Record<string, string | undefined>>;
	/**
	Keep read state (posts read, reading places) as a user's reader does. Off by default: the
	sessions of a file share one state folder, and a post left scrolled by one test would open
	there in the next.
	*/
	readonly readState?: boolean;
}

export interface Session {
	/** The visible screen, one string per row, right-trimmed. */
	readonly screen: () => string[];
	/** The headless terminal itself, to read cells (test/helpers/screen.ts). */
	readonly terminal: xterm.Terminal;
	readonly text: () => string;
	readonly bufferType: () => 'normal' | 'alternate';
	/** Whether the last cursor show/hide the program sent was "show". */
	readonly cursorVisible: () => boolean;
	readonly waitFor: (what: string | RegExp | ((screen: string) => boolean), timeout?: number) => Promise<string>;
	readonly write: (keys: string) => void;
	readonly resize: (columns: number, rows: number) => void;
	/** Mouse reporting the terminal was asked for: `none` when off. */
	readonly mouseMode: () => string;
	/** What the program put on the clipboard with OSC 52, decoded, in order. */
	readonly clipboard: () => string[];
	/** Everything the program wrote to the terminal so far, as it came (escapes a terminal keeps no trace of: kitty's images). */
	readonly output: () => string;
	/** The reader's own pid (the pty runs a shell that reports its exit status afterwards). */
	readonly readerPid: () => number;
	readonly startedAt: number;
	readonly close: () => void;
}

const quote = (value: string): string => `'${value.replaceAll('\'', '\'\\\'\'')}'`;

// The reader's own cache goes to a throwaway folder, never the tester's home.
// Removed when the test file's tests end.
const testStateDir = removeAfterTests(tempDir('blog-reader-state-'));

// No tester's own config file changes the keys a test presses.
const noConfig = `${testStateDir}/no-config.json`;

const binary = 'bin/blog-reader.js';

export function startReader({entry = [binary], args = [], columns = 80, rows = 24, env = {}, readState = false}: SessionOptions = {}): Session {
	// Other entries (crash-entry.ts) read their own arguments.
	const stateArgs = readState || entry.join(' ') !== binary ? [] : ['--no-state'];
	const command = [process.execPath, ...entry, ...stateArgs, ...args].map(part => quote(part)).join(' ');
	// The shell stays behind to report the exit status and the tty modes the reader left.
	const script = `${command}; echo "EXIT=$?"; stty -a | tr -s ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo; exec sleep 600`;
	const term = new xterm.Terminal({cols: columns, rows, allowProposedApi: true, scrollback: 0});
	const startedAt = performance.now();
	const environment = ptyEnvironment({BLOG_READER_STATE_DIR: testStateDir, BLOG_READER_CONFIG: noConfig, FORCE_HYPERLINK: '0', COLUMNS: '', LINES: '', ...env});
	// The pty's name becomes the child's TERM: a test's own TERM (xterm-kitty) must win.
	const child = pty.spawn('/bin/sh', ['-c', script], {name: environment['TERM'] ?? 'xterm-256color', cols: columns, rows, cwd: repoRoot, env: environment});
	const copied: string[] = [];
	term.parser.registerOscHandler(52, data => {
		copied.push(Buffer.from(data.slice(data.indexOf(';') + 1), 'base64').toString('utf8'));
		return true;
	});
	let cursorVisible = true;
	let tail = '';
	const received: string[] = [];
	let lastData = Date.now();
	child.onData(data => {
		received.push(data);
		term.write(data);
		lastData = Date.now();
		const seen = tail + data;
		const shown = seen.lastIndexOf('\u001B[?25h');
		const hidden = seen.lastIndexOf('\u001B[?25l');
		if (shown !== hidden) {
			cursorVisible = shown > hidden;
		}

		tail = seen.slice(-8);
	});

	const screen = (): string[] => visibleRows(term);
	const waitFor: Session['waitFor'] = async (what, timeout) => waitForScreen(term, () => lastData, what, timeout);

	return {
		screen,
		terminal: term,
		text: () => screen().join('\n'),
		bufferType: () => term.buffer.active.type,
		cursorVisible: () => cursorVisible,
		mouseMode: () => term.modes.mouseTrackingMode,
		clipboard: () => [...copied],
		output: () => received.join(''),
		waitFor,
		write(keys) {
			child.write(keys);
		},
		resize(newColumns, newRows) {
			term.resize(newColumns, newRows);
			child.resize(newColumns, newRows);
		},
		readerPid() {
			const out = execFileSync('pgrep', ['-P', String(child.pid)], {encoding: 'utf8'});
			return Number(out.trim().split('\n')[0]);
		},
		startedAt,
		close() {
			try {
				// The pty's child leads its own session and process group: end the reader with it.
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				// Already gone.
			}

			term.dispose();
		},
	};
}

/**
A `startReader` for one test file: the built binary must exist before its tests, and every
session it started is closed after them.
*/
export function sessionsOfThisFile(): (...options: Parameters<typeof startReader>) => Session {
	const sessions: Session[] = [];
	before(() => {
		assert.ok(existsSync(join(repoRoot, 'dist', 'cli.js')), 'dist/cli.js exists: run `npm run build` first');
	});
	after(() => {
		for (const session of sessions) {
			session.close();
		}
	});
	return (...options) => {
		const session = startReader(...options);
		sessions.push(session);
		return session;
	};
}
