import jpeg from 'jpeg-js';
import {PNG} from 'pngjs';
import {imageSize} from './size.js';

/**
An image file's bytes as RGBA pixels, with pure-JavaScript decoders (pngjs, jpeg-js: no native
code to build, engines that allow Node 20). The archive is untrusted: the file's size and its
declared pixel count are checked before anything is decoded, and a file that is not a PNG or
JPEG, or is corrupt, is an error for the caller to show as the image's alt text.
*/

export interface Pixels {
	readonly width: number;
	readonly height: number;
	/** RGBA, 4 bytes a pixel, rows top to bottom. */
	readonly data: Uint8Array;
}

export interface DecodeLimits {
	readonly maxBytes: number;
	readonly maxPixels: number;
}

/** A preview needs few pixels; these keep a hostile or huge file from costing seconds or a gigabyte. */
export const defaultLimits: DecodeLimits = {maxBytes: 16 * 1024 * 1024, maxPixels: 16 * 1024 * 1024};

export class ImageError extends Error {}

export function decodeImage(bytes: Uint8Array, limits: DecodeLimits = defaultLimits): Pixels {
	if (bytes.length > limits.maxBytes) {
		throw new ImageError(`the file is over ${Math.round(limits.maxBytes / 1024 / 1024)} MB`);
	}

	const size = imageSize(bytes);
	if (size === undefined) {
		throw new ImageError('not a PNG or JPEG image');
	}

	if (size.width * size.height > limits.maxPixels) {
		throw new ImageError(`${size.width}×${size.height} is too many pixels to preview`);
	}

	try {
		if (size.format === 'png') {
			const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
			return {width: png.width, height: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength)};
		}

		const image = jpeg.decode(bytes, {
			useTArray: true,
			formatAsRGBA: true,
			maxResolutionInMP: limits.maxPixels / 1024 / 1024,
			maxMemoryUsageInMB: 256,
		});
		return {width: image.width, height: image.height, data: image.data};
	} catch (error) {
		throw new ImageError(`the image is damaged (${error instanceof Error ? error.message : String(error)})`);
	}
}
