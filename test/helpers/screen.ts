import type xterm from '@xterm/headless';

export type ScreenCheck = string | RegExp | ((screen: string) => boolean);

/** The visible rows of a headless terminal, right-trimmed: what a person sees now. */
export function visibleRows(term: xterm.Terminal): string[] {
	const buffer = term.buffer.active;
	const rows: string[] = [];
	for (let y = 0; y < term.rows; y++) {
		rows.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
	}

	return rows;
}

/** How long no output must arrive before a matching screen counts: a frame can come in pieces. */
const quietMs = 30;

/**
Polls a terminal until its screen passes `what` and no output has arrived for a moment
(`lastOutputAt`: when the program last wrote); resolves the screen text. Each poll first lets
the terminal parse what has arrived, so a test reads a whole frame, not the first piece of one.
*/
export async function waitForScreen(term: xterm.Terminal, lastOutputAt: () => number, what: ScreenCheck, timeout = 20_000): Promise<string> {
	const matches = typeof what === 'function' ? what : (text: string) => (typeof what === 'string' ? text.includes(what) : what.test(text));
	const deadline = Date.now() + timeout;
	for (;;) {
		 
		await new Promise<void>(resolve => {
			term.write('', resolve);
		});
		const text = visibleRows(term).join('\n');
		const still = Date.now() - lastOutputAt();
		const matched = matches(text);
		if (matched && still >= quietMs) {
			return text;
		}

		if (Date.now() > deadline) {
			throw new Error(`timed out waiting for ${String(what)}; screen:\n${text}`);
		}

		 
		await new Promise(resolve => {
			setTimeout(resolve, matched ? quietMs - still : 20);
		});
	}
}

/** What a person sees of one cell: its character and how it is drawn. */
export interface Cell {
	readonly char: string;
	/** `default`, a palette index (0-255) as `p<n>`, or `rgb`. */
	readonly fg: string;
	readonly bg: string;
	readonly inverse: boolean;
	readonly bold: boolean;
	readonly dim: boolean;
	readonly underline: boolean;
}

function colourOf(isDefault: boolean, isPalette: boolean, value: number): string {
	if (isDefault) {
		return 'default';
	}

	return isPalette ? `p${value}` : 'rgb';
}

/** The cells of a visible row, as the terminal holds them now (call after waitForScreen). */
export function rowCells(term: xterm.Terminal, row: number): Cell[] {
	const buffer = term.buffer.active;
	const line = buffer.getLine(buffer.viewportY + row);
	const cells: Cell[] = [];
	if (line === undefined) {
		return cells;
	}

	for (let x = 0; x < term.cols; x++) {
		const cell = line.getCell(x);
		if (cell === undefined) {
			break;
		}

		cells.push({
			char: cell.getChars() || ' ',
			fg: colourOf(cell.isFgDefault(), cell.isFgPalette(), cell.getFgColor()),
			bg: colourOf(cell.isBgDefault(), cell.isBgPalette(), cell.getBgColor()),
			inverse: cell.isInverse() !== 0,
			bold: cell.isBold() !== 0,
			dim: cell.isDim() !== 0,
			underline: cell.isUnderline() !== 0,
		});
	}

	return cells;
}

/** The cells of `row` under the first occurrence of `text` in it (empty when it is not there). */
export function cellsOf(term: xterm.Terminal, row: number, text: string): Cell[] {
	const cells = rowCells(term, row);
	const at = cells.map(cell => cell.char).join('').indexOf(text);
	return at < 0 ? [] : cells.slice(at, at + [...text].length);
}

/** Every visible cell, for "nothing on screen has a colour" checks. */
export function allCells(term: xterm.Terminal): Cell[] {
	return Array.from({length: term.rows}, (_, row) => rowCells(term, row)).flat();
}
