import {visibleWidth, wrapLines} from './wrap.js';

/**
Tables drawn to fit the width. marked-terminal's cli-table3 tables ignore `width`; here the
columns share the width by their content: each keeps a readable minimum (its longest word, within
limits), the rest of the room goes to the columns that want more in proportion to what they
want, and cells wrap. A table whose readable minimums do not fit is shown as one block per row,
`header: value` a line, rather than sliced into columns of a few characters.
*/

export type Align = 'left' | 'right' | 'center' | null;

export interface TableInput {
	readonly header: readonly string[];
	readonly rows: ReadonlyArray<readonly string[]>;
	readonly align: readonly Align[];
	readonly width: number;
	/** Styles the border characters (dim when colour is on). */
	readonly border: (text: string) => string;
	readonly heading: (text: string) => string;
}

const minColumn = 3;
/** A column narrower than this (when its content is wider) is no longer read, only deciphered. */
const readableColumn = 8;
/** Words longer than this (URLs) may wrap inside a column rather than widen it. */
const longWord = 24;

function naturalWidths(cells: ReadonlyArray<readonly string[]>, columns: number): number[] {
	const widths = Array.from({length: columns}, () => 1);
	for (const row of cells) {
		for (const [index, cell] of row.entries()) {
			for (const line of cell.split('\n')) {
				widths[index] = Math.max(widths[index]!, visibleWidth(line));
			}
		}
	}

	return widths;
}

/** A word a reader takes as an address, which reads as well broken across lines. */
const addressLike = /:\/\/|^www\.|\/.*\//;

/**
The width under which a column would cut its words: its longest word, within limits. With
`wholeWords`, a long word that is not an address (a code span, `mips64el-unknown-linux-muslabi64`)
keeps its whole width; without, it may wrap past `longWord` columns like a URL.
*/
function readableWidths(cells: ReadonlyArray<readonly string[]>, natural: readonly number[], wholeWords: boolean): number[] {
	const longest = natural.map(() => 1);
	for (const row of cells) {
		for (const [index, cell] of row.entries()) {
			for (const word of cell.split(/\s+/)) {
				const width = visibleWidth(word);
				longest[index] = Math.max(longest[index]!, wholeWords && !addressLike.test(word) ? width : Math.min(width, longWord));
			}
		}
	}

	return natural.map((width, index) => Math.min(width, Math.max(Math.min(readableColumn, width), longest[index]!)));
}

/** Shares `available` columns out: every column its minimum, the rest in proportion to what each still wants. */
function fitWidths(natural: readonly number[], minimum: readonly number[], available: number): number[] | undefined {
	const total = natural.reduce((sum, w) => sum + w, 0);
	if (total <= available) {
		return [...natural];
	}

	const widths = [...minimum];
	let room = available - widths.reduce((sum, w) => sum + w, 0);
	if (room < 0) {
		return undefined;
	}

	const wants = natural.map((width, index) => width - widths[index]!);
	const wanted = wants.reduce((sum, w) => sum + w, 0);
	const share = room;
	for (const [index, want] of wants.entries()) {
		const given = Math.min(want, Math.floor(share * want / Math.max(1, wanted)));
		widths[index]! += given;
		room -= given;
	}

	// What rounding left over goes one column at a time to those still short.
	for (let index = 0; room > 0 && index < widths.length * 2; index++) {
		const column = index % widths.length;
		if (widths[column]! < natural[column]!) {
			widths[column]!++;
			room--;
		}
	}

	return widths;
}

function pad(text: string, width: number, align: Align): string {
	const room = Math.max(0, width - visibleWidth(text));
	if (align === 'right') {
		return ' '.repeat(room) + text;
	}

	if (align === 'center') {
		const left = Math.floor(room / 2);
		return ' '.repeat(left) + text + ' '.repeat(room - left);
	}

	return text + ' '.repeat(room);
}

function asRecords(input: TableInput): string {
	const blocks = input.rows.map(row => row
		.map((cell, index) => `${input.heading((input.header[index] ?? '').replaceAll('\n', ' ').trim() || String(index + 1))}: ${cell.replaceAll('\n', ' ')}`)
		.join('\n'));
	return wrapLines(blocks.join('\n\n'), input.width);
}

export function renderTable(input: TableInput): string {
	const columns = Math.max(input.header.length, ...input.rows.map(row => row.length));
	const rows = input.rows.map(row => Array.from({length: columns}, (_, index) => row[index] ?? ''));
	const header = Array.from({length: columns}, (_, index) => input.header[index] ?? '');
	const chrome = (3 * columns) + 1;
	const available = input.width - chrome;
	if (columns === 0 || available < minColumn * columns) {
		return asRecords(input);
	}

	const cells = [header, ...rows];
	const natural = naturalWidths(cells, columns);
	// Whole words first; long ones may wrap when the table cannot fit them all.
	const widths = fitWidths(natural, readableWidths(cells, natural, true), available) ?? fitWidths(natural, readableWidths(cells, natural, false), available);
	if (!widths) {
		return asRecords(input);
	}

	const {border} = input;
	const rule = (left: string, middle: string, right: string) =>
		border(left + widths.map(w => '─'.repeat(w + 2)).join(middle) + right);
	const renderRow = (cells: readonly string[], style: (text: string) => string) => {
		const wrapped = cells.map((cell, index) => wrapLines(cell, widths[index]!).split('\n'));
		const height = Math.max(...wrapped.map(lines => lines.length));
		const lines: string[] = [];
		for (let line = 0; line < height; line++) {
			const parts = wrapped.map((cellLines, index) =>
				pad(style(cellLines[line] ?? ''), widths[index]!, input.align[index] ?? null));
			lines.push(border('│ ') + parts.join(border(' │ ')) + border(' │'));
		}

		return lines;
	};

	return [
		rule('┌', '┬', '┐'),
		...renderRow(header, input.heading),
		rule('├', '┼', '┤'),
		...rows.flatMap(row => renderRow(row, text => text)),
		rule('└', '┴', '┘'),
	].join('\n');
}
