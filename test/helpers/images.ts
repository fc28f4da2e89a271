import jpeg from 'jpeg-js';
import {PNG} from 'pngjs';

/**
Small images made in the test, never downloaded: a PNG or JPEG of `width`×`height` whose pixel
at (x, y) is `colour(x, y)` as [r, g, b, a].
*/
export type Colour = (x: number, y: number) => readonly [number, number, number, number];

function rgba(width: number, height: number, colour: Colour): Buffer {
	const data = Buffer.alloc(width * height * 4);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			data.set(colour(x, y), ((y * width) + x) * 4);
		}
	}

	return data;
}

export function pngBytes(width: number, height: number, colour: Colour): Buffer {
	const png = new PNG({width, height});
	rgba(width, height, colour).copy(png.data);
	return PNG.sync.write(png);
}

export function jpegBytes(width: number, height: number, colour: Colour): Buffer {
	return jpeg.encode({width, height, data: rgba(width, height, colour)}, 90).data;
}

/** Top half red, bottom half blue: easy to tell apart in a preview's cells. */
export const redOverBlue: Colour = (_x, y) => (y < 16 ? [255, 0, 0, 255] : [0, 0, 255, 255]);
