/**
The list's views as navigation: `s` sorts, `#` `T` `S` `A` open the tags, timeline, sections and
authors over the list, and Enter there puts the entry's filter into the search line. Pure
transitions on the navigation state, wired in from list-keys.ts.
*/
import type {Action} from '../keys/keymap.js';
import type {ListView, Navigation, Viewport} from './state.js';
import {clamp, pickerStep} from './scroll.js';
import {parseQuery} from '../../search/query.js';
import {nextSort, sortInEffect} from '../../search/sort-order.js';
import {withFilter} from '../../search/filter-text.js';
import {replacedKeys, shownEntries, type ViewKind} from '../screens/views/entries.js';

const opens: Partial<Record<Action, ViewKind>> = {tags: 'tags', timeline: 'timeline', sections: 'sections', authors: 'authors'};

/** Whether the query has words to rank by (else relevance is no order at all). */
export function queryRanks(query: string): boolean {
	const parsed = parseQuery(query);
	return parsed.include.length > 0;
}

const none: Record<ViewKind, string> = {
	tags: 'no tags in this list',
	timeline: 'no dated posts in this list',
	sections: 'this archive has one section',
	authors: 'no authors in this list',
};

/** The list's own keys for the views; undefined for every other action. */
export function onListViews(state: Navigation, action: Action, viewport: Viewport): Navigation | undefined {
	if (state.view !== 'list') {
		return undefined;
	}

	if (state.listView !== undefined) {
		return onOpenView(state, state.listView, action, viewport);
	}

	if (action === 'sort') {
		const ranked = queryRanks(state.query);
		const order = nextSort(sortInEffect(state.sort, ranked), ranked);
		const index = viewport.views?.rankIn(order) ?? 0;
		const offset = state.selected - state.listTop;
		const selected = Math.max(0, index);
		const listTop = clamp(selected - offset, 0, Math.max(0, viewport.count - viewport.listHeight));
		// Back at the query's own order, nothing is chosen: a query typed later ranks by relevance.
		const sort = order === sortInEffect(undefined, ranked) ? undefined : order;
		return {...state, searching: false, sort, selected, listTop: clamp(listTop, selected - viewport.listHeight + 1, selected), notice: `sorted by ${order === 'relevance' ? 'relevance' : order === 'title' ? 'title' : `${order} first`}`};
	}

	const kind = opens[action];
	if (kind === undefined || viewport.views === undefined) {
		return undefined;
	}

	const {entries} = viewport.views.entries(kind);
	// One section is no choice: the main blog alone has nothing to pick.
	if (entries.length === 0 || (kind === 'sections' && entries.length < 2)) {
		return {...state, searching: false, notice: none[kind]};
	}

	return {...state, searching: false, listView: {kind, filter: '', selected: 0}};
}

function onOpenView(state: Navigation, view: ListView, action: Action, viewport: Viewport): Navigation {
	const entries = viewport.views?.entries(view.kind).entries ?? [];
	const shown = shownEntries(entries, view.filter);
	const moved = pickerStep(action, view.selected, shown.length, viewport.listHeight);
	if (moved !== undefined) {
		return {...state, listView: {...view, selected: moved}};
	}

	switch (action) {
		case 'open': {
			const entry = shown[view.selected];
			if (entry === undefined) {
				return state;
			}

			// The list starts at the top of its new results, as a typed query does.
			return {...state, listView: undefined, query: withFilter(state.query, entry.filter, replacedKeys[view.kind]), selected: 0, listTop: 0};
		}

		case 'back':
			return {...state, listView: undefined};
		default:
			return state;
	}
}

/** The filter line of a picker, for the line editing every text screen shares. */
export function withViewFilter(state: Navigation, text: string): Navigation {
	return state.listView === undefined ? state : {...state, listView: {...state.listView, filter: text, selected: 0}};
}
