import type {Heading} from '../../../render/structure.js';
import type {SeriesPlace} from '../../../search/series.js';
import type {Find} from '../../navigation/state.js';
import type {Hit} from './find.js';
import {sectionAt} from './outline.js';

/** What the reader's status line says before the position: the section on screen, the series part, the find's hit. */
export function readerFacts(headings: readonly Heading[] | undefined, top: number, series: SeriesPlace | undefined, find: Find | undefined, hits: readonly Hit[]): string[] {
	const section = headings ? sectionAt(headings, top) : undefined;
	return [
		...(section ? [section.text] : []),
		...(series ? [`Part ${series.part} of ${series.parts} · ${series.name}`] : []),
		...(find && !find.editing && find.text !== '' ? [hits.length === 0 ? 'no hits' : `hit ${find.current === undefined ? '-' : find.current + 1}/${hits.length}`] : []),
	];
}
