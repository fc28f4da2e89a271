/** Where the selected post went when the archive under the list was replaced (a reload, the check). */
import type {Archive} from '../../../archive/post.js';
import type {Ranked} from '../../../search/rank.js';
import {listTopFor} from '../../navigation/scroll.js';
import type {Navigation, NavigationEvent} from '../../navigation/state.js';

/** The list of the last frame drawn, to find the selected post again in a replaced archive. */
export interface Shown {
	readonly archive: Archive;
	readonly matches: Ranked;
}

/**
When the archive was replaced since the last frame: where the selected post went. Keys pressed
before the new archive arrived moved the selection in the old list, so it is read there.
*/
export function movedSelection(state: Navigation, shown: Shown | undefined, archive: Archive, matches: Ranked, listHeight: number): NavigationEvent | undefined {
	if (shown === undefined || shown.archive === archive || shown.matches.length === 0) {
		return undefined;
	}

	const before = Math.min(state.selected, shown.matches.length - 1);
	const top = listTopFor(state.listTop, before, listHeight, shown.matches.length);
	return {type: 'moved', index: rankOf(matches, shown.matches.post(before).slug), offset: before - top, reading: state.view !== 'list'};
}

export function rankOf(matches: Ranked, slug: string): number {
	for (let rank = 0; rank < matches.length; rank++) {
		if (matches.post(rank).slug === slug) {
			return rank;
		}
	}

	return -1;
}
