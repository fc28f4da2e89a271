import assert from 'node:assert/strict';
import {test} from 'node:test';
import {markRanges} from '../../../../source/ui/screens/reader/mark.js';

const open = '<';
const close = '>';

test('marks count visible characters only, so plain-text offsets land on the styled line', () => {
	assert.equal(markRanges('\u001B[32mgreen\u001B[39m text', [{start: 6, end: 10}], open, close), '\u001B[32mgreen\u001B[39m <text>');
	assert.equal(markRanges('a \u001B[1mbold\u001B[22m b', [{start: 3, end: 5}], open, close), 'a \u001B[1mb<ol>\u001B[1md\u001B[22m b');
});

test('no ranges leave the line as it is', () => {
	assert.equal(markRanges('\u001B[1mx\u001B[22m', [], open, close), '\u001B[1mx\u001B[22m');
});

test('a reset inside a hit puts the mark back', () => {
	assert.equal(markRanges('ab\u001B[0mcd', [{start: 1, end: 3}], open, close), 'a<b\u001B[0m<c>d');
});
