import {visibleWidth, wrapLines} from './wrap.js';

/**
Tables drawn to fit the width. marked-terminal's cli-table3 tables ignore `width`; here columns
shrink (their cells wrap) until the table fits, and a table that cannot fit even with narrow
columns is shown as one `header: value` block per row.
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

/** Shares `available` columns out: narrow columns keep their width, wide ones split the rest. */
function fitWidths(natural: readonly number[], available: number): number[] {
	const widths = [...natural];
	let total = widths.reduce((sum, w) => sum + w, 0);
	while (total > available) {
		const widest = Math.max(...widths);
		if (widest <= minColumn) {
			break;
		}

		const index = widths.indexOf(widest);
		const secondWidest = Math.max(minColumn, ...widths.filter((_, i) => i !== index && widths[i]! < widest));
		const cut = Math.min(total - available, Math.max(1, widest - secondWidest));
		widths[index] = widest - cut;
		total -= cut;
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
		.map((cell, index) => `${input.heading(input.header[index] ?? '')}: ${cell}`)
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

	const widths = fitWidths(naturalWidths([header, ...rows], columns), available);
	if (widths.reduce((sum, w) => sum + w, 0) > available) {
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
