import {barOf} from '../../../search/timeline.js';
import {useTheme} from '../../theme.js';
import type {ViewEntry} from './entries.js';
import {PickerScreen, type PickerRow} from '../../components/picker.js';
import {StatusLine} from '../../components/status-line.js';

export interface TimelineScreenProps {
	/** Years (level 0) each followed by its months (level 1), newest first. */
	readonly entries: readonly ViewEntry[];
	/** Posts with no date, in no year. */
	readonly undated: number;
	readonly selected: number;
	readonly width: number;
	readonly height: number;
	readonly hints: readonly string[];
	readonly notice?: string;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Posts by year and month with counts, a bar per year scaled to the busiest; Enter filters to one. */
export function TimelineScreen({entries, undated, selected, width, height, hints, notice = ''}: TimelineScreenProps) {
	const theme = useTheme();
	const digits = String(Math.max(0, ...entries.map(entry => entry.count))).length;
	// Room left after the marker, the label column and the count.
	const barColumns = Math.max(0, Math.min(30, width - 2 - 14 - digits - 2));
	const rows: PickerRow[] = entries.map(entry => {
		const count = {text: String(entry.count).padStart(digits), style: theme.count};
		if (entry.level === 0) {
			return [{text: entry.label.padEnd(14), style: theme.heading}, count, {text: '  '}, {text: barOf(entry.count, entry.widest ?? entry.count, barColumns), style: theme.tags}];
		}

		const month = monthNames[Number(entry.label.slice(5, 7)) - 1] ?? '';
		return [{text: `  ${entry.label} ${month}`.padEnd(14)}, count];
	});
	const years = entries.filter(entry => entry.level === 0);
	const total = years.reduce((sum, year) => sum + year.count, 0);
	const span = years.length === 0 ? '' : ` · ${years.at(-1)!.label}–${years[0]!.label}`;
	return (
		<PickerScreen
			title={`Timeline · ${total} dated post${total === 1 ? '' : 's'}${span}${undated > 0 ? ` · ${undated} undated` : ''}`}
			rows={rows}
			selected={Math.min(selected, Math.max(0, rows.length - 1))}
			width={width}
			height={height}
			empty="no dated posts"
			footer={<StatusLine hints={hints} notice={notice} width={width} />}
		/>
	);
}
