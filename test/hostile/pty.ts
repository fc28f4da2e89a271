/**
The built binary in a pseudo-terminal, with the whole raw output stream kept and the terminal's
title watched, under any environment (TERM unset, TERM=dumb, NO_COLOR). The screen is read
through a headless xterm, as in the end-to-end tests.
*/
import {after} from 'node:test';
import {fileURLToPath} from 'node:url';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import {ptyEnvironment} from '../helpers/pty-env.js';
import {visibleRows, waitForScreen} from '../helpers/screen.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface PtyOptions {
	readonly args?: readonly string[];
	/** Variables to set; a value of undefined removes the variable. */
	readonly env?: Readonly<Record<string, string | undefined>>;
	readonly columns?: number;
	readonly rows?: number;
	readonly stateDir: string;
}

export interface PtyRun {
	readonly screen: () => string;
	/** The headless terminal itself, to read cell attributes (colours, inverse, bold). */
	readonly terminal: xterm.Terminal;
	/** Everything the program wrote, as the terminal received it. */
	readonly raw: () => string;
	/** Titles the program managed to set (OSC 0/2, in any form). */
	readonly titles: readonly string[];
	readonly bufferType: () => 'normal' | 'alternate';
	readonly write: (keys: string) => void;
	readonly waitFor: (what: string | RegExp | ((screen: string) => boolean), timeout?: number) => Promise<string>;
	/** Resolves with the exit code once the program ends. */
	readonly exited: Promise<{readonly code: number; readonly signal: number | undefined}>;
	readonly kill: () => void;
}

const started: PtyRun[] = [];
// Registered when a test file first imports this module: a run a failed test left behind is ended.
after(() => {
	for (const run of started.splice(0)) {
		run.kill();
	}
});

/** Starts the program; it is killed, if still running, when the test file's tests have ended. */
export function startPty({args = [], env, columns = 80, rows = 24, stateDir}: PtyOptions): PtyRun {
	const term = new xterm.Terminal({cols: columns, rows, allowProposedApi: true, scrollback: 0});
	const titles: string[] = [];
	term.onTitleChange(title => titles.push(title));
	const chunks: string[] = [];
	const command = [process.execPath, `${repoRoot}bin/blog-reader.js`, ...args];
	// node-pty always sets TERM (to `name`); only `env -u` can start the program without it.
	const unsetTerm = env !== undefined && 'TERM' in env && env['TERM'] === undefined;
	const [file, ...rest] = unsetTerm ? ['/usr/bin/env', '-u', 'TERM', ...command] : command;
	const child = pty.spawn(file!, rest, {
		name: env?.['TERM'] ?? 'xterm-256color',
		cols: columns,
		rows,
		cwd: repoRoot,
		env: ptyEnvironment({BLOG_READER_STATE_DIR: stateDir, ...env}),
	});
	let lastData = Date.now();
	child.onData(data => {
		chunks.push(data);
		term.write(data);
		lastData = Date.now();
	});
	const exited = new Promise<{code: number; signal: number | undefined}>(resolve => {
		child.onExit(({exitCode, signal}) => {
			// node-pty can report the exit before the program's last output is read (a busy machine
			// showed a closing "\r\n" cut after its "\r"): the exit counts once output has been
			// quiet for a moment.
			const settled = Date.now() + 1000;
			const poll = (): void => {
				if (Date.now() - lastData >= 100 || Date.now() > settled) {
					resolve({code: exitCode, signal: signal || undefined});
				} else {
					setTimeout(poll, 20);
				}
			};

			setTimeout(poll, 20);
		});
	});

	const screen = (): string => visibleRows(term).join('\n');
	const waitFor: PtyRun['waitFor'] = async (what, timeout) => waitForScreen(term, () => lastData, what, timeout);

	const run: PtyRun = {
		screen,
		terminal: term,
		raw: () => chunks.join(''),
		titles,
		bufferType: () => term.buffer.active.type,
		write(keys) {
			child.write(keys);
		},
		waitFor,
		exited,
		kill() {
			try {
				child.kill('SIGKILL');
			} catch {
				// Already gone.
			}
		},
	};
	started.push(run);
	return run;
}

/** Waits for the exit, at most `timeout` ms; a program still running is killed and reported. */
export async function exitOf(run: PtyRun, timeout = 20_000): Promise<{readonly code: number; readonly signal: number | undefined}> {
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<never>((_, reject) => {
		timer = setTimeout(() => {
			run.kill();
			reject(new Error(`still running after ${timeout} ms; screen:\n${run.screen()}`));
		}, timeout);
	});
	try {
		return await Promise.race([run.exited, late]);
	} finally {
		clearTimeout(timer);
	}
}
