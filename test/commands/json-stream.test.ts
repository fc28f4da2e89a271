import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {toJson, writeJsonArray} from '../../source/commands/json.js';

const written = (items: readonly unknown[]): {text: string; writes: number} => {
	let text = '';
	let writes = 0;
	writeJsonArray(items, item => item, part => {
		text += part;
		writes++;
	});
	return {text, writes};
};

test('an array written in slices is the same bytes as the whole array as JSON', () => {
	const value = fc.oneof(fc.string({unit: 'binary'}), fc.string({unit: 'grapheme'}), fc.integer(), fc.constant(null), fc.array(fc.string({unit: 'binary'}), {maxLength: 3}));
	const item = fc.oneof(fc.dictionary(fc.string({maxLength: 5}), value, {maxKeys: 4}), value);
	fc.assert(fc.property(fc.array(item, {maxLength: 600}), items => {
		assert.equal(written(items).text, `${toJson(items)}\n`);
	}), {numRuns: 60});
});

test('the empty array, and controls and lone surrogates escaped as a whole array escapes them', () => {
	assert.equal(written([]).text, '[]\n');
	const hostile = [{title: 'a\u009B2J b', path: 'x\uD800y', tags: ['\u202Eevil']}];
	assert.equal(written(hostile).text, `${toJson(hostile)}\n`);
	assert.ok(!/[\u0080-\u009F\u202E]/.test(written(hostile).text));
});

test('many items go out in several writes, not one', () => {
	const items = Array.from({length: 1000}, (_, at) => ({slug: `post-${at}`}));
	const {text, writes} = written(items);
	assert.ok(writes > 1);
	assert.deepEqual(JSON.parse(text), items);
});
