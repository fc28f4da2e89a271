import {spawn} from 'node:child_process';
import {performance} from 'node:perf_hooks';
import {repoRoot} from './archives.js';
import {readerEntry} from './build-copy.js';
import {probeEnvironment} from './pty-probe.js';

export interface ProcessRun {
	readonly ms: number;
	readonly code: number | null;
	readonly bytes: number;
}

/** Spawn to exit of a whole process writing to a pipe, its output read and thrown away. */
export async function timeProcess(command: string, args: readonly string[], options: {readonly env?: Readonly<Record<string, string>>; readonly input?: string} = {}): Promise<ProcessRun> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command, args, {cwd: repoRoot, env: probeEnvironment(options.env ?? {}), stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore']});
		let bytes = 0;
		child.stdout!.on('data', (chunk: Buffer) => {
			bytes += chunk.length;
		});
		if (options.input !== undefined) {
			child.stdin!.end(options.input);
		}

		child.on('error', reject);
		child.on('close', code => {
			resolve({ms: performance.now() - started, code, bytes});
		});
	});
}

/** The reader's own command line, as `blog-reader ...args`. */
export async function timeReader(args: readonly string[], env: Readonly<Record<string, string>>, entry = readerEntry()): Promise<ProcessRun> {
	const run = await timeProcess(process.execPath, [entry, ...args], {env});
	if (run.code !== 0) {
		throw new Error(`blog-reader ${args.join(' ')} exited with ${String(run.code)}`);
	}

	return run;
}

/**
`blog-reader ...args | head -1`: spawn until the first line arrives, and until the process is gone
once its reader stopped reading there (as `head` closes the pipe).
*/
export async function timeFirstLine(args: readonly string[], env: Readonly<Record<string, string>>, entry = readerEntry()): Promise<{readonly firstLineMs: number; readonly exitMs: number}> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(process.execPath, [entry, ...args], {cwd: repoRoot, env: probeEnvironment(env), stdio: ['ignore', 'pipe', 'ignore']});
		let firstLineMs: number | undefined;
		child.stdout!.on('data', (chunk: Buffer) => {
			if (firstLineMs === undefined && chunk.includes(10)) {
				firstLineMs = performance.now() - started;
				child.stdout!.destroy();
			}
		});
		child.on('error', reject);
		child.on('close', () => {
			if (firstLineMs === undefined) {
				reject(new Error(`blog-reader ${args.join(' ')} wrote no line`));
				return;
			}

			resolve({firstLineMs, exitMs: performance.now() - started});
		});
	});
}
