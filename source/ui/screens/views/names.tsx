import {sanitizeLine} from '../../../text/sanitize.js';
import {useTheme} from '../../theme.js';
import type {ViewEntry, ViewKind} from './entries.js';
import {FilterLine} from '../../components/filter-line.js';
import {PickerScreen, type PickerRow} from '../../components/picker.js';

export interface NamesScreenProps {
	readonly kind: Exclude<ViewKind, 'timeline'>;
	/** Every entry of the view, and those the filter keeps (best first). */
	readonly entries: readonly ViewEntry[];
	readonly shown: readonly ViewEntry[];
	readonly filter: string;
	readonly selected: number;
	readonly width: number;
	readonly height: number;
	readonly hints: readonly string[];
}

const titles: Record<NamesScreenProps['kind'], [string, string]> = {
	tags: ['Tags', 'tag'],
	sections: ['Sections', 'section'],
	authors: ['Authors', 'author'],
};

/** Tags, sections or authors with their post counts: type to filter, Enter filters the list by one. */
export function NamesScreen({kind, entries, shown, filter, selected, width, height, hints}: NamesScreenProps) {
	const theme = useTheme();
	const digits = String(Math.max(0, ...entries.map(entry => entry.count))).length;
	const rows: PickerRow[] = shown.map(entry => [
		{text: String(entry.count).padStart(digits), style: theme.count},
		{text: '  '},
		{text: sanitizeLine(entry.label), style: kind === 'tags' ? theme.tags : undefined},
	]);
	const [title, noun] = titles[kind];
	return (
		<PickerScreen
			title={`${title} · ${entries.length} ${noun}${entries.length === 1 ? '' : 's'}`}
			rows={rows}
			selected={Math.min(selected, Math.max(0, rows.length - 1))}
			width={width}
			height={height}
			empty={`no ${noun} matches`}
			footer={<FilterLine text={filter} width={width} note={`${shown.length} of ${entries.length} · ${hints.join(' · ')}`} />}
		/>
	);
}
