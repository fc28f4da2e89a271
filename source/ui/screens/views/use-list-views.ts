import {useMemo} from 'react';
import type {Post} from '../../../archive/post.js';
import type {Ranked} from '../../../search/rank.js';
import {countSections} from '../../../search/sections.js';
import {sanitizeLine} from '../../../text/sanitize.js';
import {columnsOf} from '../../../text/fit.js';
import {rankOfSlug, sortInEffect, sortRanked, type SortOrder} from '../../../search/sort-order.js';
import {viewEntries, type ViewEntries, type ViewKind} from './entries.js';
import type {ViewsPort} from '../../navigation/state.js';

export interface ListViews {
	/** The matches in the order in effect: what the list shows and the reader's `]` `[` walk. */
	readonly matches: Ranked;
	readonly order: SortOrder;
	/** What the navigation asks of the views (their entries, where a post goes when sorted). */
	readonly port: ViewsPort;
	/** The posts come from more than one section: the rows say which, in a column this wide (else 0). */
	readonly sectionColumns: number;
}

/**
The list's views over `posts` (the shown section's): the matches sorted as chosen, and each
view's entries, made when the view is first opened and kept while the posts stay the same.
*/
export function useListViews(posts: readonly Post[], found: Ranked, chosen: SortOrder | undefined, selected: number, sections?: ReadonlyArray<string | null>): ListViews {
	const order = sortInEffect(chosen, found.query.include.length > 0);
	const matches = useMemo(() => sortRanked(found, order, posts), [found, order, posts]);
	const sectionColumns = useMemo(() => {
		// `posts` are only the archive's first: its sections are given, so the column stays as it will be.
		if (sections !== undefined) {
			return sections.length < 2 ? 0 : Math.max(...sections.map(section => columnsOf(sanitizeLine(section ?? ''))));
		}

		// Most blogs have one section: a glance at each post says so without counting.
		const first = posts[0]?.section;
		if (posts.every(post => post.section === first)) {
			return 0;
		}

		const counted = countSections(posts);
		return counted.length < 2 ? 0 : Math.max(...counted.map(({section}) => columnsOf(sanitizeLine(section ?? ''))));
	}, [posts, sections]);
	const made = useMemo(() => new Map<ViewKind, ViewEntries>(), [posts]);
	const slug = selected < matches.length ? matches.post(selected).slug : undefined;
	const port = useMemo<ViewsPort>(() => ({
		entries(kind) {
			let entries = made.get(kind);
			if (entries === undefined) {
				entries = viewEntries(kind, posts);
				made.set(kind, entries);
			}

			return entries;
		},
		rankIn: next => (slug === undefined ? 0 : rankOfSlug(sortRanked(found, sortInEffect(next, found.query.include.length > 0), posts), slug)),
	}), [made, posts, found, slug]);
	return {matches, order, port, sectionColumns};
}
