/**
Where the reader goes on each event: a key's action, typed text, the wheel, a click, a replaced
list. Pure transitions, so every key's effect is testable without a terminal.
*/
import type {Action} from '../keys/keymap.js';
import {editLine, lineEdits, type LineEdit} from '../keys/text-input.js';
import {leaveReader, onAction, setQuery} from './list-keys.js';
import {findStep, typeDigits} from './reader-keys.js';
import {lineOf, screenOf} from './screen.js';
import {clamp, readerTop, scrollBy, select} from './scroll.js';
import type {Navigation, NavigationEvent, Viewport} from './state.js';
import {withViewFilter} from './view-keys.js';

function withLine(state: Navigation, text: string): Navigation {
	if (text === lineOf(state)) {
		return state;
	}

	const screen = screenOf(state);
	switch (screen) {
		case 'search':
			return setQuery(state, text);
		case 'find':
			return {...state, find: {text, editing: true}};
		case 'outline':
			return {...state, outline: {filter: text, selected: 0}};
		case 'prompt':
			return state.prompt ? {...state, prompt: {...state.prompt, text}} : state;
		case 'picker':
			return withViewFilter(state, text);
		default:
			return state;
	}
}

function onScroll(state: Navigation, action: Action, viewport: Viewport): Navigation | undefined {
	if (state.view === 'help') {
		const top = scrollBy(state.helpTop, action, viewport.lineCount, viewport.pageHeight);
		return top === undefined ? undefined : {...state, helpTop: top};
	}

	if (state.view === 'output') {
		const top = scrollBy(state.outputTop, action, viewport.lineCount, viewport.pageHeight);
		return top === undefined ? undefined : {...state, outputTop: top};
	}

	if (state.view === 'reader') {
		if (viewport.lineCount === 0) {
			return undefined;
		}

		const current = readerTop(state, viewport);
		const top = scrollBy(current, action, viewport.lineCount, viewport.pageHeight);
		if (top === undefined) {
			return undefined;
		}

		// Scrolling before the post is whole means the reader chose a place: the search's first hit
		// no longer pulls the view there once the post finishes rendering.
		const find = state.find?.land ? {...state.find, land: false} : state.find;
		return {...state, find, readerTop: top, readerTotal: viewport.lineCount, readerBlocks: viewport.blocks};
	}

	return undefined;
}

/**
The selection follows its post to its new place; a post that is gone cannot stay open. A post
opened after the list changed (Enter on the new list, before this event) is one of the new
list's, and stays open.
*/
function moved(state: Navigation, index: number, offset: number, viewport: Viewport, reading = true): Navigation {
	if (index < 0) {
		const leave = state.view === 'reader' && reading;
		return select({...state, view: leave ? 'list' : state.view, helpFrom: leave ? 'list' : state.helpFrom}, state.selected, viewport);
	}

	// A list at its top stays there while the selection fits: posts that arrived above it are seen.
	const top = state.listTop === 0 && index < viewport.listHeight ? 0 : clamp(index - offset, 0, Math.max(0, viewport.count - 1));
	return select({...state, listTop: top}, index, viewport);
}

/** The wheel scrolls what the screen shows: the selection on the list, the text elsewhere. */
function onWheel(state: Navigation, lines: number, viewport: Viewport): Navigation {
	if (state.view === 'list') {
		return state.listView === undefined ? select({...state, searching: false}, state.selected + Math.sign(lines), viewport) : state;
	}

	const action: Action = lines < 0 ? 'line-up' : 'line-down';
	let next = state;
	for (let step = 0; step < Math.abs(lines); step++) {
		next = onScroll(next, action, viewport) ?? next;
	}

	return next;
}

/** A click on a post's row (below the list's header line) opens it. */
function onClick(state: Navigation, row: number, viewport: Viewport): Navigation {
	if (state.view !== 'list' || state.listView !== undefined || row < 1 || row > viewport.listHeight) {
		return state;
	}

	const index = state.listTop + row - 1;
	if (index >= viewport.count) {
		return state;
	}

	return onAction(select({...state, searching: false}, index, viewport), 'open', viewport);
}

function onEvent(state: Navigation, event: NavigationEvent, viewport: Viewport): Navigation {
	switch (event.type) {
		case 'type': {
			const line = lineOf(state);
			if (line === undefined) {
				return screenOf(state) === 'links' ? typeDigits(state, event.text, viewport) : state;
			}

			return withLine(state, line + event.text);
		}

		case 'land-anchor':
			return state.view === 'reader' && state.followedAnchor !== undefined ? landOnAnchor(state, state.followedAnchor, viewport) : state;
		case 'land':
			return state.view === 'reader' && state.find?.land ? findStep(state, 'next', viewport, 0) : state;

		case 'moved':
			return moved(state, event.index, event.offset, viewport, event.reading);
		case 'resume':
			return state.view === 'reader' ? {...state, readerTop: clamp(event.top, 0, Math.max(0, viewport.lineCount - viewport.pageHeight)), readerTotal: viewport.lineCount, readerBlocks: viewport.blocks} : state;
		case 'open-post': {
			const opened = {...leaveReader(state), view: 'reader' as const, searching: false, readerTop: 0, readerTotal: 0};
			return event.index === undefined ? {...opened, followed: event.slug} : select(opened, event.index, viewport);
		}
		case 'wheel':
			return onWheel(state, event.lines, viewport);
		case 'click':
			return onClick(state, event.row, viewport);
		case 'notice':
			return {...state, notice: event.text};
		case 'show-output':
			return {...state, view: 'output', outputTop: 0, prompt: undefined};
		case 'action': {
			const line = lineOf(state);
			if (line !== undefined && lineEdits.has(event.action)) {
				// The line stays open even when there is nothing left to delete: the next letter is typed.
				return withLine(state, editLine(line, event.action as LineEdit));
			}

			return onScroll(state, event.action, viewport) ?? onAction(state, event.action, viewport);
		}
	}
}

/** The followed post's heading its link named; a heading the post lacks is said, and the post stays at its top. */
function landOnAnchor(state: Navigation, anchor: string, viewport: Viewport): Navigation {
	const heading = (viewport.headings ?? []).find(candidate => candidate.id === anchor);
	if (heading === undefined) {
		return {...state, followedAnchor: undefined, notice: `no heading #${anchor} in this post`};
	}

	return {...state, followedAnchor: undefined, readerTop: clamp(heading.line, 0, Math.max(0, viewport.lineCount - viewport.pageHeight)), readerTotal: viewport.lineCount, readerBlocks: viewport.blocks};
}

export function navigate(state: Navigation, event: NavigationEvent, viewport: Viewport): Navigation {
	// A notice answers the key before; any later event (bar the list being replaced) clears it.
	const current = state.notice === '' || event.type === 'moved' || event.type === 'notice' ? state : {...state, notice: ''};
	return onEvent(current, event, viewport);
}
