/**
The built reader in a real pseudo-terminal, watched through a headless xterm with event-driven
waits: each screen change is checked as soon as xterm has parsed it, and a wait resolves with
the time the bytes that made it true arrived, not when a poll noticed (the e2e tests poll every
20 ms, too coarse for keystroke latency).
*/
import {readFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import {repoRoot} from './archives.js';
import {readerEntry} from './build-copy.js';

export interface ProbeOptions {
	readonly args: readonly string[];
	readonly env: Readonly<Record<string, string>>;
	/** Options for node itself, e.g. `--cpu-prof` to see where a start goes. */
	readonly nodeArgs?: readonly string[];
	/** Another build of the reader (e.g. an unminified one, to read a profile); a copy of this build by default. */
	readonly script?: string;
	readonly columns?: number;
	readonly rows?: number;
	/** Note the main thread's CPU time at each arrival of output (see `cpuMsAt`). */
	readonly cpu?: boolean;
}

export interface Probe {
	/** `performance.now()` just before the spawn. */
	readonly spawnedAt: number;
	readonly text: () => string;
	/** Resolves with the arrival time of the output that first made `check` true. */
	readonly waitFor: (check: (screen: string) => boolean, what: string, timeoutMs?: number) => Promise<number>;
	/** Sends keys; returns the time they were sent. */
	readonly write: (keys: string) => number;
	/**
	The reader's main thread's time on a CPU (its schedstat) when the output that arrived at `at`
	came; NaN unless started with `cpu`. Far less moved by other work on the machine than the
	wall clock, so two builds compare on a busy machine too (worker threads are not counted).
	*/
	readonly cpuMsAt: (at: number) => number;
	/** The reader's peak resident memory so far (VmHWM), in bytes. */
	readonly peakRss: () => number;
	readonly close: () => void;
}

interface Waiter {
	readonly check: (screen: string) => boolean;
	readonly resolve: (at: number) => void;
}

// What the bench controls itself; the rest of the environment passes through.
const dropped = /^(CI|CONTINUOUS_INTEGRATION|BUILD_NUMBER|RUN_ID|TERM_PROGRAM|NO_COLOR|FORCE_COLOR|TMUX|COLUMNS|LINES|BLOG_READER_\w+)$/;

export function probeEnvironment(extra: Readonly<Record<string, string>>): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries(process.env)) {
		// ink draws only the last frame when it thinks it runs in CI.
		if (value !== undefined && !dropped.test(name) && !name.startsWith('GITHUB_')) {
			env[name] = value;
		}
	}

	return {...env, TERM: 'xterm-256color', FORCE_HYPERLINK: '0', ...extra};
}

export function startProbe({args, env, nodeArgs = [], script = readerEntry(), columns = 100, rows = 30, cpu = false}: ProbeOptions): Probe {
	const term = new xterm.Terminal({cols: columns, rows, allowProposedApi: true, scrollback: 0});
	const waiters = new Set<Waiter>();
	const text = (): string => {
		const buffer = term.buffer.active;
		const lines: string[] = [];
		for (let y = 0; y < term.rows; y++) {
			lines.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
		}

		return lines.join('\n');
	};

	const spawnedAt = performance.now();
	const child = pty.spawn(process.execPath, [...nodeArgs, script, ...args], {name: 'xterm-256color', cols: columns, rows, cwd: repoRoot, env: probeEnvironment(env)});
	const cpuAt = new Map<number, number>();
	child.onData(data => {
		const arrived = performance.now();
		if (cpu) {
			try {
				cpuAt.set(arrived, Number(readFileSync(`/proc/${child.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6);
			} catch {
				// Gone already.
			}
		}

		term.write(data, () => {
			if (waiters.size === 0) {
				return;
			}

			const screen = text();
			for (const waiter of waiters) {
				if (waiter.check(screen)) {
					waiters.delete(waiter);
					waiter.resolve(arrived);
				}
			}
		});
	});

	const waitFor: Probe['waitFor'] = async (check, what, timeoutMs = 60_000) => new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			waiters.delete(waiter);
			reject(new Error(`timed out waiting for ${what}; screen:\n${text()}`));
		}, timeoutMs);
		const waiter: Waiter = {
			check,
			resolve(at) {
				clearTimeout(timer);
				resolve(at);
			},
		};
		// The screen may already show it (the write callback ran before this wait began).
		term.write('', () => {
			if (check(text())) {
				clearTimeout(timer);
				resolve(performance.now());
			} else {
				waiters.add(waiter);
			}
		});
	});

	return {
		spawnedAt,
		text,
		waitFor,
		write(keys) {
			const at = performance.now();
			child.write(keys);
			return at;
		},
		cpuMsAt: at => cpuAt.get(at) ?? Number.NaN,
		peakRss() {
			const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
			const kilobytes = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
			return kilobytes === undefined ? Number.NaN : Number(kilobytes) * 1024;
		},
		close() {
			try {
				child.kill('SIGKILL');
			} catch {
				// Already gone.
			}

			term.dispose();
		},
	};
}
