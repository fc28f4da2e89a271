/** Which screen a state shows, and the line of text it edits, if any. */
import type {Screen} from '../keys/keymap.js';
import type {Navigation} from './state.js';

export function screenOf(state: Navigation): Screen {
	if (state.view === 'reader') {
		if (state.prompt !== undefined) {
			return 'prompt';
		}

		if (state.find?.editing) {
			return 'find';
		}

		if (state.outline !== undefined) {
			return 'outline';
		}

		if (state.links !== undefined) {
			return 'links';
		}

		if (state.related !== undefined) {
			return 'related';
		}
	}

	if (state.view === 'list' && state.listView !== undefined) {
		return state.listView.kind === 'timeline' ? 'timeline' : 'picker';
	}

	return state.view === 'list' && state.searching ? 'search' : state.view;
}

/** The text of the line the screen edits, if it edits one (see text-input.ts). */
export function lineOf(state: Navigation): string | undefined {
	const screen = screenOf(state);
	switch (screen) {
		case 'search':
			return state.query;
		case 'find':
			return state.find?.text;
		case 'outline':
			return state.outline?.filter;
		case 'prompt':
			return state.prompt?.text;
		case 'picker':
			return state.listView?.filter;
		default:
			return undefined;
	}
}
