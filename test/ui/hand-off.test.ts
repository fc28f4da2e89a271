import assert from 'node:assert/strict';
import type {SpawnSyncReturns} from 'node:child_process';
import {test} from 'node:test';
import {editorCommand, outcomeNote, pagerCommand, pagerEnv, pagerText, runWithTerminal, sourceLine, type Spawn} from '../../source/ui/terminal/hand-off.js';

function recorder() {
	const steps: string[] = [];
	const terminal = {
		release() {
			steps.push('release');
		},
		retake(row?: number) {
			steps.push(`retake ${row}`);
		},
	};
	return {steps, terminal};
}

const ended = (status: number | null, stderr = '', stdout = ''): SpawnSyncReturns<Buffer> => ({
	pid: 1, output: [], stdout: Buffer.from(stdout), stderr: Buffer.from(stderr), status, signal: null,
});

test('the terminal is released before the child and taken back after it, on the frame\'s row', () => {
	const {steps, terminal} = recorder();
	const spawn: Spawn = (file, args, options) => {
		steps.push(`spawn ${file} ${args.join(' ')} ${JSON.stringify(options.stdio)}`);
		return ended(0);
	};

	const outcome = runWithTerminal(terminal, {command: 'vi', args: ['+3', '/p.md']}, 23, spawn);
	assert.deepEqual(steps, ['release', 'spawn /bin/sh -c vi "$@" sh +3 /p.md ["inherit","inherit","pipe"]', 'retake 23']);
	assert.equal(outcome.status, 0);
	assert.equal(outcomeNote('editor', outcome), '');
});

test('a child that fails or cannot start still gives the terminal back, and says why', () => {
	const {steps, terminal} = recorder();
	let outcome = runWithTerminal(terminal, {command: 'nope'}, 5, () => ended(127, 'sh: 1: nope: not found\n'));
	assert.deepEqual(steps, ['release', 'retake 5']);
	assert.equal(outcomeNote('editor', outcome), 'editor exited with status 127: sh: 1: nope: not found');
	steps.length = 0;
	outcome = runWithTerminal(terminal, {command: 'x'}, 5, () => {
		throw new Error('spawn /bin/sh ENOENT');
	});
	assert.deepEqual(steps, ['release', 'retake 5']);
	assert.equal(outcomeNote('pager', outcome), 'pager failed: spawn /bin/sh ENOENT');
});

test('a piped command gets its input on stdin and its output is kept', () => {
	const {terminal} = recorder();
	let given: unknown;
	const outcome = runWithTerminal(terminal, {command: 'wc -l', input: 'a\nb\n', capture: true}, 1, (_file, _args, options) => {
		given = options;
		return ended(0, '', '2\n');
	});
	assert.deepEqual((given as {stdio: unknown}).stdio, ['pipe', 'pipe', 'pipe']);
	assert.equal((given as {input: unknown}).input, 'a\nb\n');
	assert.equal(outcome.output, '2\n');
});

test('$VISUAL before $EDITOR, +N for editors that take it, the file alone for others', () => {
	assert.deepEqual(editorCommand({VISUAL: 'nvim', EDITOR: 'nano'}, '/a.md', 12), {command: 'nvim', args: ['+12', '/a.md']});
	assert.deepEqual(editorCommand({EDITOR: '/usr/bin/vim -u NONE'}, '/a.md', 1), {command: '/usr/bin/vim -u NONE', args: ['+1', '/a.md']});
	assert.deepEqual(editorCommand({EDITOR: 'code -w'}, '/a.md', 9), {command: 'code -w', args: ['/a.md']});
	assert.deepEqual(editorCommand({}, '/a.md', 2), {command: 'vi', args: ['+2', '/a.md']});
	assert.equal(pagerCommand({}), 'less -R');
	assert.equal(pagerCommand({PAGER: 'more'}), 'more');
});

test('a plain PAGER=less passes colours through: LESS=R unless LESS is set', () => {
	assert.deepEqual(pagerEnv({PAGER: 'less'}), {LESS: 'R'});
	assert.equal(pagerEnv({LESS: '-S'}), undefined);
	assert.equal(pagerEnv({LESS: ''}), undefined);
});

test('a child is given the environment asked for, over the reader\'s own', () => {
	let given: unknown;
	const spawn: Spawn = (_file, _args, options) => {
		given = options.env;
		return {pid: 1, output: [], stdout: Buffer.from(''), stderr: Buffer.from(''), status: 0, signal: null};
	};

	runWithTerminal({release() {}, retake() {}}, {command: 'less', env: {LESS: 'R'}}, 1, spawn);
	assert.equal((given as Record<string, string>)['LESS'], 'R');
	assert.equal((given as Record<string, string>)['PATH'], process.env['PATH']);
});

test('the rendered line on top maps to the same share of the body, after the header', () => {
	const body = Array.from({length: 100}, (_, index) => `line ${index + 1}`).join('\n');
	const file = `---\ntitle: x\n---\n${body}\n`;
	assert.equal(sourceLine(file, body, 0, 400), 4, 'the top is the first line of the body');
	assert.equal(sourceLine(file, body, 200, 400), 54, 'half way down the rendering is half way down the body');
	assert.equal(sourceLine(file, body, 399, 400), 103);
	assert.equal(sourceLine('', '', 10, 20), 1);
});

test('the pager gets the post without the rows kept for image previews', () => {
	const lines = ['Title', '[image: a.png] (img/a.png)', '', '', '', 'After'];
	const images = [{alt: 'a.png', line: 1, preview: {line: 2, rows: 3, columns: 10}}] as unknown as Parameters<typeof pagerText>[1];
	assert.equal(pagerText(lines, images), 'Title\n[image: a.png] (img/a.png)\nAfter\n');
	assert.equal(pagerText(lines), `${lines.join('\n')}\n`);
});
