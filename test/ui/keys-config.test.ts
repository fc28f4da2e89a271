import assert from 'node:assert/strict';
import {test} from 'node:test';
import {checkKeys, keyName} from '../../source/ui/keys/keys-config.js';
import {defaultKeymap, keysOf, resolveKey} from '../../source/ui/keys/keymap.js';

test('key names are read as people write them, and a typo is an error', () => {
	assert.deepEqual(keyName('n'), {name: 'n'});
	assert.deepEqual(keyName('G'), {name: 'G'}, 'letters keep their case');
	assert.deepEqual(keyName('Enter'), {name: 'return'});
	assert.deepEqual(keyName('esc'), {name: 'escape'});
	assert.deepEqual(keyName('PgDn'), {name: 'pagedown'});
	assert.deepEqual(keyName('ctrl-W'), {name: 'ctrl+w'});
	assert.deepEqual(keyName('Ctrl+Up'), {name: 'ctrl+up'});
	assert.deepEqual(keyName('alt+x'), {name: 'alt+x'});
	assert.deepEqual(keyName('space'), {name: 'space'});
	assert.match((keyName('ctlr+n') as {error: string}).error, /unknown key name 'ctlr\+n'/);
	assert.match((keyName('pagedwn') as {error: string}).error, /unknown key name/);
	assert.match((keyName('ctrl+h') as {error: string}).error, /backspace/, 'Ctrl-H is the byte Backspace sends');
	assert.match((keyName('') as {error: string}).error, /unknown key name/);
});

test('a binding changes on its screen only: select-next on n leaves the reader and the search line alone', () => {
	const {keymap, errors} = checkKeys({list: {'select-next': ['n', 'down']}}, defaultKeymap);
	assert.deepEqual(errors, []);
	assert.equal(resolveKey(keymap, 'list', 'n'), 'select-next');
	assert.equal(resolveKey(keymap, 'list', 'j'), undefined, 'j no longer moves on the list');
	assert.equal(resolveKey(keymap, 'reader', 'j'), 'line-down');
	assert.deepEqual(keysOf(keymap, 'search', 'select-next'), ['down']);
	assert.equal(resolveKey(keymap, 'search', 'n'), undefined, 'n is typed on the search line');
});

test('a key name string works as well as a list, and [] unbinds', () => {
	const {keymap, errors} = checkKeys({reader: {back: 'x', 'next-post': []}}, defaultKeymap);
	assert.deepEqual(errors, []);
	assert.deepEqual(keysOf(keymap, 'reader', 'back'), ['x']);
	assert.deepEqual(keysOf(keymap, 'help', 'back'), ['q', 'escape', '?'], 'the help keeps its own back keys');
	assert.deepEqual(keysOf(keymap, 'reader', 'next-post'), []);
});

test('unknown screens, actions and key names are one line each; the rest applies', () => {
	const {keymap, errors} = checkKeys({
		lsit: {quit: 'Q'},
		list: {'select-nxt': 'n', quit: 'Q', open: ['o', 'ctlr+o']},
	}, defaultKeymap);
	assert.equal(errors.length, 3, errors.join('\n'));
	assert.match(errors[0] ?? '', /^keys\.lsit: unknown screen/);
	assert.match(errors[1] ?? '', /^keys\.list\.select-nxt: unknown action on the list screen \(actions: .*select-next/);
	assert.match(errors[2] ?? '', /^keys\.list\.open: unknown key name 'ctlr\+o'/);
	assert.ok(errors.every(error => !error.includes('\n')));
	assert.equal(resolveKey(keymap, 'list', 'Q'), 'quit', 'the good entry applies');
	assert.deepEqual(keysOf(keymap, 'list', 'open'), ['return', 'l', 'right'], 'the bad one keeps its defaults');
});

test('an action of another screen is unknown on this one', () => {
	const {errors} = checkKeys({reader: {'select-next': 'n'}}, defaultKeymap);
	assert.match(errors[0] ?? '', /keys\.reader\.select-next: unknown action on the reader screen/);
});

test('a letter cannot be taken from a text line', () => {
	const {keymap, errors} = checkKeys({search: {'delete-word': 'w', 'clear-line': 'ctrl+k'}}, defaultKeymap);
	assert.equal(errors.length, 1);
	assert.match(errors[0] ?? '', /keys\.search\.delete-word: 'w' types text on the search line/);
	assert.deepEqual(keysOf(keymap, 'search', 'clear-line'), ['ctrl+k']);
	assert.deepEqual(keysOf(keymap, 'prompt', 'clear-line'), ['ctrl+u'], 'the command prompt keeps its own');
});

test('a key taken by a default of another action is a conflict: the entry keeps its defaults', () => {
	const {keymap, errors} = checkKeys({list: {'select-next': 'g'}}, defaultKeymap);
	assert.equal(errors.length, 1);
	assert.match(errors[0] ?? '', /keys\.list\.select-next: 'g' is also bound to select-first on the list screen; keeping the defaults of select-next/);
	assert.equal(resolveKey(keymap, 'list', 'j'), 'select-next');
	assert.equal(resolveKey(keymap, 'list', 'g'), 'select-first');
});

test('two entries on one key: the later one keeps its defaults; a swap is no conflict', () => {
	let {errors} = checkKeys({list: {'select-next': 'n', 'select-previous': 'n'}}, defaultKeymap);
	assert.equal(errors.length, 1);
	assert.match(errors[0] ?? '', /keys\.list\.select-previous: 'n' is also bound to select-next/);
	const swapped = checkKeys({list: {'select-next': ['k'], 'select-previous': ['j']}}, defaultKeymap);
	assert.deepEqual(swapped.errors, []);
	assert.equal(resolveKey(swapped.keymap, 'list', 'k'), 'select-next');
	({errors} = checkKeys({list: {'force-quit': 'Q'}}, defaultKeymap));
	assert.match(errors[0] ?? '', /cannot be rebound/);
});

test('a section that is not an object of objects is an error, not a crash', () => {
	assert.match(checkKeys([], defaultKeymap).errors[0] ?? '', /^keys: must be an object/);
	assert.match(checkKeys({list: 'n'}, defaultKeymap).errors[0] ?? '', /^keys\.list: must be an object/);
	assert.match(checkKeys({list: {quit: 5}}, defaultKeymap).errors[0] ?? '', /^keys\.list\.quit: must be a key name/);
});

test('the README\'s example config file is taken without a problem', async () => {
	const {readFileSync} = await import('node:fs');
	const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
	const example = /### The config file[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
	assert.ok(example, 'the README has an example');
	const {keymap, errors} = checkKeys((JSON.parse(example) as {keys: unknown}).keys, defaultKeymap);
	assert.deepEqual(errors, []);
	assert.equal(resolveKey(keymap, 'list', 'n'), 'select-next');
});
