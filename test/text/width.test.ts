import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {oneColumnEach} from '../../source/text/grapheme-width.js';
import {columns, fit, truncate} from '../../source/text/width.js';

// What a terminal shows: columns decide where titles are cut and lines wrap. Our count must be
// string-width's for every kind of text, though it skips the segmenter for plain ASCII.
describe('terminal columns', () => {
	test('known widths: ASCII, CJK, emoji, combining marks, zero-width and styled text', () => {
		const cases: Array<[string, number]> = [
			['', 0],
			['hello, world', 12],
			['日本語', 6],
			['한국어 text', 11],
			['👍🏽 ok', 5],
			['👨‍👩‍👧 family', 9],
			['e\u0301te\u0301', 3],
			['zero\u200Bwidth', 9],
			['\u001B[1mbold\u001B[22m', 4],
			['tab\there', 7],
			['🇫🇷', 2],
			['½ ©', 4],
			['“quoted” — and… ‰', 17],
		];
		for (const [text, width] of cases) {
			assert.equal(columns(text), width, JSON.stringify(text));
			assert.equal(columns(text), stringWidth(text), JSON.stringify(text));
		}
	});

	test('agrees with string-width on any text', () => {
		const pieces = fc.constantFrom('a', ' ', '~', 'é', 'e\u0301', '日', '한', '👍', '🏽', '\u200D', '👨‍👩‍👧', '\uFE0F', '\u0007', '\u001B[31m', '\u00AD', '\u2060', '🇫', '🇷', '\uD800', '０', 'ｱ', '\t');
		fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({unit: 'grapheme'})), {maxLength: 12}), parts => {
			const text = parts.join('');
			assert.equal(columns(text), stringWidth(text), JSON.stringify(text));
		}), {numRuns: 500});
	});

	test('every character of the one-column fast path is one column to string-width too', () => {
		for (let code = 0; code <= 0xFFFF; code++) {
			const character = String.fromCharCode(code);
			if (oneColumnEach.test(character)) {
				assert.equal(stringWidth(character), 1, `U+${code.toString(16)}`);
			}
		}
	});

	test('truncate and fit keep wide characters whole', () => {
		assert.equal(truncate('日本語のタイトル', 7), '日本語…');
		assert.equal(fit('日本', 6), '日本  ');
		assert.equal(fit('a long ASCII title', 8), 'a long …');
	});
});
