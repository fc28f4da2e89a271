import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Action} from '../../../source/ui/keys/keymap.js';
import {landingText} from '../../../source/ui/navigation/list-keys.js';
import {navigate} from '../../../source/ui/navigation/navigate.js';
import {screenOf} from '../../../source/ui/navigation/screen.js';
import {listTopFor, readerTop} from '../../../source/ui/navigation/scroll.js';
import {initialNavigation, type Navigation, type Viewport} from '../../../source/ui/navigation/state.js';

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

test('Backspace on an empty search line keeps it open: the next letters are typed, not commands', () => {
	let state = run(initialNavigation, 'search', 'type:a', 'delete-char', 'delete-char', 'delete-char');
	assert.equal(screenOf(state), 'search');
	assert.equal(state.query, '');
	state = run(state, 'type:q');
	assert.equal(state.query, 'q');
});

test('] and [ at the ends of the list stay and say so', () => {
	let state = run(initialNavigation, 'open', 'previous-post');
	assert.equal(state.selected, 0);
	assert.equal(state.notice, 'first post of the list');
	state = run(state, 'line-down');
	assert.equal(state.notice, '', 'the next key clears it');
	state = run(initialNavigation, 'select-last', 'open', 'next-post');
	assert.equal(state.selected, 49);
	assert.equal(state.notice, 'last post of the list');
});

test('the | prompt edits its line like the search line, and Esc closes it', () => {
	let state = run(initialNavigation, 'open', 'pipe', 'type:wc -w x', 'delete-word');
	assert.equal(screenOf(state), 'prompt');
	assert.equal(state.prompt?.text, 'wc -w ');
	assert.equal(state.query, '', 'the search query is not touched');
	state = run(state, 'cancel-prompt');
	assert.equal(screenOf(state), 'reader');
});

test('the wheel scrolls the reader and moves through the list; a click on a row opens it', () => {
	let state = navigate(initialNavigation, {type: 'wheel', lines: 3}, viewport);
	assert.equal(state.selected, 1);
	state = navigate(state, {type: 'click', row: 4}, viewport);
	assert.equal(state.view, 'reader');
	assert.equal(state.selected, 3);
	state = navigate(state, {type: 'wheel', lines: 3}, viewport);
	assert.equal(state.readerTop, 3);
	state = navigate(state, {type: 'wheel', lines: -6}, viewport);
	assert.equal(state.readerTop, 0);
	assert.equal(navigate(initialNavigation, {type: 'click', row: 0}, viewport).view, 'list', 'the header is not a row');
});

const reading: Viewport = {
	...viewport,
	slug: 'here',
	headings: [{level: 2, text: 'Intro', id: 'intro', line: 5}, {level: 2, text: 'Mosses', id: 'mosses', line: 60}, {level: 3, text: 'Deep mosses', id: 'deep-mosses', line: 120}],
	links: [{number: 1, text: 'oak', target: 'oak.md', line: 10, post: 'oak'}, {number: 0, text: 'up', target: '#intro', line: 12, anchor: 'intro'}, {number: 12, text: 'web', target: 'https://example.com', line: 90}],
	footnotes: [{number: 1, label: '1', markerLine: 70, noteLine: 190}],
	hits: query => (query === 'moss' ? [{line: 30, start: 0, end: 4}, {line: 100, start: 2, end: 6}, {line: 150, start: 0, end: 4}] : []),
	textWidth: 80,
	maxTextWidth: 100,
};

function read(state: Navigation, ...steps: Array<Action | `type:${string}`>): Navigation {
	return steps.reduce<Navigation>((current, step) => navigate(current, step.startsWith('type:') ? {type: 'type', text: step.slice(5)} : {type: 'action', action: step as Action}, reading), state);
}

test('find: / types on the find line, Enter goes to the first hit at or below the top, n/N wrap and say so', () => {
	let state = read(initialNavigation, 'open', 'page-down', 'page-down', 'find', 'type:moss');
	assert.equal(screenOf(state), 'find');
	assert.equal(state.find?.text, 'moss');
	state = read(state, 'accept-find');
	assert.equal(screenOf(state), 'reader');
	assert.equal(state.find?.current, 1, 'the hit on line 100, below the top (40)');
	assert.equal(state.readerTop, 100);
	state = read(state, 'find-next');
	assert.equal(state.find?.current, 2);
	state = read(state, 'find-next');
	assert.equal(state.find?.current, 0);
	assert.equal(state.notice, 'search hit bottom, continuing at top');
	state = read(state, 'find-previous');
	assert.equal(state.find?.current, 2);
	assert.equal(state.notice, 'search hit top, continuing at bottom');
	state = read(state, 'back');
	assert.equal(state.find, undefined, 'Esc clears the find first');
	assert.equal(state.view, 'reader');
	assert.equal(read(state, 'back').view, 'list');
});

test('a post opened from a search lands on the query\'s first plain word, and back still leaves', () => {
	let state = read(initialNavigation, 'search', 'type:tag:x -draft moss', 'accept-search', 'open');
	assert.equal(state.find?.text, 'moss');
	state = navigate(state, {type: 'land'}, reading);
	assert.equal(state.readerTop, 30);
	assert.equal(state.find?.current, 0);
	assert.equal(read(state, 'back').view, 'list');
	assert.equal(landingText('"red moss" blue'), 'red moss');
	assert.equal(landingText('year:2020'), '');
});

test('scrolling a post opened from a search before it lands keeps the place the reader chose', () => {
	let state = read(initialNavigation, 'search', 'type:moss', 'accept-search', 'open', 'bottom');
	const bottom = state.readerTop;
	assert.ok(bottom > 30);
	state = navigate(state, {type: 'land'}, reading);
	assert.equal(state.readerTop, bottom, 'the first hit does not pull the view back');
	assert.equal(state.find?.text, 'moss', 'the hits stay marked, n goes to the next');
});

test('outline: filter as typed, Enter jumps to the heading and Ctrl-O comes back', () => {
	let state = read(initialNavigation, 'open', 'page-down', 'outline');
	assert.equal(screenOf(state), 'outline');
	assert.equal(state.outline?.selected, 0, 'the section of the top line is selected');
	state = read(state, 'type:deep', 'open');
	assert.equal(state.outline, undefined);
	assert.equal(state.readerTop, 120);
	state = read(state, 'history-back');
	assert.equal(state.readerTop, 20);
	state = read(state, 'history-forward');
	assert.equal(state.readerTop, 120);
});

test('links: a number picks a link; following a post keeps a history across posts', () => {
	let state = read(initialNavigation, 'open', 'links', 'type:1', 'type:2');
	assert.equal(state.links?.selected, 2, 'typed 1 then 2 picks link 12');
	state = read(state, 'select-previous', 'select-previous', 'open');
	assert.equal(state.followed, 'oak');
	assert.deepEqual(state.history, [{slug: 'here', top: 0}]);
	const there: Viewport = {...reading, slug: 'oak'};
	state = navigate(state, {type: 'action', action: 'history-back'}, there);
	assert.equal(state.followed, 'here');
	assert.deepEqual(state.future, [{slug: 'oak', top: 0}]);
	state = read(initialNavigation, 'open', 'bottom', 'links', 'select-next', 'open');
	assert.equal(state.readerTop, 5, 'an #anchor jumps to its heading');
});

test('a link into another post\'s heading opens that post there, once it has rendered', () => {
	const linking: Viewport = {...reading, links: [{number: 1, text: 'deep', target: 'oak.md#deep-mosses', line: 10, post: 'oak', postAnchor: 'deep-mosses'}]};
	let state = navigate(navigate(navigate(initialNavigation, {type: 'action', action: 'open'}, linking), {type: 'action', action: 'links'}, linking), {type: 'action', action: 'open'}, linking);
	assert.equal(state.followed, 'oak');
	assert.equal(state.followedAnchor, 'deep-mosses');
	const oak: Viewport = {...reading, slug: 'oak'};
	state = navigate(state, {type: 'land-anchor'}, oak);
	assert.equal(state.readerTop, 120);
	assert.equal(state.followedAnchor, undefined);
	const missing = navigate({...state, followedAnchor: 'nowhere'}, {type: 'land-anchor'}, oak);
	assert.equal(missing.notice, 'no heading #nowhere in this post');
	assert.equal(missing.followedAnchor, undefined);
});

test('F goes from the marker on screen to its note and back; < and > stay within bounds', () => {
	let state = read(initialNavigation, 'open', 'page-down', 'page-down', 'page-down', 'footnote');
	assert.equal(state.readerTop, 180, 'the note (clamped to the last page)');
	state = read(state, 'footnote');
	assert.equal(state.readerTop, 60);
	assert.equal(read(initialNavigation, 'open', 'footnote').notice, 'no footnote marker on the screen');
	state = read(initialNavigation, 'open', 'wider', 'wider', 'wider');
	assert.equal(state.textWidth, 100);
	state = read(state, ...Array.from({length: 10}, () => 'narrower' as const));
	assert.equal(state.textWidth, 20);
});

test('a replaced list: the selection follows its post; a list at its top stays there while the selection fits', () => {
	const atTop = run(initialNavigation, 'select-next', 'select-next');
	let moved = navigate(atTop, {type: 'moved', index: 4, offset: 2}, viewport);
	assert.deepEqual([moved.selected, moved.listTop], [4, 0], 'posts that arrived above are in view');
	const scrolled = run(initialNavigation, ...Array.from({length: 15}, () => 'select-next' as const));
	assert.equal(scrolled.listTop, 6);
	moved = navigate(scrolled, {type: 'moved', index: 17, offset: 9}, viewport);
	assert.deepEqual([moved.selected, moved.listTop], [17, 8], 'a scrolled list keeps the row where it was on screen');
	const reading = navigate(run(atTop, 'open'), {type: 'moved', index: -1, offset: 0}, viewport);
	assert.equal(reading.view, 'list', 'a post that is gone cannot stay open');
	const openedSince = navigate(run(atTop, 'open'), {type: 'moved', index: -1, offset: 0, reading: false}, viewport);
	assert.equal(openedSince.view, 'reader', 'a post opened on the new list, before the event, stays open');
});

test('the outline, links and related lists page and jump to their ends', () => {
	const many: Viewport = {...reading, listHeight: 5, links: Array.from({length: 51}, (_, index) => ({number: index + 1, text: `link ${index + 1}`, target: `https://example.com/${index}`, line: index}))};
	const step = (state: Navigation, action: Action): Navigation => navigate(state, {type: 'action', action}, many);
	let state = step(step(initialNavigation, 'open'), 'links');
	state = step(state, 'select-page-down');
	assert.equal(state.links?.selected, 5);
	state = step(state, 'select-last');
	assert.equal(state.links?.selected, 50);
	state = step(state, 'select-page-down');
	assert.equal(state.links?.selected, 50, 'stays at the end');
	state = step(state, 'select-first');
	assert.equal(state.links?.selected, 0);
	let outline = step(step(initialNavigation, 'open'), 'outline');
	outline = step(outline, 'select-last');
	assert.equal(outline.outline?.selected, 2);
	assert.equal(step(outline, 'select-page-up').outline?.selected, 0);
});
