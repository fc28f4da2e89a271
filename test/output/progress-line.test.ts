import assert from 'node:assert/strict';
import {test} from 'node:test';
import {progressLine, type ProgressStream} from '../../source/output/progress-line.js';

function terminal(isTTY = true, columns = 40): ProgressStream & {readonly written: string[]} {
	const written: string[] = [];
	return {isTTY, columns, written, write: text => written.push(text)};
}

const xterm = {TERM: 'xterm-256color'};

function clock(): {readonly now: () => number; readonly at: (ms: number) => void} {
	let time = 0;
	return {now: () => time, at: ms => {
		time = ms;
	}};
}

test('a step over within the delay says nothing, and clearing a line never shown writes nothing', () => {
	const stream = terminal();
	const time = clock();
	const line = progressLine(stream, {styled: true, env: xterm, delayMs: 300, now: time.now});
	time.at(299);
	line.show(() => 'reading');
	line.clear();
	assert.deepEqual(stream.written, []);
});

test('after the delay the line is rewritten in place, at most once per interval, and cleared at the end', () => {
	const stream = terminal();
	const time = clock();
	const line = progressLine(stream, {styled: true, env: xterm, delayMs: 300, everyMs: 100, now: time.now});
	let made = 0;
	const text = (value: string) => () => {
		made++;
		return value;
	};

	time.at(300);
	line.show(text('1 of 3'));
	time.at(350);
	line.show(text('2 of 3'));
	time.at(400);
	line.show(text('3 of 3'));
	line.clear();
	line.clear();
	assert.deepEqual(stream.written, ['\r\u001B[2K1 of 3', '\r\u001B[2K3 of 3', '\r\u001B[2K']);
	// The text is made only when it is written.
	assert.equal(made, 2);
});

test('the line is cut to the width, so that it never wraps', () => {
	const stream = terminal(true, 10);
	const time = clock();
	const line = progressLine(stream, {styled: true, env: xterm, delayMs: 0, now: time.now});
	line.show(() => 'reading posts, 1 of 3 files');
	assert.deepEqual(stream.written, ['\r\u001B[2Kreading p']);
});

test('nothing on a pipe, where output is to be plain (NO_COLOR, --color=never), or on a terminal that cannot erase a line (TERM=dumb, no TERM)', () => {
	for (const [stream, styled, env] of [[terminal(false), true, xterm], [terminal(true), false, xterm], [terminal(true), true, {TERM: 'dumb'}], [terminal(true), true, {}]] as const) {
		const time = clock();
		const line = progressLine(stream, {styled, env, delayMs: 0, now: time.now});
		time.at(1000);
		line.show(() => 'reading');
		line.clear();
		assert.deepEqual(stream.written, []);
	}
});
