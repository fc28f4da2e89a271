import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {EventEmitter} from 'node:events';
import {closeSync, existsSync, openSync} from 'node:fs';
import {describe, test} from 'node:test';
import {exitCode} from '../../source/output/exit-codes.js';
import {endOnWriteErrors} from '../../source/output/write-errors.js';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';
import {binary, runCli, writeArchive} from '../helpers/cli.js';

const bounded = {timeout: 60_000};
const full = existsSync('/dev/full');
const state = removeAfterTests(tempDir('blog-reader-state-'));
const dir = removeAfterTests(writeArchive({
	'hello.md': '---\ntitle: Hello\ntags: [a, b]\n---\n\nSome body text.\n',
	'broken.md': Buffer.from([0, 1, 2, 0]),
}));

/** Runs the built binary with stdout (or stderr) going to /dev/full: every write fails with ENOSPC. */
function intoFull(args: readonly string[], stream: 'stdout' | 'stderr'): {code: number | null; stderr: string; stdout: string} {
	const fd = openSync('/dev/full', 'w');
	try {
		const result = spawnSync(process.execPath, [binary, ...args], {
			env: {...process.env, BLOG_READER_STATE_DIR: state, NO_COLOR: '1'},
			stdio: ['ignore', stream === 'stdout' ? fd : 'pipe', stream === 'stderr' ? fd : 'pipe'],
			encoding: 'utf8',
			timeout: 30_000,
		});
		return {code: result.status, stderr: result.stderr ?? '', stdout: result.stdout ?? ''};
	} finally {
		closeSync(fd);
	}
}

describe('a full disk on stdout (ENOSPC, as `>/dev/full`)', () => {
	for (const args of [['show', 'hello'], ['show', 'hello', '--json'], ['show', 'hello', '--raw'], ['list'], ['list', '--json'], ['search', 'body'], ['tags'], ['info'], ['--help'], ['--version']]) {
		test(`${args.join(' ')}: one line on stderr and exit ${exitCode.output}, no stack trace`, {...bounded, skip: !full && 'no /dev/full here'}, () => {
			const {code, stderr} = intoFull([...args, '--dir', dir], 'stdout');
			assert.equal(code, exitCode.output, stderr);
			const lines = stderr.trimEnd().split('\n').filter(line => !line.includes('skipped broken.md'));
			assert.deepEqual(lines, ['blog-reader: cannot write the output: no space left on the device']);
		});
	}
});

test(`a full disk on stderr ends with exit ${exitCode.output}, quietly`, {...bounded, skip: !full && 'no /dev/full here'}, () => {
	// broken.md is skipped with a line on stderr, which cannot be written.
	const {code} = intoFull(['list', '--dir', dir], 'stderr');
	assert.equal(code, exitCode.output);
});

test('a closed pipe on stdout stays quiet (EPIPE), with the code so far', bounded, () => {
	const many: Record<string, string> = {};
	for (let index = 0; index < 3000; index++) {
		many[`post-${index}.md`] = `---\ntitle: Post number ${index}\ntags: [t${index}]\n---\n\nText.\n`;
	}

	const big = removeAfterTests(writeArchive(many));
	for (const command of ['list', 'list --json', 'tags', 'search text']) {
		const result = spawnSync('bash', ['-c', `"${process.execPath}" "${binary}" ${command} -d "${big}" | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`], {encoding: 'utf8', timeout: 30_000, env: {...process.env, BLOG_READER_STATE_DIR: state}});
		assert.equal(result.stderr, 'status=0\n', command);
	}
});

describe('the write-error handler, for errors a test cannot cause on demand', () => {
	function streams() {
		const stdout = new EventEmitter();
		const said: string[] = [];
		const stderr = Object.assign(new EventEmitter(), {write: (text: string) => said.push(text) > 0});
		const codes: number[] = [];
		endOnWriteErrors({stdout, stderr: stderr as unknown as NodeJS.WritableStream}, code => codes.push(code));
		return {stdout, stderr, said, codes};
	}

	test('EIO on stdout (the terminal gone): one line, the output code', () => {
		const {stdout, said, codes} = streams();
		stdout.emit('error', Object.assign(new Error('write EIO'), {code: 'EIO'}));
		assert.deepEqual(said, ['blog-reader: cannot write the output: input/output error (the terminal may be gone)\n']);
		assert.deepEqual(codes, [exitCode.output]);
	});

	test('EPIPE on stdout: nothing said; on stderr: ignored; another stderr error: the output code, nothing said', () => {
		const {stdout, stderr, said, codes} = streams();
		stdout.emit('error', Object.assign(new Error('write EPIPE'), {code: 'EPIPE'}));
		stderr.emit('error', Object.assign(new Error('write EPIPE'), {code: 'EPIPE'}));
		stderr.emit('error', Object.assign(new Error('write EIO'), {code: 'EIO'}));
		assert.deepEqual(said, []);
		// EPIPE keeps the code the run had so far.
		assert.deepEqual(codes, [typeof process.exitCode === 'number' ? process.exitCode : 0, exitCode.output]);
	});

	test('a stderr that throws as well still gives the output code', () => {
		const stdout = new EventEmitter();
		const codes: number[] = [];
		const stderr = Object.assign(new EventEmitter(), {write: () => {
			throw new Error('EBADF');
		}});
		endOnWriteErrors({stdout, stderr: stderr as unknown as NodeJS.WritableStream}, code => codes.push(code));
		stdout.emit('error', Object.assign(new Error('write ENOSPC'), {code: 'ENOSPC'}));
		assert.deepEqual(codes, [exitCode.output]);
	});
});

test('JSON output has no lone surrogates: each becomes U+FFFD; pairs and escaped text stay', () => {
	const odd = removeAfterTests(writeArchive({
		'odd.md': '---\ntitle: "a\\uD800b \\U0001F600"\ntags: ["x\\uDC00", "lit \\\\ud800"]\nsummary: "end\\uDBFF"\n---\n\nBody.\n',
	}));
	for (const args of [['list', '--json'], ['show', 'odd', '--json'], ['search', 'body', '--json'], ['tags', '--json']]) {
		const {stdout, code} = runCli([...args, '--dir', odd, '--no-cache']);
		assert.equal(code, 0);
		assert.doesNotMatch(stdout, /(?<!\\)(?:\\\\)*\\ud[89a-f]/i, 'no surrogate escape');
		assert.doesNotMatch(stdout, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/, 'well-formed text');
		const parsed = JSON.parse(stdout) as unknown;
		const text = JSON.stringify(parsed);
		if (args[0] === 'tags') {
			assert.match(text, /x\uFFFD/);
			continue;
		}

		assert.match(text, /a\uFFFDb \u{1F600}/u);
		assert.match(text, /lit \\\\ud800/);
		assert.match(text, /end\uFFFD/);
	}
});
