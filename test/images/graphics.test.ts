import assert from 'node:assert/strict';
import {test} from 'node:test';
import {itermImage} from '../../source/images/iterm.js';
import {chunkBytes, kittyDelete, kittyPlaceholderRow, kittyTransmit} from '../../source/images/kitty.js';
import {detectProtocol, imageDrawing} from '../../source/images/protocol.js';
import {fitPixels, graphicFor, resample, sixelImage} from '../../source/images/raster.js';
import {previewFile} from '../../source/images/preview.js';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';
import {pngBytes, redOverBlue} from '../helpers/images.js';

const esc = '\u001B';

test('kitty: a small image is one escape, a virtual placement that asks for no reply', () => {
	assert.equal(kittyTransmit(0xB10001, 'iVBORw0K', 3, 2), `${esc}_Ga=T,f=100,t=d,i=11599873,U=1,c=3,r=2,C=1,q=2;iVBORw0K${esc}\\`);
	assert.equal(kittyDelete(7), `${esc}_Ga=d,d=I,i=7,q=2${esc}\\`);
});

test('kitty: a payload over 4096 bytes goes in chunks, the keys on the first, m=0 on the last', () => {
	const payload = 'A'.repeat((chunkBytes * 2) + 10);
	const escapes = kittyTransmit(5, payload, 4, 2).split(`${esc}\\`).filter(Boolean);
	assert.equal(escapes.length, 3);
	assert.equal(escapes[0], `${esc}_Ga=T,f=100,t=d,i=5,U=1,c=4,r=2,C=1,q=2,m=1;${'A'.repeat(chunkBytes)}`);
	assert.equal(escapes[1], `${esc}_Gm=1,q=2;${'A'.repeat(chunkBytes)}`);
	assert.equal(escapes[2], `${esc}_Gm=0,q=2;${'A'.repeat(10)}`);
	// Exactly 4096 is still one escape.
	assert.equal(kittyTransmit(5, 'A'.repeat(chunkBytes), 4, 2).split(`${esc}_G`).length, 2);
});

test('kitty: a placeholder row is the id as 24-bit colour, the row and column diacritics on its first cell', () => {
	assert.equal(kittyPlaceholderRow(0x01_02_03, 0, 3), `${esc}[38;2;1;2;3m\u{10EEEE}\u0305\u0305\u{10EEEE}\u{10EEEE}${esc}[39m`);
	assert.equal(kittyPlaceholderRow(0x01_02_03, 2, 1), `${esc}[38;2;1;2;3m\u{10EEEE}\u030E\u0305${esc}[39m`);
});

test('iTerm2: one OSC 1337 with the decoded size and the cells it fills', () => {
	// "AAAA" is three bytes, "AA==" one.
	assert.equal(itermImage('AAAAAA==', 5, 2), `${esc}]1337;File=inline=1;size=4;width=5;height=2;preserveAspectRatio=1;doNotMoveCursor=1:AAAAAA==\u0007`);
});

test('sixel: a 2×2 image of one colour is one colour register and one band', () => {
	const white = {width: 2, height: 2, data: new Uint8Array(16).fill(255)};
	assert.equal(sixelImage(white), `${esc}P0;0;q"1;1;2;2#0;2;100;100;100#0BB$${esc}\\`);
});

test('pixels are fitted with their shape, enlarged only when asked (sixel draws pixel for pixel)', () => {
	assert.deepEqual(fitPixels(64, 32, 100, 100, false), {width: 64, height: 32});
	assert.deepEqual(fitPixels(64, 32, 128, 128, true), {width: 128, height: 64});
	assert.deepEqual(fitPixels(400, 100, 100, 100, false), {width: 100, height: 25});
	const image = {width: 2, height: 2, data: Uint8Array.from([255, 0, 0, 255, 255, 0, 0, 255, 0, 0, 255, 255, 0, 0, 255, 255])};
	const half = resample(image, 1, 2);
	assert.deepEqual([...half.data], [255, 0, 0, 255, 0, 0, 255, 255]);
	assert.match(graphicFor('kitty', image, 2, 1), /^iVBORw0KGgo/);
	assert.match(graphicFor('sixel', image, 2, 1), /^\u001BP0;0;q"1;1;16;16#/);
});

test('a preview for a protocol carries the encoded image beside its half-block rows', () => {
	const dir = removeAfterTests(tempDir('blog-reader-graphics-'));
	const file = join(dir, 'a.png');
	writeFileSync(file, pngBytes(8, 8, redOverBlue));
	const result = previewFile({file, columns: 4, rows: 2, depth: 'truecolor', graphics: 'iterm'});
	assert.ok('lines' in result && result.lines.length === 2 && result.graphic?.startsWith('iVBORw0KGgo'));
	const plain = previewFile({file, columns: 4, rows: 2, depth: 'truecolor'});
	assert.ok('lines' in plain && plain.graphic === undefined);
});

test('the protocol comes from the environment only, never from tmux\'s inherited variables', () => {
	assert.equal(detectProtocol({TERM: 'xterm-kitty'}), 'kitty');
	assert.equal(detectProtocol({TERM: 'xterm-256color', KITTY_WINDOW_ID: '1'}), 'kitty');
	assert.equal(detectProtocol({TERM_PROGRAM: 'iTerm.app', TERM: 'xterm-256color'}), 'iterm');
	assert.equal(detectProtocol({TERM_PROGRAM: 'WezTerm', TERM: 'xterm-256color'}), 'iterm');
	assert.equal(detectProtocol({TERM: 'foot'}), 'sixel');
	assert.equal(detectProtocol({TERM: 'mlterm'}), 'sixel');
	assert.equal(detectProtocol({TERM: 'xterm-sixel'}), 'sixel');
	assert.equal(detectProtocol({TERM: 'xterm-256color'}), undefined);
	assert.equal(detectProtocol({TERM: 'xterm-256color', COLORTERM: 'truecolor'}), undefined);
	assert.equal(detectProtocol({TERM: 'tmux-256color', KITTY_WINDOW_ID: '1'}), undefined);
	assert.equal(detectProtocol({TERM: 'xterm-kitty', TMUX: '/tmp/tmux-1/default,1,0'}), undefined);
	assert.equal(imageDrawing('auto', {TERM: 'xterm-256color'}), 'blocks');
	assert.equal(imageDrawing('auto', {TERM: 'xterm-kitty'}), 'kitty');
	assert.equal(imageDrawing('sixel', {TERM: 'xterm-256color'}), 'sixel');
	assert.equal(imageDrawing('blocks', {TERM: 'xterm-kitty'}), 'blocks');
	assert.equal(imageDrawing('off', {TERM: 'xterm-kitty'}), 'off');
});
