import {shownEntries, type ViewEntries} from './entries.js';
import type {ListView} from '../../navigation/state.js';
import {NamesScreen} from './names.js';
import {TimelineScreen} from './timeline.js';

export interface ListViewScreenProps {
	readonly view: ListView;
	readonly entries: ViewEntries;
	readonly width: number;
	readonly height: number;
	readonly hints: readonly string[];
	readonly notice?: string;
}

/** The view open over the list: the timeline, or the tags, sections or authors picker. */
export function ListViewScreen({view, entries, width, height, hints, notice}: ListViewScreenProps) {
	if (view.kind === 'timeline') {
		return <TimelineScreen entries={entries.entries} undated={entries.left} selected={view.selected} width={width} height={height} hints={hints} notice={notice} />;
	}

	return <NamesScreen kind={view.kind} entries={entries.entries} shown={shownEntries(entries.entries, view.filter)} filter={view.filter} selected={view.selected} width={width} height={height} hints={hints} />;
}
