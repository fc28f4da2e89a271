/**
What the list's views show: the tags, the timeline, the sections and the authors of the posts
in the list's section, one entry a row, each with the filter Enter puts into the search line.
Pure (no Ink), so the navigation can pick an entry the same way the screen draws it.
*/
import Fuse from 'fuse.js';
import type {Post} from '../../../archive/post.js';
import {filterValue} from '../../../search/filter-text.js';
import {countAuthors, countSections} from '../../../search/sections.js';
import {countTags} from '../../../search/tag-counts.js';
import {periodFilter, timelineOf} from '../../../search/timeline.js';

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

const closeEnough = 0.41;

const searchers = new WeakMap<readonly ViewEntry[], Fuse<ViewEntry>>();

/** Whether `label` holds the characters of `filter` in order, gaps allowed (`crg` in "cargo"), as fzf reads a filter. */
function inOrder(label: string, filter: string): boolean {
	let at = 0;
	for (const character of label) {
		if (character === filter[at]) {
			at++;
			if (at === filter.length) {
				return true;
			}
		}
	}

	return filter.length === 0;
}

/**
The entries whose label matches `filter`: fuse.js's matches first, best first (a typo or a
swapped letter forgiven), then those holding its characters in order with gaps, as fzf finds
them, in their own order; all of them, in their order, for an empty filter. A view holds a few
hundred labels at most, well within what fuse.js reads in a keystroke.
*/
export function shownEntries(entries: readonly ViewEntry[], filter: string): readonly ViewEntry[] {
	const text = filter.trim();
	if (text === '') {
		return entries;
	}

	let fuse = searchers.get(entries);
	if (fuse === undefined) {
		fuse = new Fuse([...entries], {keys: ['label'], threshold: 0.5, ignoreLocation: true, includeScore: true});
		searchers.set(entries, fuse);
	}

	// fuse.js's threshold bounds its inner match, not the score it reports: a loose threshold and a
	// cut on the score keep a swapped letter (`cagro`, 0.4) and drop names that merely share a
	// few letters ("Pietro Albini" for `turon`, 0.52).
	const found = fuse.search(text).filter(result => (result.score ?? 1) <= closeEnough).map(result => result.item);
	const taken = new Set(found);
	const folded = text.toLowerCase().replaceAll(/\s+/g, '');
	return [...found, ...entries.filter(entry => !taken.has(entry) && inOrder(entry.label.toLowerCase(), folded))];
}
