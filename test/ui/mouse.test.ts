import assert from 'node:assert/strict';
import {PassThrough} from 'node:stream';
import {test} from 'node:test';
import {mouseFilteredStdin, parseMouse, type MouseEvent} from '../../source/ui/keys/mouse.js';

const press = (button: number, column: number, row: number): string => `\u001B[<${button};${column};${row}M`;
const release = (button: number, column: number, row: number): string => `\u001B[<${button};${column};${row}m`;

test('wheel notches scroll three lines, up negative; coordinates count from 0', () => {
	assert.deepEqual(parseMouse(press(64, 10, 5)).events, [{type: 'wheel', lines: -3, column: 9, row: 4}]);
	assert.deepEqual(parseMouse(press(65, 1, 1)).events, [{type: 'wheel', lines: 3, column: 0, row: 0}]);
	assert.deepEqual(parseMouse(press(65 + 16, 1, 1)).events.map(event => event.type), ['wheel'], 'with Ctrl held too');
});

test('a left press is a click; releases, other buttons and motion are dropped', () => {
	assert.deepEqual(parseMouse(press(0, 3, 7)).events, [{type: 'click', column: 2, row: 6}]);
	assert.deepEqual(parseMouse(release(0, 3, 7)).events, []);
	assert.deepEqual(parseMouse(press(2, 3, 7)).events, [], 'right button');
	assert.deepEqual(parseMouse(press(32, 3, 7)).events, [], 'drag motion');
});

test('keys around reports stay, in order, and no part of a report is left as text', () => {
	const parsed = parseMouse(`ab${press(0, 1, 2)}${release(0, 1, 2)}c${press(65, 200, 300)}`);
	assert.equal(parsed.text, 'abc');
	assert.equal(parsed.events.length, 2);
	assert.equal(parsed.rest, '');
	assert.equal(parseMouse('\u001B[A\u001B').text, '\u001B[A\u001B', 'arrows and a lone Esc are not mouse reports');
});

test('a report cut in two by a read is held back until it is whole', () => {
	const first = parseMouse(`x\u001B[<65;1`);
	assert.equal(first.text, 'x');
	assert.equal(first.rest, '\u001B[<65;1');
	const second = parseMouse(`${first.rest};2Mj`);
	assert.equal(second.text, 'j');
	assert.deepEqual(second.events.map(event => event.type), ['wheel']);
});

test('the filtered stdin gives ink the keys and the listener the mouse', () => {
	const stream = new PassThrough({encoding: 'utf8'}) as unknown as NodeJS.ReadStream;
	const events: MouseEvent[] = [];
	const filtered = mouseFilteredStdin(stream, event => events.push(event));
	(stream as unknown as PassThrough).write(`/n${press(64, 5, 5)}q`);
	assert.equal(filtered.read(), '/nq');
	(stream as unknown as PassThrough).write(press(65, 5, 5));
	assert.equal(filtered.read(), null, 'a chunk of only mouse reports is nothing to ink');
	assert.deepEqual(events.map(event => event.type), ['wheel', 'wheel']);
});
