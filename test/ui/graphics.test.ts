import assert from 'node:assert/strict';
import {test} from 'node:test';
import {terminalGraphics} from '../../source/ui/terminal/graphics.js';

const turn = async (): Promise<void> => new Promise(resolve => {
	setImmediate(resolve);
});

test('placed images are painted after a frame, at their cells, the cursor kept; again when they move or the screen was redrawn', async () => {
	const written: string[] = [];
	const graphics = terminalGraphics('iterm', text => written.push(text));
	graphics.afterFrame();
	// The frame's placements arrive after its write (a layout effect), before the paint.
	graphics.place([{row: 3, column: 1, columns: 4, rows: 2, escape: '<image>'}]);
	await turn();
	assert.deepEqual(written, ['\u001B[?2026h\u001B7\u001B[3;1H\u001B[4X\u001B[4;1H\u001B[4X\u001B[3;1H<image>\u001B8\u001B[?2026l']);
	// A frame that left it in place did not touch its rows.
	graphics.afterFrame();
	await turn();
	assert.equal(written.length, 1);
	graphics.invalidate();
	graphics.afterFrame();
	graphics.afterFrame();
	await turn();
	assert.equal(written.length, 2, 'once a frame, however often asked');
	graphics.place([{row: 2, column: 1, columns: 4, rows: 2, escape: '<image>'}]);
	graphics.afterFrame();
	await turn();
	assert.equal(written.length, 3);
	assert.match(written[2]!, /\u001B\[2;1H<image>/);
	graphics.place([]);
	graphics.afterFrame();
	await turn();
	assert.equal(written.length, 3);
});

test('kitty: a transmission is written at once, the cursor kept, and freed by the farewell', () => {
	const written: string[] = [];
	const graphics = terminalGraphics('kitty', text => written.push(text));
	graphics.transmit(7, '<transmit>');
	graphics.transmit(9, '<transmit>');
	assert.deepEqual(written, ['\u001B7<transmit>\u001B8', '\u001B7<transmit>\u001B8']);
	assert.equal(graphics.farewell(), '\u001B_Ga=d,d=I,i=7,q=2\u001B\\\u001B_Ga=d,d=I,i=9,q=2\u001B\\');
	assert.equal(graphics.farewell(), '', 'once');
});
