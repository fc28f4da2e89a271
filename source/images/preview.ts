import {readFileSync, statSync} from 'node:fs';
import {blockRows, type ColourDepth} from './blocks.js';
import {decodeImage, defaultLimits, ImageError, type DecodeLimits} from './decode.js';
import type {GraphicsProtocol} from './protocol.js';
import {graphicFor} from './raster.js';

/**
A local image file as a block-character preview: read (its size checked first), decoded and
scaled. Runs on the image thread (worker.ts) in the reader; anything wrong with the file is an
answer with the reason, never a throw.
*/

export interface PreviewRequest {
	readonly file: string;
	readonly columns: number;
	readonly rows: number;
	readonly depth: ColourDepth;
	/** Also make the image for this protocol (the block rows stay: they show while it is partly off screen). */
	readonly graphics?: GraphicsProtocol;
}

/** `graphic`: a PNG in base64 for kitty and iTerm2, the sixel escape for sixel (raster.ts). */
export type PreviewResult = {readonly lines: readonly string[]; readonly graphic?: string} | {readonly error: string};

export function previewFile(request: PreviewRequest, limits: DecodeLimits = defaultLimits): PreviewResult {
	try {
		const size = statSync(request.file).size;
		if (size > limits.maxBytes) {
			throw new ImageError(`the file is over ${Math.round(limits.maxBytes / 1024 / 1024)} MB`);
		}

		const pixels = decodeImage(readFileSync(request.file), limits);
		const lines = blockRows(pixels, request.columns, request.rows, request.depth);
		return request.graphics === undefined ? {lines} : {lines, graphic: graphicFor(request.graphics, pixels, request.columns, request.rows)};
	} catch (error) {
		return {error: error instanceof ImageError ? error.message : `could not read the image (${error instanceof Error ? error.message : String(error)})`};
	}
}
