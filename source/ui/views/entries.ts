/**
What the list's views show: the tags, the timeline, the sections and the authors of the posts
in the list's section, one entry a row, each with the filter Enter puts into the search line.
Pure (no Ink), so the navigation can pick an entry the same way the screen draws it.
*/
import Fuse from 'fuse.js';
import type {Post} from '../../archive/post.js';
import {filterValue} from '../../search/filter-text.js';
import {countAuthors, countSections} from '../../search/sections.js';
import {countTags} from '../../search/tag-counts.js';
import {periodFilter, timelineOf} from '../../search/timeline.js';

export type ViewKind = 'tags' | 'timeline' | 'sections' | 'authors';

export interface ViewEntry {
	/** What the row names, and what typing filters on (a tag, `2019`, `2019-03`, a section). */
	readonly label: string;
	readonly count: number;
	/** The query text Enter puts into the search line (`tag:p2p`, `year:2019`). */
	readonly filter: string;
	/** 1 for a month under its year in the timeline; 0 otherwise. */
	readonly level: number;
	/** Timeline years: the busiest year's count, that the year's bar is scaled to. */
	readonly widest?: number;
}

export interface ViewEntries {
	readonly kind: ViewKind;
	readonly entries: readonly ViewEntry[];
	/** Posts the view leaves out (the timeline's undated posts). */
	readonly left: number;
}

/** The filters a view's choice replaces in the search line (another tag replaces a tag). */
export const replacedKeys: Readonly<Record<ViewKind, readonly string[]>> = {
	tags: ['tag'],
	timeline: ['year', 'after', 'before'],
	sections: ['section'],
	authors: ['author'],
};

/** The name the sections view gives the posts outside every sub-blog. */
export const mainSection = '(main)';

export function viewEntries(kind: ViewKind, posts: readonly Post[]): ViewEntries {
	switch (kind) {
		case 'tags':
			return {kind, left: 0, entries: countTags(posts).map(({tag, count}) => ({label: tag, count, filter: `tag:${filterValue(tag)}`, level: 0}))};
		case 'authors':
			return {kind, left: 0, entries: countAuthors(posts).map(({author, count}) => ({label: author, count, filter: `author:${filterValue(author)}`, level: 0}))};
		case 'sections': {
			const sections = countSections(posts);
			const named = sections.flatMap(({section}) => (section === null ? [] : [section]));
			return {
				kind,
				left: 0,
				// The main blog has no folder of its own: it is every post outside the sub-blogs.
				entries: sections.map(({section, count}) => ({
					label: section ?? mainSection,
					count,
					filter: section === null ? named.map(name => `-section:${filterValue(name)}`).join(' ') : `section:${filterValue(section)}`,
					level: 0,
				})),
			};
		}

		case 'timeline': {
			const timeline = timelineOf(posts);
			const entries: ViewEntry[] = [];
			for (const year of timeline.years) {
				entries.push({label: year.year, count: year.count, filter: periodFilter(year.year), level: 0, widest: timeline.widest});
				for (const month of year.months) {
					entries.push({label: month.month, count: month.count, filter: periodFilter(month.month), level: 1});
				}
			}

			return {kind, left: timeline.undated, entries};
		}
	}
}

const searchers = new WeakMap<readonly ViewEntry[], Fuse<ViewEntry>>();

/**
The entries whose label matches `filter` fuzzily (fuse.js: letters in order, a typo forgiven),
best first; all of them, in their order, for an empty filter. A view holds a few hundred labels
at most, well within what fuse.js reads in a keystroke.
*/
export function shownEntries(entries: readonly ViewEntry[], filter: string): readonly ViewEntry[] {
	const text = filter.trim();
	if (text === '') {
		return entries;
	}

	let fuse = searchers.get(entries);
	if (fuse === undefined) {
		fuse = new Fuse([...entries], {keys: ['label'], threshold: 0.3, ignoreLocation: true});
		searchers.set(entries, fuse);
	}

	return fuse.search(text).map(result => result.item);
}
