import assert from 'node:assert/strict';
import {test} from 'node:test';
import {findHits, maxHits, stepHit} from '../../../../source/ui/screens/reader/find.js';
import {markRanges} from '../../../../source/ui/screens/reader/mark.js';

const text = ['The Ledger and the ledger', 'nothing here', 'LEDGER once more'];

test('smart case: lower case matches any case, a capital matches exactly', () => {
	assert.deepEqual(findHits(text, 'ledger').map(hit => [hit.line, hit.start]), [[0, 4], [0, 19], [2, 0]]);
	assert.deepEqual(findHits(text, 'Ledger').map(hit => [hit.line, hit.start]), [[0, 4]]);
	assert.deepEqual(findHits(text, ''), []);
});

test('hits are bounded in a huge post', () => {
	assert.equal(findHits(Array.from({length: 5000}, () => 'a a a a a'), 'a').length, maxHits);
});

test('n and N step through hits and wrap, starting from the screen', () => {
	const hits = findHits(text, 'ledger');
	assert.deepEqual(stepHit(hits, undefined, 1, 'next'), {index: 2, wrapped: false});
	assert.deepEqual(stepHit(hits, 2, 0, 'next'), {index: 0, wrapped: true});
	assert.deepEqual(stepHit(hits, 0, 0, 'previous'), {index: 2, wrapped: true});
	assert.deepEqual(stepHit(hits, undefined, 3, 'next'), {index: 0, wrapped: true});
	assert.equal(stepHit([], undefined, 0, 'next'), undefined);
});

test('marks land on the visible characters of a styled line', () => {
	const styled = 'The \u001B[1mLedger\u001B[22m and \u001B]8;;https://x\u001B\\the\u001B]8;;\u001B\\ ledger';
	const marked = markRanges(styled, [{start: 4, end: 10}, {start: 19, end: 25}], '<', '>');
	assert.equal(marked.replace(/\u001B\[[\d;]*m|\u001B\]8;;[^\u001B]*\u001B\\/g, ''), 'The <Ledger> and the <ledger>');
	assert.equal(markRanges('abc', [], '<', '>'), 'abc');
});

test('a phrase the wrap cut in two is still one hit, at any width', () => {
	const wrapped = ['the 1.54.1 patch,', '  allowing the rest', 'patch, allowing once more'];
	const hits = findHits(wrapped, 'patch, allowing');
	assert.deepEqual(hits, [
		{line: 0, start: 11, end: 17, next: {start: 2, end: 10}},
		{line: 2, start: 0, end: 15},
	]);
	// A space the wrap took is not needed twice: the line break stands for it.
	assert.deepEqual(findHits(['a patch,', 'allowing'], 'patch, allowing').map(hit => hit.line), [0]);
	assert.deepEqual(findHits(['a patch', 'nothing'], 'patch, allowing'), []);
});

test('a wrapped hit is marked on both lines, the current one in its own style', async () => {
	const {decorator} = await import('../../../../source/ui/screens/reader/hit-marks.js');
	const lines = ['the 1.54.1 patch,', '  allowing the rest'];
	const hits = findHits(lines, 'patch, allowing');
	const marks = {hit: {open: '<', close: '>'}, current: {open: '[', close: ']'}};
	const draw = decorator(hits, undefined, marks);
	assert.deepEqual(lines.map((line, index) => draw(line, index)), ['the 1.54.1 <patch,>', '  <allowing> the rest']);
	const current = decorator(hits, 0, marks);
	assert.deepEqual(lines.map((line, index) => current(line, index)), ['the 1.54.1 [patch,]', '  [allowing] the rest']);
});
