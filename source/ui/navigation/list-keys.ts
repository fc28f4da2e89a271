/** The keys of the list and of every screen: moving, opening, searching, help, back, the pipe prompt. */
import type {Action} from '../keys/keymap.js';
import {onReading} from './reader-keys.js';
import {select} from './scroll.js';
import type {Navigation, Viewport} from './state.js';
import {onListViews} from './view-keys.js';

export function setQuery(state: Navigation, query: string): Navigation {
	// Results are ranked best first, so a new query starts at the top.
	return {...state, query, selected: 0, listTop: 0};
}

export function onAction(state: Navigation, action: Action, viewport: Viewport): Navigation {
	if (state.view === 'reader' && (state.outline !== undefined || state.links !== undefined || state.related !== undefined)) {
		return onReading(state, action, viewport);
	}

	const viewed = onListViews(state, action, viewport);
	if (viewed !== undefined) {
		return viewed;
	}

	const page = Math.max(1, viewport.listHeight);
	switch (action) {
		case 'select-previous':
			return select({...state, searching: false}, state.selected - 1, viewport);
		case 'select-next':
			return select({...state, searching: false}, state.selected + 1, viewport);
		case 'select-page-up':
			return select(state, state.selected - page, viewport);
		case 'select-page-down':
			return select(state, state.selected + page, viewport);
		case 'select-first':
			return select(state, 0, viewport);
		case 'select-last':
			return select(state, viewport.count - 1, viewport);
		case 'open': {
			if (viewport.count === 0) {
				return state;
			}

			// From a search of the list, the post opens at the first hit of the query's words.
			const words = landingText(state.query);
			return {...leaveReader(state), view: 'reader', readerTop: 0, readerTotal: 0, find: words === '' ? undefined : {text: words, editing: false, land: true, fromSearch: true}};
		}
		case 'search':
			return {...state, searching: true};
		case 'preview':
			return viewport.previewFits === false ? {...state, notice: 'the terminal is too narrow for the preview: it needs 120 columns'} : {...state, preview: state.preview !== true};
		case 'toggle-pages':
			return {...state, section: state.section === 'posts' ? 'pages' : 'posts', searching: false, selected: 0, listTop: 0};
		case 'accept-search':
			return {...state, searching: false};
		case 'clear-search':
			return setQuery({...state, searching: false}, '');
		case 'next-post':
		case 'previous-post': {
			const next = state.selected + (action === 'next-post' ? 1 : -1);
			if (next < 0 || next >= viewport.count) {
				return {...state, notice: next < 0 ? 'first post of the list' : 'last post of the list'};
			}

			return {...select(leaveReader(state), next, viewport), readerTop: 0, readerTotal: 0};
		}

		case 'help':
			return {...state, view: 'help', helpTop: 0, helpFrom: state.view === 'reader' ? 'reader' : 'list'};
		case 'back':
			if (state.view === 'help') {
				return {...state, view: state.helpFrom};
			}

			if (state.view === 'output') {
				return {...state, view: 'reader'};
			}

			// Esc (or q) clears a find typed in the post before it leaves the post.
			return state.view === 'reader' && state.find !== undefined && !state.find.fromSearch ? {...state, find: undefined} : {...leaveReader(state), view: 'list'};
		case 'pipe':
			return {...state, prompt: {purpose: 'pipe', text: ''}};
		case 'accept-prompt':
		case 'cancel-prompt':
			return {...state, prompt: undefined};
		default:
			return state.view === 'reader' ? onReading(state, action, viewport) : state;
	}
}

/** The reader's state of one post: a find, a followed link and the history end with it. */
export function leaveReader(state: Navigation): Navigation {
	return {...state, find: undefined, outline: undefined, links: undefined, related: undefined, followed: undefined, followedAnchor: undefined, history: undefined, future: undefined, footnoteReturn: undefined};
}

/**
The text a post opened from a search lands on: the query's first plain word (or quoted phrase),
leaving out filters (`tag:x`) and excluded words (`-draft`).
*/
export function landingText(query: string): string {
	for (const match of query.matchAll(/"([^"]*)"?|(\S+)/g)) {
		const phrase = match[1]?.trim();
		if (phrase) {
			return phrase;
		}

		const word = match[2];
		if (word !== undefined && !word.startsWith('-') && !/^[\p{L}\d_-]+:/u.test(word)) {
			return word;
		}
	}

	return '';
}
