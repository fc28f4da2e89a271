import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {blockRows, palette256, previewSize} from '../../source/images/blocks.js';
import {decodeImage, ImageError} from '../../source/images/decode.js';
import {previewFile} from '../../source/images/preview.js';
import {imageSize, readImageSize} from '../../source/images/size.js';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';
import {jpegBytes, pngBytes, redOverBlue} from '../helpers/images.js';

const dir = removeAfterTests(tempDir('blog-reader-images-'));
const sgr = /\u001B\[([\d;]*)m/g;
const visible = (line: string): string => line.replace(sgr, '');

test('a PNG and a JPEG decode to their size and pixels', () => {
	const png = decodeImage(pngBytes(4, 2, (x, y) => [x * 60, y * 100, 7, 255]));
	assert.deepEqual([png.width, png.height], [4, 2]);
	assert.deepEqual([...png.data.subarray(4 * 5, (4 * 5) + 4)], [60, 100, 7, 255]);
	const jpeg = decodeImage(jpegBytes(16, 8, () => [200, 40, 40, 255]));
	assert.deepEqual([jpeg.width, jpeg.height], [16, 8]);
	// Lossy, but close.
	assert.ok(Math.abs(jpeg.data[0]! - 200) < 12 && Math.abs(jpeg.data[1]! - 40) < 12, `red pixel, got ${[...jpeg.data.subarray(0, 3)].join(',')}`);
	assert.deepEqual(imageSize(jpegBytes(30, 20, redOverBlue)), {format: 'jpeg', width: 30, height: 20});
});

test('pixels become half-block cells: the upper pixel as foreground, the lower as background', () => {
	const image = decodeImage(pngBytes(8, 32, redOverBlue));
	const truecolor = blockRows(image, 4, 8, 'truecolor');
	assert.equal(truecolor.length, 8);
	for (const line of truecolor) {
		assert.equal(visible(line), '▀▀▀▀', 'every row is exactly the columns asked for');
		assert.ok(line.endsWith('\u001B[0m'), 'each row ends with a reset');
	}

	assert.match(truecolor[0]!, /38;2;255;0;0;48;2;255;0;0m/, 'red on red at the top');
	assert.match(truecolor[7]!, /38;2;0;0;255;48;2;0;0;255m/, 'blue on blue at the bottom');
	const palette = blockRows(image, 4, 8, '256');
	assert.match(palette[0]!, /38;5;196;48;5;196m/);
	assert.match(palette[7]!, /38;5;21;48;5;21m/);
	assert.equal(palette256(128, 128, 128), 244, 'greys come from the grey ramp');
});

test('transparent pixels leave the terminal background: a space, or a lower half block', () => {
	const image = decodeImage(pngBytes(2, 4, (x, y) => (y < 2 && x === 0 ? [0, 0, 0, 0] : y < 3 ? [0, 255, 0, 255] : [0, 0, 0, 0])));
	const rows = blockRows(image, 2, 2, 'truecolor');
	assert.equal(visible(rows[0]!), ' ▀');
	assert.equal(visible(rows[1]!), '▀▀');
	assert.doesNotMatch(rows[1]!, /48;2/, 'no background where the lower pixel is transparent');
});

test('a preview keeps the image\'s shape within the columns and rows it may take', () => {
	assert.deepEqual(previewSize(64, 32, 80, 12), {columns: 48, rows: 12});
	assert.deepEqual(previewSize(20, 10, 80, 12), {columns: 20, rows: 5}, 'never wider than the image has pixels');
	assert.deepEqual(previewSize(1000, 10, 60, 12), {columns: 60, rows: 1});
	assert.deepEqual(previewSize(10, 10_000, 60, 12), {columns: 1, rows: 12});
});

test('a file over the size cap, or declaring too many pixels, is refused before it is decoded', () => {
	const bytes = pngBytes(40, 40, redOverBlue);
	assert.throws(() => decodeImage(bytes, {maxBytes: 100, maxPixels: 1_000_000}), ImageError);
	assert.throws(() => decodeImage(bytes, {maxBytes: 1_000_000, maxPixels: 1000}), /too many pixels/);
	// A header that claims 100000×100000 on a tiny file: refused by the header, nothing allocated.
	const huge = Buffer.from(bytes);
	huge.writeUInt32BE(100_000, 16);
	huge.writeUInt32BE(100_000, 20);
	assert.throws(() => decodeImage(huge), /too many pixels/);
	const jpeg = jpegBytes(64, 64, redOverBlue);
	assert.throws(() => decodeImage(jpeg, {maxBytes: 1_000_000, maxPixels: 1000}), /too many pixels/);
});

test('a corrupt or foreign file is an error naming why, and previewFile never throws', () => {
	const png = pngBytes(16, 16, redOverBlue);
	const cut = png.subarray(0, 40);
	assert.throws(() => decodeImage(cut), /damaged/);
	const jpeg = jpegBytes(16, 16, redOverBlue);
	const garbled = Buffer.from(jpeg);
	garbled.fill(0x55, 200);
	assert.throws(() => decodeImage(Buffer.concat([garbled.subarray(0, 300)])), ImageError);
	assert.throws(() => decodeImage(Buffer.from('GIF89a not supported')), /not a PNG or JPEG/);

	writeFileSync(join(dir, 'cut.png'), cut);
	writeFileSync(join(dir, 'text.jpg'), 'just text');
	for (const file of ['cut.png', 'text.jpg', 'missing.png']) {
		const result = previewFile({file: join(dir, file), columns: 10, rows: 5, depth: '256'});
		assert.ok('error' in result && result.error.length > 0, `${file}: an error, not a throw`);
	}

	writeFileSync(join(dir, 'good.png'), png);
	const good = previewFile({file: join(dir, 'good.png'), columns: 10, rows: 5, depth: '256'});
	assert.ok('lines' in good && good.lines.length === 5);
});

test('a JPEG whose frame header comes after large metadata blocks is still sized from its file', () => {
	const jpeg = jpegBytes(30, 20, redOverBlue);
	// Two 40 KB APP1 blocks after the start marker put the frame header past the first 64 KB.
	const block = Buffer.alloc(40_000 + 4, 0x20);
	block.writeUInt16BE(0xFF_E1, 0);
	block.writeUInt16BE(40_002, 2);
	const padded = Buffer.concat([jpeg.subarray(0, 2), block, block, jpeg.subarray(2)]);
	writeFileSync(join(dir, 'padded.jpg'), padded);
	assert.deepEqual(readImageSize(join(dir, 'padded.jpg')), {format: 'jpeg', width: 30, height: 20});
	assert.equal(imageSize(padded.subarray(0, 1000)), undefined, 'cut before the frame header: no size');
	assert.equal(readImageSize(join(dir, 'missing.jpg')), undefined);
});
