import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Action} from '../../../source/ui/keys/keymap.js';
import {navigate} from '../../../source/ui/navigation/navigate.js';
import {screenOf} from '../../../source/ui/navigation/screen.js';
import {initialNavigation, type Navigation, type Viewport} from '../../../source/ui/navigation/state.js';

const reading: Viewport = {count: 5, listHeight: 10, pageHeight: 20, lineCount: 200, slug: 'open', related: ['first', 'second'], series: {next: 'part-3'}, previewFits: true};

function run(state: Navigation, viewport: Viewport, ...actions: Action[]): Navigation {
	return actions.reduce<Navigation>((current, action) => navigate(current, {type: 'action', action}, viewport), state);
}

test('R lists related posts; Enter opens the selected one as a followed link, and Ctrl-O comes back', () => {
	let state = run(initialNavigation, reading, 'open', 'line-down', 'related');
	assert.equal(screenOf(state), 'related');
	state = run(state, reading, 'select-next', 'select-next');
	assert.equal(state.related?.selected, 1, 'the selection stops at the last row');
	state = run(state, reading, 'open');
	assert.equal(screenOf(state), 'reader');
	assert.equal(state.followed, 'second');
	assert.deepEqual(state.history, [{slug: 'open', top: 1}]);
	state = run(state, {...reading, slug: 'second'}, 'history-back');
	assert.equal(state.followed, 'open');
	assert.equal(state.readerTop, 1, 'back where the list was opened from');
});

test('Esc closes the related list and stays in the post', () => {
	const state = run(initialNavigation, reading, 'open', 'related', 'back');
	assert.equal(screenOf(state), 'reader');
	assert.equal(state.related, undefined);
});

test('} and { open the next and previous parts of a series, or say there are none', () => {
	let state = run(initialNavigation, reading, 'open', 'series-next');
	assert.equal(state.followed, 'part-3');
	state = run(state, {...reading, slug: 'part-3', series: {previous: 'open'}}, 'series-next');
	assert.match(state.notice, /last part/);
	state = run(initialNavigation, {...reading, series: undefined}, 'open', 'series-previous');
	assert.match(state.notice, /not part of a series/);
});

test('p toggles the preview on a wide terminal and says why not on a narrow one', () => {
	let state = run(initialNavigation, reading, 'preview');
	assert.equal(state.preview, true);
	state = run(state, reading, 'open', 'back');
	assert.equal(state.preview, true, 'kept across reading a post');
	state = run(state, {...reading, previewFits: false}, 'preview');
	assert.equal(state.preview, true, 'a narrow terminal leaves the toggle as it was');
	assert.match(state.notice, /too narrow/);
	assert.equal(run(state, reading, 'preview').preview, false);
});
