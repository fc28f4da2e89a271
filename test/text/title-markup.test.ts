import assert from 'node:assert/strict';
import {test} from 'node:test';
import {titleParts, titleText} from '../../source/text/title-markup.js';
import {fitSpans, highlightParts} from '../../source/text/fit.js';

test('code spans in a title lose their backticks and keep where their text sits', () => {
	assert.deepEqual(titleParts('Announcing `async fn`'), [
		{text: 'Announcing ', code: false, start: 0},
		{text: 'async fn', code: true, start: 12},
	]);
	assert.equal(titleText('`a` and `b`'), 'a and b');
	assert.equal(titleText('Double `` a`b `` ticks'), 'Double a`b ticks');
	assert.equal(titleText('`` ` ``'), '`');
});

test('backticks that open nothing stay as written', () => {
	assert.equal(titleText('5` of rain'), '5` of rain');
	assert.equal(titleText('a ```b`` c'), 'a ```b`` c');
	assert.deepEqual(titleParts('plain'), [{text: 'plain', code: false, start: 0}]);
});

test('many unclosed runs cost no more than a plain title', {timeout: 10_000}, () => {
	const hostile = Array.from({length: 50_000}, (_, index) => '`'.repeat((index % 60) + 1) + 'x').join('');
	assert.ok(titleParts(hostile).length > 0);
});

test('highlight ranges on the raw title land on the shown characters of a code part', () => {
	// "async" in "Announcing `async fn`" is raw offsets 12-17.
	const spans = highlightParts(titleParts('Announcing `async fn`'), [[12, 17]]);
	assert.deepEqual(spans, [
		{text: 'Announcing ', highlighted: false},
		{text: 'async', highlighted: true, code: true},
		{text: ' fn', highlighted: false, code: true},
	]);
	// Cutting to a width keeps each span's code style.
	assert.deepEqual(fitSpans(spans, 15), [
		{text: 'Announcing ', highlighted: false},
		{text: 'asy', highlighted: true, code: true},
		{text: '…', highlighted: false},
	]);
});
