import assert from 'node:assert/strict';
import {test} from 'node:test';
import {sequences, takeOverTerminal} from '../../source/ui/terminal/terminal.js';

/** A terminal that records what it is sent and which mode it is in. */
function fakeTerminal() {
	const log: string[] = [];
	const stdout = {write(text: string) {
		log.push(text);
		return true;
	}} as unknown as NodeJS.WriteStream;
	const mode = {isTTY: true, isRaw: true};
	const stdin = Object.assign(mode, {setRawMode(raw: boolean) {
		mode.isRaw = raw;
		log.push(raw ? '<raw>' : '<cooked>');
		return stdin;
	}}) as unknown as NodeJS.ReadStream;
	return {log, stdout, stdin};
}

test('release gives the terminal back (mouse off, cursor, main screen, line mode); retake takes it again', () => {
	const {log, stdout, stdin} = fakeTerminal();
	const takeover = takeOverTerminal({stdout, stdin}, {mouse: true});
	const start = log.join('');
	assert.ok(start.includes(sequences.enterAlternateScreen) && start.includes(sequences.mouseOn) && start.includes(sequences.hideCursor));
	log.length = 0;

	takeover.release();
	takeover.release();
	assert.equal(log[0], '<cooked>');
	const released = log.slice(1).join('');
	assert.equal(released, `${sequences.mouseOff}${sequences.autoWrap}${sequences.showCursor}${sequences.leaveAlternateScreen}`, 'once, however often asked');
	log.length = 0;

	takeover.retake(23);
	takeover.retake(23);
	assert.deepEqual(log, [`${sequences.enterAlternateScreen}\u001B[23;1H${sequences.hideCursor}${sequences.noAutoWrap}${sequences.mouseOn}`, '<raw>']);
	log.length = 0;

	takeover.restore();
	takeover.restore();
	assert.deepEqual(log, ['<cooked>', `${sequences.mouseOff}${sequences.autoWrap}${sequences.showCursor}${sequences.leaveAlternateScreen}`]);
	log.length = 0;
	takeover.release();
	takeover.retake();
	assert.deepEqual(log, [], 'nothing is taken back once restored');
});

test('restored while released (a crash in a child\'s hand-off), the mouse is turned off once more and nothing else', () => {
	const {log, stdout, stdin} = fakeTerminal();
	const takeover = takeOverTerminal({stdout, stdin}, {mouse: true});
	takeover.release();
	log.length = 0;
	takeover.restore();
	assert.deepEqual(log, [sequences.mouseOff]);
});

test('without the mouse option no mouse mode is asked for', () => {
	const {log, stdout, stdin} = fakeTerminal();
	const takeover = takeOverTerminal({stdout, stdin});
	takeover.restore();
	assert.ok(!log.join('').includes('1000'));
});

test('the farewell (kitty\'s images freed) is written once, before the screen is given back, not on a release', () => {
	const {log, stdout, stdin} = fakeTerminal();
	let asked = 0;
	const takeover = takeOverTerminal({stdout, stdin}, {mouse: true, farewell() {
		asked++;
		return '<free images>';
	}});
	log.length = 0;
	takeover.release();
	takeover.retake();
	assert.ok(!log.includes('<free images>'));
	log.length = 0;
	takeover.restore();
	takeover.restore();
	assert.deepEqual(log, ['<free images>', '<cooked>', `${sequences.mouseOff}${sequences.autoWrap}${sequences.showCursor}${sequences.leaveAlternateScreen}`]);
	assert.equal(asked, 1);
});
