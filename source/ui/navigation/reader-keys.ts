/** The reader's own keys: find, outline, links, history, footnotes, related posts, width, images. */
import type {Link} from '../../render/structure.js';
import type {Action} from '../keys/keymap.js';
import {stepHit} from '../screens/reader/find.js';
import {filterHeadings, sectionAt} from '../screens/reader/outline.js';
import {onRelated, onSeries} from './related-keys.js';
import {clamp, pickerStep, readerTop, showLine} from './scroll.js';
import type {Navigation, Place, Viewport} from './state.js';

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

	return {...state, followed: place.slug, followedAnchor: undefined, find: undefined, footnoteReturn: undefined, readerTop: place.top, readerTotal: 0, readerBlocks: undefined};
}

export function findStep(state: Navigation, direction: 'next' | 'previous', viewport: Viewport, from?: number): Navigation {
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

/** The keys of the reader's own features: find, outline, links, history, footnotes, width. */
export function onReading(state: Navigation, action: Action, viewport: Viewport): Navigation {
	const headings = viewport.headings ?? [];
	const links = viewport.links ?? [];
	if (state.outline !== undefined) {
		const shown = filterHeadings(headings, state.outline.filter);
		const moved = pickerStep(action, state.outline.selected, shown.length, viewport.listHeight);
		if (moved !== undefined) {
			return {...state, outline: {...state.outline, selected: moved}};
		}

		switch (action) {
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
		const moved = pickerStep(action, state.links.selected, links.length, viewport.listHeight);
		if (moved !== undefined) {
			return {...state, links: {digits: '', selected: moved}};
		}

		switch (action) {
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
		const followed = followPost(state, link.post, viewport);
		return link.postAnchor === undefined ? followed : {...followed, followedAnchor: link.postAnchor};
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
		followedAnchor: undefined,
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
export function typeDigits(state: Navigation, text: string, viewport: Viewport): Navigation {
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
