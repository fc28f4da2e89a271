import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Action} from '../../source/ui/keymap.js';
import {initialNavigation, listTopFor, navigate, readerTop, screenOf, type Navigation, type Viewport} from '../../source/ui/navigation.js';

const viewport: Viewport = {count: 50, listHeight: 10, pageHeight: 20, lineCount: 200};

/** Applies actions by name; `type:abc` types text into the search line. */
function run(state: Navigation, ...steps: Array<Action | `type:${string}`>): Navigation {
	return steps.reduce<Navigation>((current, step) => navigate(current, step.startsWith('type:') ? {type: 'type', text: step.slice(5)} : {type: 'action', action: step as Action}, viewport), state);
}

test('the list scrolls only as far as needed to keep the selection visible', () => {
	const state = run(initialNavigation, ...Array.from({length: 12}, () => 'select-next' as const));
	assert.equal(state.selected, 12);
	assert.equal(state.listTop, 3);
	assert.equal(listTopFor(3, 12, 5, 50), 8, 'a smaller screen scrolls further');
	assert.equal(run(state, 'select-first').listTop, 0);
	assert.equal(run(state, 'select-last').selected, 49);
});

test('a new query starts at the best match; the search line takes typed text', () => {
	let state = run(initialNavigation, 'select-next', 'select-next', 'search', 'type:p2p');
	assert.equal(screenOf(state), 'search');
	assert.equal(state.query, 'p2p');
	assert.equal(state.selected, 0);
	state = run(state, 'delete-char');
	assert.equal(state.query, 'p2');
	state = run(state, 'accept-search');
	assert.equal(screenOf(state), 'list');
	assert.equal(state.query, 'p2', 'the filter is kept');
});

test('reader scrolling stops at both ends', () => {
	let state = run(initialNavigation, 'open', 'page-up');
	assert.equal(state.readerTop, 0);
	state = run(state, 'bottom', 'line-down');
	assert.equal(state.readerTop, 180);
	state = run(state, 'half-page-up');
	assert.equal(state.readerTop, 170);
});

test('a re-wrapped post keeps the same fraction above the screen', () => {
	const state = run(initialNavigation, 'open', 'page-down', 'page-down');
	assert.equal(state.readerTop, 40);
	assert.equal(readerTop(state, 400, 20), 80);
	assert.equal(readerTop(state, 100, 20), 20);
});

test('a re-wrapped post keeps the block at the top of the screen there', () => {
	// Blocks start at lines 0, 10, 30, 60 of 100; the reader is 5 lines into the third block.
	const state: Navigation = {...initialNavigation, view: 'reader', readerTop: 35, readerTotal: 100, readerBlocks: [0, 10, 30, 60]};
	// Narrower: the same blocks start later; the top stays 5 lines into the third block.
	assert.equal(readerTop(state, {count: 1, listHeight: 10, pageHeight: 10, lineCount: 200, blocks: [0, 25, 70, 130]}), 75);
	// Wider: the third block is only 3 lines long now, so its last line stays at the top.
	assert.equal(readerTop(state, {count: 1, listHeight: 10, pageHeight: 10, lineCount: 60, blocks: [0, 5, 15, 18]}), 17);
});

test('back from the reader keeps the selection and the query', () => {
	const state = run(initialNavigation, 'search', 'type:x', 'accept-search', 'select-next', 'open', 'back');
	assert.equal(state.view, 'list');
	assert.equal(state.selected, 1);
	assert.equal(state.query, 'x');
});
