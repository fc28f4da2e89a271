import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Key} from 'ink';
import {keyPresses} from '../../source/ui/keys/keys.js';
import {defaultKeymap, keyLabel, resolveKey, statusHints, withKeys} from '../../source/ui/keys/keymap.js';

const none: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
	return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
	super: false, hyper: false, capsLock: false, numLock: false,
};

const names = (input: string, key: Partial<Key> = {}): string[] => keyPresses(input, {...none, ...key}).map(press => press.name);

test('a run of characters typed fast becomes one key each', () => {
	assert.deepEqual(names('jjj'), ['j', 'j', 'j']);
	assert.deepEqual(names('p2p\r'), ['p', '2', 'p', 'return']);
	assert.deepEqual(names('a b'), ['a', 'space', 'b']);
});

test('Backspace is backspace whether ink reports it as delete (6.8) or backspace (7+)', () => {
	assert.deepEqual(names('', {delete: true}), ['backspace']);
	assert.deepEqual(names('', {backspace: true}), ['backspace']);
	assert.deepEqual(names('ab\u007F'), ['a', 'b', 'backspace']);
});

test('named keys, Ctrl and Esc', () => {
	assert.deepEqual(names('', {upArrow: true}), ['up']);
	assert.deepEqual(names('', {pageDown: true}), ['pagedown']);
	assert.deepEqual(names('', {escape: true, meta: true}), ['escape']);
	assert.deepEqual(names('c', {ctrl: true}), ['ctrl+c']);
	assert.deepEqual(names('\u0003'), ['ctrl+c']);
	assert.deepEqual(names('G', {shift: true}), ['G']);
});

test('controls and bidi overrides in pasted text type nothing', () => {
	assert.deepEqual(keyPresses('a\u0000\u009B\u202Eb', none).map(press => press.text), ['a', 'b']);
});

test('the keymap resolves keys per screen: the same key means different things', () => {
	assert.equal(resolveKey(defaultKeymap, 'list', 'j'), 'select-next');
	assert.equal(resolveKey(defaultKeymap, 'reader', 'j'), 'line-down');
	assert.equal(resolveKey(defaultKeymap, 'search', 'j'), undefined, 'typed into the query');
	assert.equal(resolveKey(defaultKeymap, 'list', 'q'), 'quit');
	assert.equal(resolveKey(defaultKeymap, 'reader', 'q'), 'back');
	for (const screen of ['list', 'search', 'reader', 'help'] as const) {
		assert.equal(resolveKey(defaultKeymap, screen, 'ctrl+c'), 'force-quit');
	}
});

test('every key the issue names is bound', () => {
	const expected: Array<[Parameters<typeof resolveKey>[1], string, string]> = [
		['list', 'up', 'select-previous'], ['list', 'k', 'select-previous'], ['list', 'down', 'select-next'],
		['list', 'pageup', 'select-page-up'], ['list', 'pagedown', 'select-page-down'], ['list', 'g', 'select-first'],
		['list', 'home', 'select-first'], ['list', 'G', 'select-last'], ['list', 'end', 'select-last'],
		['list', 'return', 'open'], ['list', 'l', 'open'], ['list', 'right', 'open'], ['list', '/', 'search'],
		['list', '?', 'help'], ['reader', 'up', 'line-up'], ['reader', 'k', 'line-up'], ['reader', 'down', 'line-down'],
		['reader', 'space', 'page-down'], ['reader', 'pagedown', 'page-down'], ['reader', 'b', 'page-up'],
		['reader', 'pageup', 'page-up'], ['reader', 'd', 'half-page-down'], ['reader', 'u', 'half-page-up'],
		['reader', 'g', 'top'], ['reader', 'G', 'bottom'], ['reader', ']', 'next-post'], ['reader', '[', 'previous-post'],
		['reader', 'escape', 'back'], ['reader', 'h', 'back'], ['reader', 'left', 'back'],
		['search', 'return', 'accept-search'], ['search', 'escape', 'clear-search'], ['search', 'backspace', 'delete-char'],
	];
	for (const [screen, key, action] of expected) {
		assert.equal(resolveKey(defaultKeymap, screen, key), action, `${screen} ${key}`);
	}
});

test('remapping an action moves its keys, its hints and its help line together', () => {
	const keymap = withKeys(defaultKeymap, {list: {quit: ['Q']}});
	assert.equal(resolveKey(keymap, 'list', 'q'), undefined);
	assert.equal(resolveKey(keymap, 'list', 'Q'), 'quit');
	assert.ok(statusHints(keymap, 'list').includes('Q quit'));
});

test('keys are labelled as people read them', () => {
	assert.equal(keyLabel('pagedown'), 'PgDn');
	assert.equal(keyLabel('ctrl+c'), 'Ctrl-C');
	assert.equal(keyLabel('return'), 'Enter');
	assert.equal(keyLabel('j'), 'j');
});
