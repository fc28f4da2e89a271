import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {parseQuery} from '../../source/search/query.js';
import {createSearcher} from '../../source/search/rank.js';
import {makePost} from './make-post.js';

// Text a user could type or paste, biased towards the characters the parser treats specially.
const text = fc.oneof(
	fc.string({unit: 'grapheme', maxLength: 40}),
	fc.string({unit: 'binary', maxLength: 40}),
	fc.array(fc.constantFrom('"', '-', ' ', ':', 'a', 'é', 'e\u0301', '東', '🚀', 'İ', 'ς', 'ﬁ', '\u0000', '\uD800'), {maxLength: 30}).map(parts => parts.join('')),
);

describe('search on any input', {timeout: 60_000}, () => {
	it('parses any text without throwing', () => {
		fc.assert(fc.property(text, query => {
			const parsed = parseQuery(query);
			assert.ok(Array.isArray(parsed.include) && Array.isArray(parsed.exclude));
		}), {numRuns: 500});
	});

	it('answers any query over any titles with valid ranges, never throwing', () => {
		fc.assert(fc.property(fc.array(fc.tuple(text, text), {minLength: 1, maxLength: 8}), text, fc.option(fc.integer({min: -2, max: 10})), (fields, query, limit) => {
			const posts = fields.map(([title, body], number) => makePost({title, body, slug: `p${number}`, tags: [body.slice(0, 5)]}));
			const matches = createSearcher(posts)(query, limit === null ? {} : {limit});
			assert.ok(matches.length <= posts.length);
			for (const match of matches) {
				for (const [start, end] of match.titleRanges) {
					assert.ok(start >= 0 && start < end && end <= match.post.title.length, `range ${start}-${end} in ${JSON.stringify(match.post.title)}`);
				}
			}
		}), {numRuns: 300});
	});
});
