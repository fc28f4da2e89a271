import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {countWords} from '../../../source/archive/fields/word-count.js';

test('words are runs of letters and digits, joined by apostrophes, hyphens and underscores', () => {
	assert.equal(countWords('', 'markdown'), 0);
	assert.equal(countWords('Hello, world!', 'markdown'), 2);
	assert.equal(countWords("it's a well-known snake_case word’s end", 'markdown'), 6);
	assert.equal(countWords("- a list 'quoted' -dash", 'markdown'), 4);
	assert.equal(countWords('Größe ändern 漢字 42', 'markdown'), 4);
	assert.equal(countWords('<p>Two <b>words</b></p>', 'html'), 2);
});

test('link targets and bare URLs are not read as words', () => {
	assert.equal(countWords('See [the notes](https://example.org/a-b/c_d) here.', 'markdown'), 4);
	assert.equal(countWords('Go to https://example.org/x/y?z=1 now, or http://a.b/c.', 'markdown'), 4);
	// As ever, the s of https must be lower case to make a URL: HTTPS://example.org/b is three words.
	assert.equal(countWords('Loud HTTPs://example.org/a but HTTPS://example.org/b', 'markdown'), 6);
	assert.equal(countWords('xhttp://a.b stays a word', 'markdown'), 6);
	assert.equal(countWords('[a](b c)(d) e', 'markdown'), 4);
	assert.equal(countWords('ends with https://example.org', 'markdown'), 2);
});

// The character loop this replaced, as it was: the count is the same on any text.
function countedBefore(text: string): number {
	const letter = /[\p{L}\p{N}]/u;
	const isWordCode = (index: number, code: number): boolean => (code < 128 ? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : letter.test(text[index]!));
	const skipTo = (index: number, parenthesis: boolean): number => {
		let at = index;
		while (at < text.length) {
			const code = text.charCodeAt(at);
			if (code === 32 || code === 10 || code === 9 || (parenthesis && code === 41)) {
				return at;
			}

			at++;
		}

		return at;
	};

	let count = 0;
	let inWord = false;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (!inWord && (code === 104 || code === 72) && text.startsWith('://', index + (text[index + 4] === 's' ? 5 : 4)) && /^https?$/i.test(text.slice(index, index + (text[index + 4] === 's' ? 5 : 4)))) {
			index = skipTo(index, false);
			continue;
		}

		if (code === 40 && text.charCodeAt(index - 1) === 93) {
			index = skipTo(index, true);
			inWord = false;
			continue;
		}

		if (isWordCode(index, code)) {
			if (!inWord) {
				count++;
				inWord = true;
			}
		} else if (!(inWord && (code === 39 || code === 45 || code === 95 || code === 0x20_19))) {
			inWord = false;
		}
	}

	return count;
}

test('the count is the one the character loop before it gave, on any text', () => {
	const pieces = fc.constantFrom('http', 'https', 'HTTP', 'HTTPs', 'HTTPS', '://', ':/', ']', '(', ')', '](', ' ', '\n', '\t', 'x', 'h', 's', "'", '-', '_', '’', 'é', '漢', '\uD835\uDC9C', '\uD800', '.', '/', '1');
	fc.assert(fc.property(fc.array(pieces, {maxLength: 40}).map(parts => parts.join('')), text => countWords(text, 'markdown') === countedBefore(text)), {numRuns: 20_000});
	fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 60}), text => countWords(text, 'markdown') === countedBefore(text)), {numRuns: 5000});
});
