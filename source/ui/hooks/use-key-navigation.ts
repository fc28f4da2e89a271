import {useCallback, useRef, useState, type RefObject} from 'react';
import {useInput, type Key} from 'ink';
import {resolveKey, type Keymap} from '../keymap.js';
import {keyPresses} from '../keys.js';
import {initialNavigation, navigate, screenOf, type Navigation, type NavigationEvent, type Viewport} from '../navigation.js';

const emptyViewport: Viewport = {count: 0, listHeight: 1, pageHeight: 1, lineCount: 0};

export interface KeyNavigation {
	readonly state: Navigation;
	/** The screen as last drawn; the caller updates it on every render. */
	readonly viewport: RefObject<Viewport>;
	/** Applies an event that does not come from a key (the list changed under the reader). */
	readonly dispatch: (event: NavigationEvent) => void;
}

/** Keys in, navigation state out, through the keymap; quit keys call `quit` instead. */
export function useKeyNavigation(keymap: Keymap, quit: (code: number) => void): KeyNavigation {
	const [state, setState] = useState<Navigation>(initialNavigation);
	const viewport = useRef<Viewport>(emptyViewport);
	// The handler keeps the newest state itself: keys can arrive faster than React renders (and
	// in concurrent mode a render may wait), and `/` followed by `p` must see the search line open.
	const latest = useRef(state);
	const onInput = useCallback((input: string, key: Key) => {
		let next = latest.current;
		for (const press of keyPresses(input, key)) {
			const screen = screenOf(next);
			const action = resolveKey(keymap, screen, press.name);
			if (action === 'quit' || action === 'force-quit') {
				quit(0);
				return;
			}

			let event: NavigationEvent | undefined;
			if (action) {
				event = {type: 'action', action};
			} else if (press.text !== undefined && screen === 'search') {
				event = {type: 'type', text: press.text};
			}

			if (event) {
				next = navigate(next, event, viewport.current);
			}
		}

		if (next !== latest.current) {
			latest.current = next;
			setState(next);
		}
	}, [keymap, quit]);
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
