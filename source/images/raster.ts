import {PNG} from 'pngjs';
// The encoder alone: the package's entry also loads its WebAssembly decoder, which a writer never needs.
import {image2sixel} from 'sixel/lib/SixelEncoder.js';
import type {Pixels} from './decode.js';
import type {GraphicsProtocol} from './protocol.js';

/**
Pixels made ready for a graphics protocol: scaled to the cells they are drawn in, then encoded
as PNG (kitty, iTerm2) or sixel (the `sixel` package by the author of xterm.js's image addon,
with its own colour quantizer). The terminal's cell size in pixels is not asked for (the answer
may never come), so it is assumed.
*/

export interface CellSize {
	readonly width: number;
	readonly height: number;
}

/**
For a PNG the terminal scales: this many pixels a cell is sharp enough on a dense screen, and
keeps a large photo from costing megabytes a frame.
*/
export const pngCell: CellSize = {width: 10, height: 20};

/**
Sixel is drawn pixel for pixel: a cell smaller than most terminals' keeps the image inside the
rows kept for it (a larger real cell leaves a margin, never an overlap).
*/
export const sixelCell: CellSize = {width: 8, height: 16};

/** The largest size within `maxWidth`×`maxHeight` with the image's shape; never larger than it when `enlarge` is off. */
export function fitPixels(width: number, height: number, maxWidth: number, maxHeight: number, enlarge: boolean): {readonly width: number; readonly height: number} {
	let scale = Math.min(maxWidth / width, maxHeight / height);
	if (!enlarge) {
		scale = Math.min(1, scale);
	}

	return {width: Math.max(1, Math.floor(width * scale)), height: Math.max(1, Math.floor(height * scale))};
}

/** The image resampled to `width`×`height`: a box average when shrinking, the nearest pixel when growing. */
export function resample(image: Pixels, width: number, height: number): Pixels {
	if (width === image.width && height === image.height) {
		return image;
	}

	const data = new Uint8Array(width * height * 4);
	for (let y = 0; y < height; y++) {
		const y0 = Math.floor((y * image.height) / height);
		const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * image.height) / height));
		for (let x = 0; x < width; x++) {
			const x0 = Math.floor((x * image.width) / width);
			const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * image.width) / width));
			// At most 4×4 samples a pixel: a huge source costs no more than a small one.
			const stepX = Math.max(1, Math.floor((x1 - x0) / 4));
			const stepY = Math.max(1, Math.floor((y1 - y0) / 4));
			const sum = [0, 0, 0, 0];
			let count = 0;
			for (let row = y0; row < y1; row += stepY) {
				for (let column = x0; column < x1; column += stepX) {
					const at = ((row * image.width) + column) * 4;
					for (let channel = 0; channel < 4; channel++) {
						sum[channel]! += image.data[at + channel]!;
					}

					count++;
				}
			}

			const out = ((y * width) + x) * 4;
			for (let channel = 0; channel < 4; channel++) {
				data[out + channel] = Math.round(sum[channel]! / count);
			}
		}
	}

	return {width, height, data};
}

/** The pixels as a PNG file, base64 (what kitty and iTerm2 take). */
export function pngBase64(image: Pixels): string {
	const png = new PNG({width: image.width, height: image.height});
	png.data = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
	return PNG.sync.write(png).toString('base64');
}

/** The pixels as one sixel escape (DCS … ST), at most 256 colours; transparent parts take the background. */
export function sixelImage(image: Pixels): string {
	return image2sixel(image.data, image.width, image.height, 256, 0);
}

/** The escape's payload for a protocol: a PNG (base64) for kitty and iTerm2, the sixel escape itself for sixel. */
export function graphicFor(protocol: GraphicsProtocol, image: Pixels, columns: number, rows: number): string {
	const cell = protocol === 'sixel' ? sixelCell : pngCell;
	const size = fitPixels(image.width, image.height, columns * cell.width, rows * cell.height, protocol === 'sixel');
	const scaled = resample(image, size.width, size.height);
	return protocol === 'sixel' ? sixelImage(scaled) : pngBase64(scaled);
}
