import assert from 'node:assert/strict';
import {test} from 'node:test';
import {TextRows} from '../../../source/archive/cache/text-rows.js';

const same = (value: string): string => value;

test('a column of values gives each one as it was joined, and nothing past its end', () => {
	const rows = TextRows.of('one\n\nthree', 3, '\n', same)!;
	assert.equal(rows.length, 3);
	assert.deepEqual([rows.at(0), rows.at(1), rows.at(2)], ['one', '', 'three']);
	assert.equal(rows.at(3), undefined);
	assert.equal(rows.at(-1), undefined);
});

test('a column that does not hold exactly its count of rows is refused, as a whole read refuses it', () => {
	assert.equal(TextRows.of('one\ntwo', 3, '\n', same), undefined, 'cut short');
	assert.equal(TextRows.of('one\ntwo\nthree\nfour', 3, '\n', same), undefined, 'run together');
	assert.equal(TextRows.of('one', 0, '\n', same), undefined, 'values where none were written');
	assert.equal(TextRows.of('', 0, '\n', same)?.length, 0);
	assert.equal(TextRows.of('', 1, '\n', same)?.at(0), '', 'one empty value');
});

test('a column that may hold no empty value (paths) is refused with one', () => {
	assert.equal(TextRows.of('a.md\u0000\u0000c.md', 3, '\u0000', same, false), undefined);
	assert.equal(TextRows.of('a.md\u0000b.md', 2, '\u0000', same, false)?.at(1), 'b.md');
});

test('each value is given back through the column\'s unmarking', () => {
	const rows = TextRows.of('cut\u0002\nwhole', 2, '\n', value => value.replaceAll('\u0002', '\u2026'))!;
	assert.deepEqual([rows.at(0), rows.at(1)], ['cut\u2026', 'whole']);
});

test('a value is found as a whole row, never as part of one', () => {
	const rows = TextRows.of('post-15\npost-1\npost\npost-1x', 4, '\n', same)!;
	assert.equal(rows.indexOf('post-1'), 1);
	assert.equal(rows.indexOf('post'), 2);
	assert.equal(rows.indexOf('post-15'), 0);
	assert.equal(rows.indexOf('post-1x'), 3);
	assert.equal(rows.indexOf('ost'), -1);
	assert.equal(rows.indexOf('post-1\npost'), -1, 'not across rows');
	assert.equal(rows.indexOf(''), -1);
	assert.equal(TextRows.of('a\n\nb', 3, '\n', same)!.indexOf(''), 1);
});

test('a value holding `…` is found in a column that stores it marked', () => {
	const rows = TextRows.of('wait\u0002\nwait', 2, '\n', value => value.replaceAll('\u0002', '\u2026'))!;
	assert.equal(rows.indexOf('wait\u2026'), 0);
	assert.equal(rows.indexOf('wait'), 1);
});
