/** Scrolling and selection: where the list and the reader's text stand, kept in range. */
import type {Action} from '../keys/keymap.js';
import type {Navigation, Viewport} from './state.js';

export function clamp(value: number, min: number, max: number): number {
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

export function scrollBy(top: number, action: Action, lineCount: number, pageHeight: number): number | undefined {
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

export function select(state: Navigation, selected: number, viewport: Viewport): Navigation {
	const index = clamp(selected, 0, Math.max(0, viewport.count - 1));
	return {...state, selected: index, listTop: listTopFor(state.listTop, index, viewport.listHeight, viewport.count)};
}

/** The top that shows `line`: unchanged when it is on screen, else `line` at the top. */
export function showLine(top: number, line: number, viewport: Viewport): number {
	if (line >= top && line < top + viewport.pageHeight) {
		return top;
	}

	return clamp(line, 0, Math.max(0, viewport.lineCount - viewport.pageHeight));
}

export function selectIn(index: number, count: number): number {
	return clamp(index, 0, Math.max(0, count - 1));
}

const pickerSteps: Partial<Record<Action, 'up' | 'down' | 'page-up' | 'page-down' | 'first' | 'last'>> = {
	'select-previous': 'up',
	'select-next': 'down',
	'select-page-up': 'page-up',
	'select-page-down': 'page-down',
	'select-first': 'first',
	'select-last': 'last',
};

/** Where a key moves the selection of a list over the reader (outline, links, related); undefined for other keys. */
export function pickerStep(action: Action, selected: number, count: number, page: number): number | undefined {
	const step = pickerSteps[action];
	if (step === undefined) {
		return undefined;
	}

	const rows = Math.max(1, page);
	const next = {up: selected - 1, down: selected + 1, 'page-up': selected - rows, 'page-down': selected + rows, first: 0, last: count - 1}[step];
	return selectIn(next, count);
}
