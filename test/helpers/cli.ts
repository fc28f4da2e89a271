import {spawnSync} from 'node:child_process';
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const binary = join(repoRoot, 'bin', 'blog-reader.js');

// Removed when the test file's tests end.
const testStateDir = removeAfterTests(tempDir('blog-reader-state-'));

export interface Run {
	readonly stdout: string;
	readonly stderr: string;
	readonly code: number | null;
}

/** Runs the built binary with its output piped, as a script would. */
export function runCli(args: readonly string[], options: {env?: NodeJS.ProcessEnv; cwd?: string; input?: string} = {}): Run {
	// Our own cache and state go to a throwaway folder, never the tester's home.
	// No tester's own config file (a default archive, a width) changes what a test sees.
	const env: NodeJS.ProcessEnv = {...process.env, BLOG_READER_STATE_DIR: testStateDir, BLOG_READER_CONFIG: join(testStateDir, 'no-config.json'), ...options.env};
	for (const key of ['FORCE_COLOR', 'NO_COLOR', 'BLOG_READER_DIR']) {
		if (!options.env || !(key in options.env)) {
			delete env[key];
		}
	}

	const result = spawnSync(process.execPath, [binary, ...args], {
		cwd: options.cwd ?? repoRoot,
		env,
		input: options.input ?? '',
		encoding: 'utf8',
		timeout: 30_000,
		maxBuffer: 256 * 1024 * 1024,
	});
	return {stdout: result.stdout, stderr: result.stderr, code: result.status};
}

/** Writes files (path -> contents) into a new temp folder and returns it. */
export function writeArchive(files: Readonly<Record<string, string | Uint8Array>>): string {
	const root = mkdtempSync(join(tmpdir(), 'blog-reader-test-'));
	for (const [path, contents] of Object.entries(files)) {
		const file = join(root, path);
		mkdirSync(dirname(file), {recursive: true});
		writeFileSync(file, contents);
	}

	return root;
}

/** Any ESC, C1 control or other control character but tab and newline. */
export const anyEscape = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
