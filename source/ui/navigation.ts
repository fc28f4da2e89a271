/**
Where the reader is: which screen, the query, the selection and the scroll positions. Pure
transitions, so every key's effect is testable without a terminal.
*/
import type {Action, Screen} from './keymap.js';
import {editLine, lineEdits, type LineEdit} from './text-input.js';

export type View = 'list' | 'reader' | 'output' | 'help';

/** A command line open over the reader (`|`): what it is for and what is typed so far. */
export interface Prompt {
	readonly purpose: 'pipe';
	readonly text: string;
}

/** Posts, or the `type=page` entries a blog keeps beside them. */
export type Section = 'posts' | 'pages';

export interface Navigation {
	readonly view: View;
	readonly section: Section;
	/** The search line is open (on the list). */
	readonly searching: boolean;
	readonly query: string;
	/** Index into the current (filtered) list. */
	readonly selected: number;
	readonly listTop: number;
	/** First reader line shown, counted in a rendering of `readerTotal` lines (see `readerTop`). */
	readonly readerTop: number;
	readonly readerTotal: number;
	/** The first line of each block in that rendering (the document's `blocks`), when known. */
	readonly readerBlocks?: readonly number[];
	readonly helpTop: number;
	readonly helpFrom: 'list' | 'reader';
	/** The command line over the reader, while it is open. */
	readonly prompt: Prompt | undefined;
	/** First line shown of a command's output (the `output` view). */
	readonly outputTop: number;
	/** A one-line note for the status line (`last post of the list`), until the next key. */
	readonly notice: string;
}

/** What the transitions need to know about the screen as it is drawn now. */
export interface Viewport {
	/** Posts in the current list. */
	readonly count: number;
	/** Rows of posts visible. */
	readonly listHeight: number;
	/** Lines of text visible in the reader or the help. */
	readonly pageHeight: number;
	/** Lines the open post (or the help) has at the current width; 0 while it renders. */
	readonly lineCount: number;
	/** The first line of each block of the open post's source, at the current width. */
	readonly blocks?: readonly number[];
}

export type NavigationEvent =
	| {readonly type: 'action'; readonly action: Action}
	| {readonly type: 'type'; readonly text: string}
	/** The mouse wheel: lines (or list rows) to scroll, negative is up. */
	| {readonly type: 'wheel'; readonly lines: number}
	/** A click on a row of the screen, 0 at the top. */
	| {readonly type: 'click'; readonly row: number}
	/** Something happened that the status line should say (what was copied, how a command ended). */
	| {readonly type: 'notice'; readonly text: string}
	/** A command's output arrived: show it. */
	| {readonly type: 'show-output'}
	/**
	The list changed under the reader (the archive was checked and replaced): the selected post is
	now at `index`, or gone (-1). It stays `offset` rows below the top of the list, as it was.
	*/
	| {readonly type: 'moved'; readonly index: number; readonly offset: number};

export const initialNavigation: Navigation = {
	view: 'list',
	section: 'posts',
	searching: false,
	query: '',
	selected: 0,
	listTop: 0,
	readerTop: 0,
	readerTotal: 0,
	helpTop: 0,
	helpFrom: 'list',
	prompt: undefined,
	outputTop: 0,
	notice: '',
};

export function screenOf(state: Navigation): Screen {
	if (state.view === 'reader' && state.prompt !== undefined) {
		return 'prompt';
	}

	return state.view === 'list' && state.searching ? 'search' : state.view;
}

/** The text of the line the screen edits, if it edits one (see text-input.ts). */
export function lineOf(state: Navigation): string | undefined {
	const screen = screenOf(state);
	if (screen === 'search') {
		return state.query;
	}

	return screen === 'prompt' ? state.prompt?.text : undefined;
}

function withLine(state: Navigation, text: string): Navigation {
	if (text === lineOf(state)) {
		return state;
	}

	const screen = screenOf(state);
	if (screen === 'search') {
		return setQuery(state, text);
	}

	return screen === 'prompt' && state.prompt ? {...state, prompt: {...state.prompt, text}} : state;
}

function clamp(value: number, min: number, max: number): number {
	return Math.max(min, Math.min(max, value));
}

/** The smallest scroll that keeps `selected` on screen. */
export function listTopFor(top: number, selected: number, height: number, count: number): number {
	const visible = Math.max(1, height);
	const scrolled = clamp(top, selected - visible + 1, selected);
	return clamp(scrolled, 0, Math.max(0, count - visible));
}

/**
The same place in another rendering of the post: the block that was at the top stays at the top
(and as far into it as it fits), so a resize never jumps into another paragraph.
*/
function sameBlock(top: number, before: readonly number[], after: readonly number[], lineCount: number): number {
	let block = 0;
	while (block + 1 < before.length && before[block + 1]! <= top) {
		block++;
	}

	const start = after[block]!;
	const end = block + 1 < after.length ? after[block + 1]! : lineCount;
	return start + Math.min(top - before[block]!, Math.max(0, end - start - 1));
}

/**
The reader's top line for a rendering of `lineCount` lines. When a resize re-wraps the post, the
block at the top stays there (when both renderings know their blocks), else the same fraction of
the post stays above the screen.
*/
export function readerTop(state: Navigation, lineCount: number | Viewport, pageHeight?: number, blocks?: readonly number[]): number {
	const viewport = typeof lineCount === 'number' ? {lineCount, pageHeight: pageHeight ?? 0, blocks} : lineCount;
	const total = viewport.lineCount;
	const rewrapped = state.readerTotal > 0 && total > 0 && (total !== state.readerTotal || (viewport.blocks !== undefined && state.readerBlocks !== undefined && viewport.blocks !== state.readerBlocks));
	let top = state.readerTop;
	if (rewrapped) {
		const before = state.readerBlocks;
		const after = viewport.blocks;
		top = before && after && before.length === after.length && before.length > 0 && before[0]! <= state.readerTop
			? sameBlock(state.readerTop, before, after, total)
			: Math.round(state.readerTop * total / state.readerTotal);
	}

	return clamp(top, 0, Math.max(0, total - viewport.pageHeight));
}

function scrollBy(top: number, action: Action, lineCount: number, pageHeight: number): number | undefined {
	const page = Math.max(1, pageHeight);
	const half = Math.max(1, Math.floor(page / 2));
	const steps: Partial<Record<Action, number>> = {
		'line-up': -1,
		'line-down': 1,
		'page-up': -page,
		'page-down': page,
		'half-page-up': -half,
		'half-page-down': half,
		top: -Infinity,
		bottom: Infinity,
	};
	const step = steps[action];
	if (step === undefined) {
		return undefined;
	}

	return clamp(top + step, 0, Math.max(0, lineCount - pageHeight));
}

function select(state: Navigation, selected: number, viewport: Viewport): Navigation {
	const index = clamp(selected, 0, Math.max(0, viewport.count - 1));
	return {...state, selected: index, listTop: listTopFor(state.listTop, index, viewport.listHeight, viewport.count)};
}

function setQuery(state: Navigation, query: string): Navigation {
	// Results are ranked best first, so a new query starts at the top.
	return {...state, query, selected: 0, listTop: 0};
}

function onAction(state: Navigation, action: Action, viewport: Viewport): Navigation {
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
		case 'open':
			return viewport.count > 0 ? {...state, view: 'reader', readerTop: 0, readerTotal: 0} : state;
		case 'search':
			return {...state, searching: true};
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

			return {...select(state, next, viewport), readerTop: 0, readerTotal: 0};
		}

		case 'help':
			return {...state, view: 'help', helpTop: 0, helpFrom: state.view === 'reader' ? 'reader' : 'list'};
		case 'back':
			if (state.view === 'help') {
				return {...state, view: state.helpFrom};
			}

			return state.view === 'output' ? {...state, view: 'reader'} : {...state, view: 'list'};
		case 'pipe':
			return {...state, prompt: {purpose: 'pipe', text: ''}};
		case 'accept-prompt':
		case 'cancel-prompt':
			return {...state, prompt: undefined};
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
		return top === undefined ? undefined : {...state, readerTop: top, readerTotal: viewport.lineCount, readerBlocks: viewport.blocks};
	}

	return undefined;
}

/** The selection follows its post to its new place; a post that is gone cannot stay open. */
function moved(state: Navigation, index: number, offset: number, viewport: Viewport): Navigation {
	if (index < 0) {
		return select({...state, view: state.view === 'reader' ? 'list' : state.view, helpFrom: 'list'}, state.selected, viewport);
	}

	const top = clamp(index - offset, 0, Math.max(0, viewport.count - 1));
	return select({...state, listTop: top}, index, viewport);
}

/** The wheel scrolls what the screen shows: the selection on the list, the text elsewhere. */
function onWheel(state: Navigation, lines: number, viewport: Viewport): Navigation {
	if (state.view === 'list') {
		return select({...state, searching: false}, state.selected + Math.sign(lines), viewport);
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
	if (state.view !== 'list' || row < 1 || row > viewport.listHeight) {
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
			return line === undefined ? state : withLine(state, line + event.text);
		}

		case 'moved':
			return moved(state, event.index, event.offset, viewport);
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

export function navigate(state: Navigation, event: NavigationEvent, viewport: Viewport): Navigation {
	// A notice answers the key before; any later event (bar the list being replaced) clears it.
	const current = state.notice === '' || event.type === 'moved' || event.type === 'notice' ? state : {...state, notice: ''};
	return onEvent(current, event, viewport);
}
