import type {Action} from '../keys/keymap.js';
import {pickerStep} from './scroll.js';
import type {Navigation, Viewport} from './state.js';

/** How the reader opens another post, remembering this place for the history (reader-keys.ts). */
export type OpenPost = (state: Navigation, slug: string, viewport: Viewport) => Navigation;

/** A key on the related posts list: move, open the selected post, or back to the post. */
export function onRelated(state: Navigation, action: Action, viewport: Viewport, open: OpenPost): Navigation {
	const rows = viewport.related ?? [];
	const selected = state.related?.selected ?? 0;
	const moved = pickerStep(action, selected, rows.length, viewport.listHeight);
	if (moved !== undefined) {
		return {...state, related: {selected: moved}};
	}

	switch (action) {
		case 'open': {
			const slug = rows[selected];
			return slug === undefined ? {...state, related: undefined} : open({...state, related: undefined}, slug, viewport);
		}

		case 'back':
			return {...state, related: undefined};
		default:
			return state;
	}
}

/** `}` and `{`: the next or previous part of the open post's series, opened as a followed link is. */
export function onSeries(state: Navigation, action: 'series-next' | 'series-previous', viewport: Viewport, open: OpenPost): Navigation {
	if (viewport.series === undefined) {
		return {...state, notice: 'this post is not part of a series'};
	}

	const slug = action === 'series-next' ? viewport.series.next : viewport.series.previous;
	if (slug === undefined) {
		return {...state, notice: action === 'series-next' ? 'the last part of the series' : 'the first part of the series'};
	}

	return open(state, slug, viewport);
}
