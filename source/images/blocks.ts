import type {Pixels} from './decode.js';

/**
Pixels as rows of terminal cells: each cell is an upper half block (▀) whose foreground is the
upper pixel and background the lower, so a cell holds two pixels, one above the other (a cell is
about twice as tall as wide, so the pixels come out square). Colours are 24-bit or the nearest
of the 256-colour palette. Every row is exactly `columns` cells and ends with a reset, so the
screen's width count and styling stay right around it.
*/

export type ColourDepth = 'truecolor' | '256';

type Rgba = readonly [number, number, number, number];

/** The average colour of the source box under target pixel (x, y) of a `columns`×`height` grid. */
function sample(image: Pixels, x: number, y: number, columns: number, height: number): Rgba {
	const x0 = Math.floor((x * image.width) / columns);
	const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * image.width) / columns));
	const y0 = Math.floor((y * image.height) / height);
	const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * image.height) / height));
	// Every pixel of a large box would cost as much as the image; a grid of at most 4×4 samples is plenty for a cell.
	const stepX = Math.max(1, Math.floor((x1 - x0) / 4));
	const stepY = Math.max(1, Math.floor((y1 - y0) / 4));
	let red = 0;
	let green = 0;
	let blue = 0;
	let alpha = 0;
	let count = 0;
	for (let row = y0; row < y1; row += stepY) {
		for (let column = x0; column < x1; column += stepX) {
			const at = ((row * image.width) + column) * 4;
			const a = image.data[at + 3]!;
			// Weighted by alpha, so a transparent pixel's colour does not bleed into the cell.
			red += image.data[at]! * a;
			green += image.data[at + 1]! * a;
			blue += image.data[at + 2]! * a;
			alpha += a;
			count++;
		}
	}

	if (alpha === 0) {
		return [0, 0, 0, 0];
	}

	return [Math.round(red / alpha), Math.round(green / alpha), Math.round(blue / alpha), Math.round(alpha / count)];
}

const cubeLevels = [0, 95, 135, 175, 215, 255];

function nearestLevel(value: number): number {
	let best = 0;
	for (let index = 1; index < cubeLevels.length; index++) {
		if (Math.abs(cubeLevels[index]! - value) < Math.abs(cubeLevels[best]! - value)) {
			best = index;
		}
	}

	return best;
}

/** The nearest colour of xterm's 256: the 6×6×6 cube or the grey ramp, whichever is closer. */
export function palette256(red: number, green: number, blue: number): number {
	const [r, g, b] = [nearestLevel(red), nearestLevel(green), nearestLevel(blue)];
	const cube = 16 + (36 * r) + (6 * g) + b;
	const cubeDistance = ((cubeLevels[r]! - red) ** 2) + ((cubeLevels[g]! - green) ** 2) + ((cubeLevels[b]! - blue) ** 2);
	const grey = Math.min(23, Math.max(0, Math.round(((red + green + blue) / 3 - 8) / 10)));
	const level = 8 + (grey * 10);
	const greyDistance = ((level - red) ** 2) + ((level - green) ** 2) + ((level - blue) ** 2);
	return greyDistance < cubeDistance ? 232 + grey : cube;
}

function colour(pixel: Rgba, depth: ColourDepth, ground: 38 | 48): string {
	return depth === 'truecolor' ? `${ground};2;${pixel[0]};${pixel[1]};${pixel[2]}` : `${ground};5;${palette256(pixel[0], pixel[1], pixel[2])}`;
}

const opaque = (pixel: Rgba): boolean => pixel[3] >= 128;

/** The image scaled into `columns`×`rows` cells; transparent parts are left as the terminal's background. */
export function blockRows(image: Pixels, columns: number, rows: number, depth: ColourDepth): string[] {
	const lines: string[] = [];
	const height = rows * 2;
	for (let row = 0; row < rows; row++) {
		let line = '';
		let last = '';
		for (let x = 0; x < columns; x++) {
			const upper = sample(image, x, row * 2, columns, height);
			const lower = sample(image, x, (row * 2) + 1, columns, height);
			let style: string;
			let glyph: string;
			if (opaque(upper) && opaque(lower)) {
				style = `${colour(upper, depth, 38)};${colour(lower, depth, 48)}`;
				glyph = '▀';
			} else if (opaque(upper)) {
				style = `0;${colour(upper, depth, 38)}`;
				glyph = '▀';
			} else if (opaque(lower)) {
				style = `0;${colour(lower, depth, 38)}`;
				glyph = '▄';
			} else {
				style = '0';
				glyph = ' ';
			}

			// Runs of one colour (a flat background) are written once.
			line += style === last ? glyph : `\u001B[${style}m${glyph}`;
			last = style;
		}

		lines.push(`${line}\u001B[0m`);
	}

	return lines;
}

/**
The cells a preview takes: as wide as the image has pixels (never wider than `maxColumns`),
as tall as keeps its shape (two pixel rows a cell), at most `maxRows`, at least one of each.
*/
export function previewSize(width: number, height: number, maxColumns: number, maxRows: number): {readonly columns: number; readonly rows: number} {
	let columns = Math.max(1, Math.min(maxColumns, width));
	let rows = Math.ceil((height * columns) / width / 2);
	if (rows > maxRows) {
		rows = maxRows;
		columns = Math.max(1, Math.min(columns, Math.round((maxRows * 2 * width) / height)));
	}

	return {columns, rows: Math.max(1, rows)};
}
