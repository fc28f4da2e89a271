import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import type {ReadStateFile} from '../../state/read-state-file.js';
import {placeOf, progressOf, topOf, withPost, type ReadState} from '../../state/read-state.js';
import type {NavigationEvent} from '../navigation/state.js';

/** How a row of the list shows its post's read state. */
export interface ReadMark {
	readonly unread: boolean;
	/** Percent of a started, unfinished post. */
	readonly progress?: number;
}

/** The reader as this frame draws it: what `useReadingPlace` follows. */
export interface Reading {
	/** The post open in the reader, by slug. */
	readonly slug: string | undefined;
	/** Its rendering: line count, first line of each block, whether it is whole yet. */
	readonly lines: number;
	readonly blocks: readonly number[] | undefined;
	readonly whole: boolean;
	readonly top: number;
	readonly pageHeight: number;
	/** Opened from a search: it lands on the query's first hit instead of its old place. */
	readonly landing: boolean;
}

export interface ReadStateView {
	/** For `is:read` / `is:unread` on the search line; kept as it was while a post is open. */
	readonly isRead: ((slug: string) => boolean) | undefined;
	/** For the list's rows; undefined without a store (`--no-state`, tests): no marks at all. */
	readonly markOf: ((slug: string) => ReadMark) | undefined;
	/** `m`: flips a post between read and unread; the words for the status line. */
	readonly toggle: (slug: string) => string;
	/** The post read last, for "continue reading". */
	readonly last: () => string | undefined;
	/** Writes what changed now (on quit). */
	readonly flush: () => void;
	/** For `useReadingPlace`: the state as it is now, and how to say it changed. */
	readonly kept: Kept;
}

interface Kept {
	readonly state: {current: ReadState | undefined};
	readonly changed: (marks: boolean) => void;
}

const saveAfterMs = 1000;

/**
The read state of the archive while the reader runs: what the list and the search line show of
it, and `m`. Changes are written a second after they settle, when the reader goes back to the
list (`listShown`), and on quit. Without a file (`--no-state`) nothing is kept and the list has
no marks. Called before the list's search, which asks `isRead`; `useReadingPlace` follows the
open post.
*/
export function useReadState(file: ReadStateFile | undefined, listShown: boolean): ReadStateView {
	// Read once, for the first frame: tens of kB for hundreds of posts read, parsed in about a millisecond.
	const [initial] = useState<ReadState | undefined>(() => file?.load());
	const state = useRef<ReadState | undefined>(initial);
	// Bumped when a mark the list shows changes; places alone change nothing on screen until the list is back.
	const [version, setVersion] = useState(0);
	const dirty = useRef(false);
	const timer = useRef<NodeJS.Timeout | undefined>(undefined);

	const flush = useCallback(() => {
		clearTimeout(timer.current);
		timer.current = undefined;
		if (file !== undefined && state.current !== undefined && dirty.current) {
			dirty.current = false;
			state.current = file.save(state.current);
		}
	}, [file]);
	const changed = useCallback((marks: boolean) => {
		dirty.current = true;
		if (marks) {
			setVersion(value => value + 1);
		}

		if (timer.current === undefined) {
			timer.current = setTimeout(flush, saveAfterMs);
			timer.current.unref?.();
		}
	}, [flush]);

	useEffect(() => {
		// A quit that does not go through the app (a signal, a crash) still keeps the places.
		process.once('exit', flush);
		return () => {
			process.off('exit', flush);
			flush();
		};
	}, [flush]);

	// Back on the list: its progress shows the place just left, and the file gets it now.
	const wasShown = useRef(listShown);
	useEffect(() => {
		if (listShown && !wasShown.current) {
			setVersion(value => value + 1);
			flush();
		}

		wasShown.current = listShown;
	}, [listShown, flush]);

	// Frozen while the list is hidden: an `is:unread` list must not lose the post being read.
	const frozen = useRef(version);
	if (listShown) {
		frozen.current = version;
	}

	const shownVersion = frozen.current;
	const isRead = useMemo(() => {
		// The posts as they are now, not as they will be: the frozen list stays as it was.
		const posts = state.current?.posts;
		return posts === undefined ? undefined : (post: string) => posts.get(post)?.read === true;
		// A new function when the marks change (the version), not on every frame.
	}, [shownVersion]);
	const markOf = useMemo(() => {
		if (state.current === undefined) {
			return undefined;
		}

		const posts = state.current.posts;
		return (post: string): ReadMark => {
			const entry = posts.get(post);
			return entry?.read === true ? {unread: false, progress: progressOf(entry)} : {unread: true};
		};
		// A new function when the marks change (the version), not on every frame.
	}, [shownVersion]);

	const toggle = useCallback((post: string): string => {
		if (state.current === undefined) {
			return 'read state is off (--no-state)';
		}

		const entry = state.current.posts.get(post);
		const read = entry?.read !== true;
		state.current = withPost(state.current, post, {...entry, read, at: Date.now()});
		changed(true);
		return read ? 'marked read' : 'marked unread';
	}, [changed]);
	const last = useCallback(() => state.current?.last?.slug, []);
	const kept = useMemo(() => ({state, changed}), [changed]);
	return {isRead, markOf, toggle, last, flush, kept};
}

/**
The open post's part: opening a post marks it read and makes it the last read; its place is kept
as it scrolls. Reopening a post goes back to its place once it has rendered whole (unless a
search opened it, to land on a hit).
*/
export function useReadingPlace({kept: {state, changed}}: ReadStateView, reading: Reading, dispatch: (event: NavigationEvent) => void): void {
	// Opening a post marks it read; its place is followed only once it went back there.
	const {slug, lines, blocks, whole, top, pageHeight, landing} = reading;
	const placed = useRef<string | undefined>(undefined);
	useEffect(() => {
		if (slug === undefined || state.current === undefined) {
			placed.current = undefined;
			return;
		}

		const entry = state.current.posts.get(slug);
		state.current = withPost(state.current, slug, {...entry, read: true, at: Date.now()}, true);
		changed(entry?.read !== true);
		placed.current = entry?.place === undefined || landing ? slug : undefined;
		// Once per post opened: the other values are read as they are then.
	}, [slug]);

	useEffect(() => {
		if (slug === undefined || state.current === undefined || !whole || lines === 0) {
			return;
		}

		if (placed.current !== slug) {
			placed.current = slug;
			const place = state.current.posts.get(slug)?.place;
			// A key that scrolled before the post was whole wins over the old place.
			if (place !== undefined && top === 0) {
				const back = topOf(place, lines, pageHeight, blocks);
				if (back !== 0) {
					dispatch({type: 'resume', top: back});
					return;
				}
			}
		}

		const entry = state.current.posts.get(slug);
		const place = placeOf(top, lines, pageHeight, blocks);
		if (entry?.place?.top === place.top && entry.place.lines === place.lines && entry.place.seen === place.seen) {
			return;
		}

		state.current = withPost(state.current, slug, {read: entry?.read ?? true, at: Date.now(), place});
		changed(false);
	}, [slug, lines, blocks, whole, top, pageHeight, dispatch, changed]);
}
