/**
The terminal side of inline images: what the image hook hands over to be written outside Ink's
frame. kitty's images are transmitted once and then drawn by placeholder text inside the frame;
iTerm2 and sixel images can only be written at a screen position, so they are painted over the
frame after each frame is out, into rows the frame keeps blank for them (see
hooks/use-image-previews.ts). A frame that leaves the images where they were does not touch
their rows (Ink rewrites only the lines that changed, and those rows are always the same), so
they are painted again only when they move or after the screen was redrawn whole (a resize, the
screen taken back after a pager): `invalidate()`.
*/
import type {GraphicsProtocol} from '../../images/protocol.js';
import {kittyDelete} from '../../images/kitty.js';

/** An image to paint over the frame: its escape, at a 1-based screen row and column. */
export interface Placement {
	readonly row: number;
	readonly column: number;
	readonly columns: number;
	readonly rows: number;
	readonly escape: string;
}

export interface GraphicsSink {
	readonly protocol: GraphicsProtocol;
	/** kitty: writes an image's transmission now, between frames; `id` is freed when the reader closes. */
	readonly transmit: (id: number, escape: string) => void;
	/** iTerm2, sixel: the images the current frame shows, replacing the last list. */
	readonly place: (placements: readonly Placement[]) => void;
}

export interface TerminalGraphics extends GraphicsSink {
	/** Called after each frame is written: the placed images are painted on the next turn. */
	readonly afterFrame: () => void;
	/** What to write before the terminal is given back for good: kitty's images freed. */
	readonly farewell: () => string;
	/** The screen was cleared or redrawn whole: the next frame paints every image again. */
	readonly invalidate: () => void;
}

const saveCursor = '\u001B7';
const restoreCursor = '\u001B8';
const beginSync = '\u001B[?2026h';
const endSync = '\u001B[?2026l';

const samePlace = (a: Placement, b: Placement): boolean => a.row === b.row && a.column === b.column && a.columns === b.columns && a.rows === b.rows && a.escape === b.escape;

export function terminalGraphics(protocol: GraphicsProtocol, write: (text: string) => void): TerminalGraphics {
	const sent = new Set<number>();
	let placements: readonly Placement[] = [];
	// What the screen shows now, painted after an earlier frame.
	let painted: readonly Placement[] = [];
	let scheduled = false;
	const paint = (): void => {
		scheduled = false;
		const same = placements.length === painted.length && placements.every((placement, index) => samePlace(placement, painted[index]!));
		painted = placements;
		if (placements.length === 0 || same) {
			return;
		}

		let out = saveCursor;
		for (const placement of placements) {
			// The cells are cleared first: a sixel smaller than its rows would leave the last image's edge.
			for (let row = 0; row < placement.rows; row++) {
				out += `\u001B[${placement.row + row};${placement.column}H\u001B[${placement.columns}X`;
			}

			out += `\u001B[${placement.row};${placement.column}H${placement.escape}`;
		}

		// In one synchronized update, as Ink writes its frames: the cleared cells never show.
		write(`${beginSync}${out}${restoreCursor}${endSync}`);
	};

	return {
		protocol,
		transmit(id, escape) {
			sent.add(id);
			write(`${saveCursor}${escape}${restoreCursor}`);
		},
		place(next) {
			placements = next;
		},
		afterFrame() {
			if (!scheduled) {
				scheduled = true;
				// After the layout effects of the commit that wrote this frame: its placements are in.
				setImmediate(paint);
			}
		},
		invalidate() {
			painted = [];
		},
		farewell() {
			const out = [...sent].map(id => kittyDelete(id)).join('');
			sent.clear();
			placements = [];
			return out;
		},
	};
}
