/**
Where the reader is: which screen, the query, the selection and the scroll positions. Pure
transitions, so every key's effect is testable without a terminal.
*/
import type {Footnote, Heading, Link} from '../render/structure.js';
import type {Action, Screen} from './keymap.js';
import {stepHit, type Hit} from './reading/find.js';
import {filterHeadings, sectionAt} from './reading/outline.js';
import {editLine, lineEdits, type LineEdit} from './text-input.js';
import {onRelated, onSeries, type RelatedList} from './reading/related-keys.js';
import type {SortOrder} from '../search/sort-order.js';
import {onListViews, withViewFilter, type ListView, type ViewsPort} from './views/view-state.js';

export type View = 'list' | 'reader' | 'output' | 'help';

/** A command line open over the reader (`|`): what it is for and what is typed so far. */
export interface Prompt {
	readonly purpose: 'pipe';
	readonly text: string;
}

/** Find in post (`/`): the query, whether its line is still open, and the hit last gone to. */
export interface Find {
	readonly text: string;
	readonly editing: boolean;
	/** Index into the query's hits. */
	readonly current?: number;
	/** Go to the first hit once the post has rendered (opened from a search of the list). */
	readonly land?: boolean;
	/** Came from the list's search, not typed here: it leaves with the post, Esc does not stop at it. */
	readonly fromSearch?: boolean;
}

/** The outline (`t`): the filter typed so far and the selected heading among those it keeps. */
export interface Outline {
	readonly filter: string;
	readonly selected: number;
}

/** The links list (`L`): the selected link, and the digits typed to pick one by number. */
export interface LinksList {
	readonly selected: number;
	readonly digits: string;
}

/** A place to come back to: a post (by slug) and its top line. */
export interface Place {
	readonly slug: string;
	readonly top: number;
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
	readonly find?: Find;
	readonly outline?: Outline;
	readonly links?: LinksList;
	/** The related posts (`R`), while they are listed. */
	readonly related?: RelatedList;
	/** The list shows the selected post beside it (`p`); kept for the session. */
	readonly preview?: boolean;
	/**
	A post opened by following a link, by slug: shown instead of the list's selection, so it need
	not be in the current (filtered) list. app.tsx finds it in the archive.
	*/
	readonly followed?: string;
	/** Places before jumps and followed links (the last is the newest), and the ones gone back from. */
	readonly history?: readonly Place[];
	readonly future?: readonly Place[];
	/** Where `F` came from: `F` again goes back there. */
	readonly footnoteReturn?: number;
	/** The text column the reader asked for with `<` and `>`; the default when undefined. */
	readonly textWidth?: number;
	/** The list's order chosen with `s`; undefined for the default (see `sortInEffect`). */
	readonly sort?: SortOrder;
	/** The tags, timeline, sections or authors view open over the list. */
	readonly listView?: ListView;
	/** `i` turned the reader's image previews off. */
	readonly imagesOff?: boolean;
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
	/** The open post's slug (where a followed link comes back to). */
	readonly slug?: string;
	readonly headings?: readonly Heading[];
	readonly links?: readonly Link[];
	readonly footnotes?: readonly Footnote[];
	/** The hits of a find query in the open post (memoised by the caller). */
	readonly hits?: (query: string) => readonly Hit[];
	/** The text column in effect, and the widest it may be (the terminal's). */
	readonly textWidth?: number;
	readonly maxTextWidth?: number;
	/** The slugs of the related posts listed, best first. */
	readonly related?: readonly string[];
	/** The parts before and after the open post in its series. */
	readonly series?: {readonly previous?: string; readonly next?: string};
	/** Whether the terminal is wide enough for the list's preview pane. */
	readonly previewFits?: boolean;
	/** The list's views (tags, timeline, ...) and sorting. */
	readonly views?: ViewsPort;
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
	/** The open post has rendered whole: a find waiting for it (`land`) goes to its first hit. */
	| {readonly type: 'land'}
	/**
	The list changed under the reader (the archive was checked and replaced): the selected post is
	now at `index`, or gone (-1). It stays `offset` rows below the top of the list, as it was.
	*/
	| {readonly type: 'moved'; readonly index: number; readonly offset: number}
	/** The open post goes back to where it was left (read state): its top line in this rendering. */
	| {readonly type: 'resume'; readonly top: number}
	/** Opens a post ("continue reading"): the list's `index`, or by slug when the list hides it. */
	| {readonly type: 'open-post'; readonly index: number | undefined; readonly slug: string};

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

	// An edited post (live reload) may have fewer blocks: its last one, then.
	const kept = Math.min(block, after.length - 1);
	const start = after[kept]!;
	const end = kept + 1 < after.length ? after[kept + 1]! : lineCount;
	return start + Math.min(top - before[kept]!, Math.max(0, end - start - 1));
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
		// The same block index, also when an edit added or removed blocks: most edits are at or below the place read.
		top = before && after && after.length > 0 && before.length > 0 && before[0]! <= state.readerTop
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
function leaveReader(state: Navigation): Navigation {
	return {...state, find: undefined, outline: undefined, links: undefined, related: undefined, followed: undefined, history: undefined, future: undefined, footnoteReturn: undefined};
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

/** The top that shows `line`: unchanged when it is on screen, else `line` at the top. */
function showLine(top: number, line: number, viewport: Viewport): number {
	if (line >= top && line < top + viewport.pageHeight) {
		return top;
	}

	return clamp(line, 0, Math.max(0, viewport.lineCount - viewport.pageHeight));
}

/** Moves the reader to `top` of the same rendering, remembering where it was for the history. */
function jumpTo(state: Navigation, top: number, viewport: Viewport, extra: Partial<Navigation> = {}): Navigation {
	const current = readerTop(state, viewport);
	const history = viewport.slug === undefined ? state.history : [...(state.history ?? []), {slug: viewport.slug, top: current}];
	return {...state, ...extra, history, future: undefined, readerTop: clamp(top, 0, Math.max(0, viewport.lineCount - viewport.pageHeight)), readerTotal: viewport.lineCount, readerBlocks: viewport.blocks};
}

/** Goes to a place of the history: the same post keeps its rendering, another one renders anew. */
function goToPlace(state: Navigation, place: Place, viewport: Viewport): Navigation {
	if (place.slug === viewport.slug) {
		return {...state, readerTop: place.top, readerTotal: viewport.lineCount, readerBlocks: viewport.blocks};
	}

	return {...state, followed: place.slug, find: undefined, footnoteReturn: undefined, readerTop: place.top, readerTotal: 0, readerBlocks: undefined};
}

function findStep(state: Navigation, direction: 'next' | 'previous', viewport: Viewport, from?: number): Navigation {
	const find = state.find;
	if (find === undefined || find.text === '') {
		return {...state, notice: 'nothing to find: / to find in the post'};
	}

	const hits = viewport.hits?.(find.text) ?? [];
	if (hits.length === 0) {
		return {...state, find: {...find, editing: false, land: false, current: undefined}, notice: `no hits for “${find.text}”`};
	}

	const top = from ?? readerTop(state, viewport);
	// The hit last gone to counts only while it is on screen; otherwise the search starts from the top line.
	const shown = find.current !== undefined && hits[find.current] !== undefined && hits[find.current]!.line >= top && hits[find.current]!.line < top + viewport.pageHeight;
	const step = stepHit(hits, shown ? find.current : undefined, top, direction);
	if (step === undefined) {
		return state;
	}

	const hit = hits[step.index]!;
	const notice = step.wrapped ? (direction === 'next' ? 'search hit bottom, continuing at top' : 'search hit top, continuing at bottom') : '';
	return {...state, find: {...find, editing: false, land: false, current: step.index}, notice, readerTop: showLine(top, hit.line, viewport), readerTotal: viewport.lineCount, readerBlocks: viewport.blocks};
}

function selectIn(index: number, count: number): number {
	return clamp(index, 0, Math.max(0, count - 1));
}

/** The keys of the reader's own features: find, outline, links, history, footnotes, width. */
function onReading(state: Navigation, action: Action, viewport: Viewport): Navigation {
	const headings = viewport.headings ?? [];
	const links = viewport.links ?? [];
	if (state.outline !== undefined) {
		const shown = filterHeadings(headings, state.outline.filter);
		switch (action) {
			case 'select-previous':
			case 'select-next':
				return {...state, outline: {...state.outline, selected: selectIn(state.outline.selected + (action === 'select-next' ? 1 : -1), shown.length)}};
			case 'open': {
				const heading = shown[state.outline.selected];
				return heading === undefined ? {...state, outline: undefined} : jumpTo(state, heading.line, viewport, {outline: undefined});
			}

			case 'back':
				return {...state, outline: undefined};
			default:
				return state;
		}
	}

	if (state.links !== undefined) {
		switch (action) {
			case 'select-previous':
			case 'select-next':
				return {...state, links: {digits: '', selected: selectIn(state.links.selected + (action === 'select-next' ? 1 : -1), links.length)}};
			case 'open':
				return follow({...state, links: undefined}, links[state.links.selected], viewport);
			case 'back':
				return {...state, links: undefined};
			default:
				return state;
		}
	}

	if (state.related !== undefined) {
		return onRelated(state, action, viewport, followPost);
	}

	const top = readerTop(state, viewport);
	switch (action) {
		case 'related':
			return {...state, related: {selected: 0}};
		case 'series-next':
		case 'series-previous':
			return onSeries(state, action, viewport, followPost);
		case 'find':
			return {...state, find: {text: '', editing: true}};
		case 'accept-find':
			return state.find?.text ? findStep(state, 'next', viewport) : {...state, find: undefined};
		case 'cancel-find':
			return {...state, find: undefined};
		case 'find-next':
			return findStep(state, 'next', viewport);
		case 'find-previous':
			return findStep(state, 'previous', viewport);
		case 'outline': {
			if (headings.length === 0) {
				return {...state, notice: 'no headings in this post'};
			}

			const section = sectionAt(headings, top);
			return {...state, outline: {filter: '', selected: section === undefined ? 0 : headings.indexOf(section)}};
		}

		case 'links': {
			if (links.length === 0) {
				return {...state, notice: 'no links in this post'};
			}

			const below = links.findIndex(link => link.line >= top);
			return {...state, links: {selected: below === -1 ? 0 : below, digits: ''}};
		}

		case 'history-back':
		case 'history-forward': {
			const [from, to] = action === 'history-back' ? [state.history ?? [], state.future ?? []] : [state.future ?? [], state.history ?? []];
			const place = from.at(-1);
			if (place === undefined || viewport.slug === undefined) {
				return {...state, notice: action === 'history-back' ? 'no earlier place' : 'no later place'};
			}

			const here = {slug: viewport.slug, top};
			const moved = goToPlace(state, place, viewport);
			return action === 'history-back'
				? {...moved, history: from.slice(0, -1), future: [...to, here]}
				: {...moved, future: from.slice(0, -1), history: [...to, here]};
		}

		case 'footnote': {
			if (state.footnoteReturn !== undefined) {
				return {...state, footnoteReturn: undefined, readerTop: state.footnoteReturn, readerTotal: viewport.lineCount, readerBlocks: viewport.blocks};
			}

			const note = (viewport.footnotes ?? []).find(footnote => footnote.markerLine >= top && footnote.markerLine < top + viewport.pageHeight);
			return note === undefined ? {...state, notice: 'no footnote marker on the screen'} : jumpTo(state, note.noteLine, viewport, {footnoteReturn: top, notice: `footnote ${note.label}: F goes back`});
		}

		case 'narrower':
		case 'wider': {
			// The state's own width first: keys typed faster than frames each count.
			const current = state.textWidth ?? viewport.textWidth ?? 80;
			const widest = Math.max(20, viewport.maxTextWidth ?? current);
			const next = clamp(current + (action === 'wider' ? 10 : -10), 20, widest);
			return {...state, textWidth: next, notice: next === current ? `text width ${next} (the ${action === 'wider' ? 'widest' : 'narrowest'})` : `text width ${next}`};
		}

		case 'toggle-images':
			return {...state, imagesOff: !state.imagesOff, notice: state.imagesOff ? 'images on' : 'images off'};

		default:
			return state;
	}
}

/** Where a link leads in the reader: another post, or a heading of this one. Other links are the caller's. */
function follow(state: Navigation, link: Link | undefined, viewport: Viewport): Navigation {
	if (link === undefined) {
		return state;
	}

	if (link.post !== undefined) {
		return followPost(state, link.post, viewport);
	}

	if (link.anchor !== undefined) {
		const heading = (viewport.headings ?? []).find(candidate => candidate.id === link.anchor);
		return heading === undefined ? {...state, notice: `no heading #${link.anchor} in this post`} : jumpTo(state, heading.line, viewport);
	}

	return state;
}

/** Opens another post in the reader, as a followed link does: the history (`Ctrl-O`) comes back. */
function followPost(state: Navigation, slug: string, viewport: Viewport): Navigation {
	const top = readerTop(state, viewport);
	return {
		...state,
		followed: slug,
		history: viewport.slug === undefined ? state.history : [...(state.history ?? []), {slug: viewport.slug, top}],
		future: undefined,
		find: undefined,
		footnoteReturn: undefined,
		readerTop: 0,
		readerTotal: 0,
		readerBlocks: undefined,
	};
}

/** Digits typed on the links list pick the link with that number (`1`, then `2` for 12). */
function typeDigits(state: Navigation, text: string, viewport: Viewport): Navigation {
	if (state.links === undefined || !/^\d+$/.test(text)) {
		return state;
	}

	const links = viewport.links ?? [];
	for (const digits of [state.links.digits + text, text]) {
		const index = links.findIndex(link => link.number === Number(digits));
		if (index !== -1) {
			return {...state, links: {selected: index, digits}};
		}
	}

	return {...state, links: {...state.links, digits: ''}, notice: `no link ${text}`};
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

/** The selection follows its post to its new place; a post that is gone cannot stay open. */
function moved(state: Navigation, index: number, offset: number, viewport: Viewport): Navigation {
	if (index < 0) {
		return select({...state, view: state.view === 'reader' ? 'list' : state.view, helpFrom: 'list'}, state.selected, viewport);
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

		case 'land':
			return state.view === 'reader' && state.find?.land ? findStep(state, 'next', viewport, 0) : state;

		case 'moved':
			return moved(state, event.index, event.offset, viewport);
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

export function navigate(state: Navigation, event: NavigationEvent, viewport: Viewport): Navigation {
	// A notice answers the key before; any later event (bar the list being replaced) clears it.
	const current = state.notice === '' || event.type === 'moved' || event.type === 'notice' ? state : {...state, notice: ''};
	return onEvent(current, event, viewport);
}
