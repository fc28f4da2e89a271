import type {Summary} from './stats.js';

export interface Row {
	readonly measure: string;
	readonly target: string;
	readonly summary: Summary;
	readonly unit: 'ms' | 'MB' | 'KB';
	/** Median over the baseline's median, when the target is a ratio. */
	readonly ratio?: number;
	/** Whether the target holds; absent for rows with no target. */
	readonly met?: boolean;
	/** Extra figure, e.g. p95 or a second ratio. */
	readonly note?: string;
}

function figure(value: number, unit: Row['unit']): string {
	if (unit === 'MB') {
		return (value / 1024 / 1024).toFixed(0);
	}

	if (unit === 'KB') {
		return (value / 1024).toFixed(1);
	}

	return value < 100 ? value.toFixed(1) : value.toFixed(0);
}

function cells(row: Row): string[] {
	const {summary, unit} = row;
	const measured = `${figure(summary.median, unit)} ${unit} (${figure(summary.min, unit)}–${figure(summary.max, unit)}, n=${summary.count})`;
	return [
		row.measure,
		row.target,
		measured,
		row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`,
		row.met === undefined ? '' : (row.met ? 'met' : '**missed**'),
		row.note ?? '',
	];
}

export function markdownTable(rows: readonly Row[]): string {
	const head = ['measure', 'target', 'median (min–max)', 'ratio', 'met', 'notes'];
	const lines = [head, head.map(() => '---'), ...rows.map(row => cells(row))];
	return lines.map(line => `| ${line.join(' | ')} |`).join('\n');
}
