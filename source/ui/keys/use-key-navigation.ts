import type {SortOrder} from '../../search/sort-order.js';
import {useCallback, useRef, useState, type RefObject} from 'react';
import {useInput, type Key} from 'ink';
import {resolveKey, textScreens, type Keymap} from './keymap.js';
import {keyPresses} from './keys.js';
import {navigate} from '../navigation/navigate.js';
import {screenOf} from '../navigation/screen.js';
import {initialNavigation, type Navigation, type NavigationEvent, type Viewport} from '../navigation/state.js';
import {readTextKey} from './text-input.js';

const emptyViewport: Viewport = {count: 0, listHeight: 1, pageHeight: 1, lineCount: 0};

/** What a key asks of the world outside the navigation state: a child process, the clipboard. */
export type Effect =
	| {readonly type: 'edit'}
	| {readonly type: 'pager'}
	| {readonly type: 'pipe'; readonly command: string}
	| {readonly type: 'copy'; readonly what: 'path' | 'url'}
	/** The links list's `y`: the selected link's target. */
	| {readonly type: 'copy-link'; readonly target: string}
	/** A link that leads out of the archive, for the system opener (only ever on Enter). */
	| {readonly type: 'open-link'; readonly target: string}
	/** `m` and `c`: the read state's (hooks/use-read-state.ts). */
	| {readonly type: 'toggle-read'}
	| {readonly type: 'continue-reading'}
	/** `r`: the archive read again from its files. */
	| {readonly type: 'reload'};

export interface KeyNavigation {
	readonly state: Navigation;
	/** The screen as last drawn; the caller updates it on every render. */
	readonly viewport: RefObject<Viewport>;
	/** Applies an event that does not come from a key (the list changed, the mouse, an effect's outcome). */
	readonly dispatch: (event: NavigationEvent) => void;
}

/** Exit status of Ctrl-C, as shells and fzf report an interrupt (128 + SIGINT). */
export const interruptedStatus = 130;

function effectOf(event: NavigationEvent, before: Navigation, viewport: Viewport): Effect | undefined {
	if (event.type !== 'action') {
		return undefined;
	}

	const link = before.links === undefined ? undefined : viewport.links?.[before.links.selected];
	if (screenOf(before) === 'links') {
		if (event.action === 'copy-link' && link) {
			return {type: 'copy-link', target: link.target};
		}

		// Posts and anchors are followed in the reader (navigation.ts); the rest leave it.
		return event.action === 'open' && link && link.post === undefined && link.anchor === undefined ? {type: 'open-link', target: link.target} : undefined;
	}

	switch (event.action) {
		case 'edit':
			return {type: 'edit'};
		case 'pager':
			return {type: 'pager'};
		case 'copy-path':
			return {type: 'copy', what: 'path'};
		case 'copy-url':
			return {type: 'copy', what: 'url'};
		case 'toggle-read':
		case 'continue-reading':
			return {type: event.action};
		case 'reload':
			return {type: 'reload'};
		case 'accept-prompt':
			return before.prompt && before.prompt.text.trim() !== '' ? {type: 'pipe', command: before.prompt.text} : undefined;
		default:
			return undefined;
	}
}

/**
Keys in, navigation state out, through the keymap; quit keys call `quit` instead, and keys that
reach outside (hand-off, copy) call `onEffect` once the state they leave is applied.
*/
export function useKeyNavigation(keymap: Keymap, quit: (code: number) => void, onEffect?: (effect: Effect) => void, sort?: SortOrder): KeyNavigation {
	const [state, setState] = useState<Navigation>(() => (sort === undefined ? initialNavigation : {...initialNavigation, sort}));
	const viewport = useRef<Viewport>(emptyViewport);
	// The handler keeps the newest state itself: keys can arrive faster than React renders (and
	// in concurrent mode a render may wait), and `/` followed by `p` must see the search line open.
	const latest = useRef(state);
	const onInput = useCallback((input: string, key: Key) => {
		let next = latest.current;
		const effects: Effect[] = [];
		for (const press of keyPresses(input, key)) {
			const screen = screenOf(next);
			// Text lines read typed characters before any binding (text-input.ts).
			const action = textScreens.has(screen) ? undefined : resolveKey(keymap, screen, press.name);
			let event: NavigationEvent | undefined;
			if (textScreens.has(screen)) {
				event = readTextKey(keymap, screen, press);
			} else if (action !== undefined) {
				event = {type: 'action', action};
			} else if (screen === 'links' && press.text !== undefined && /^\d$/.test(press.text)) {
				// A link's number picks it on the links list.
				event = {type: 'type', text: press.text};
			}

			if (event?.type === 'action' && (event.action === 'quit' || event.action === 'force-quit')) {
				quit(event.action === 'quit' ? 0 : interruptedStatus);
				return;
			}

			if (event) {
				const effect = effectOf(event, next, viewport.current);
				next = navigate(next, event, viewport.current);
				if (effect) {
					effects.push(effect);
				}
			}
		}

		if (next !== latest.current) {
			latest.current = next;
			setState(next);
		}

		for (const effect of effects) {
			onEffect?.(effect);
		}
	}, [keymap, quit, onEffect]);
	useInput(onInput);
	const dispatch = useCallback((event: NavigationEvent) => {
		const next = navigate(latest.current, event, viewport.current);
		if (next !== latest.current) {
			latest.current = next;
			setState(next);
		}
	}, []);
	return {state, viewport, dispatch};
}
