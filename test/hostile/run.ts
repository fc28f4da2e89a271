/**
The built binary, piped, for outputs of any size (the shared helper keeps spawnSync's 1 MB
buffer, which a several-megabyte post overflows), with a time bound and our state in a temp folder.
*/
import {spawnSync} from 'node:child_process';
import {binary, repoRoot, type Run} from '../helpers/cli.js';

export function runBinary(args: readonly string[], {env = {}, stateDir, timeout = 60_000}: {readonly env?: Readonly<Record<string, string | undefined>>; readonly stateDir: string; readonly timeout?: number}): Run & {readonly signal: NodeJS.Signals | null} {
	const environment: NodeJS.ProcessEnv = {...process.env, BLOG_READER_STATE_DIR: stateDir};
	for (const key of ['FORCE_COLOR', 'NO_COLOR', 'BLOG_READER_DIR', 'FORCE_HYPERLINK']) {
		delete environment[key];
	}

	for (const [key, value] of Object.entries(env)) {
		if (value === undefined) {
			delete environment[key];
		} else {
			environment[key] = value;
		}
	}

	const result = spawnSync(process.execPath, [binary, ...args], {cwd: repoRoot, env: environment, input: '', encoding: 'utf8', timeout, maxBuffer: 1024 * 1024 * 1024});
	return {stdout: result.stdout, stderr: result.stderr, code: result.status, signal: result.signal};
}
