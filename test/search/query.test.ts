import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parseQuery} from '../../source/search/query.js';

describe('parseQuery', () => {
	it('splits words, folding case and diacritics', () => {
		assert.deepEqual(parseQuery('  Crème  BRÛLÉE '), {include: [{kind: 'word', word: 'creme'}, {kind: 'word', word: 'brulee'}], exclude: [], filters: [], problems: []});
	});

	it('reads quoted phrases, closed or still being typed', () => {
		assert.deepEqual(parseQuery('"state of" art "the ar').include, [
			{kind: 'phrase', words: ['state', 'of']},
			{kind: 'word', word: 'art'},
			{kind: 'phrase', words: ['the', 'ar']},
		]);
	});

	it('reads -word and -"phrase" as exclusions, and a lone minus as nothing', () => {
		assert.deepEqual(parseQuery('rust -go -"web assembly" - x-ray'), {
			include: [{kind: 'word', word: 'rust'}, {kind: 'word', word: 'x'}, {kind: 'word', word: 'ray'}],
			exclude: [{kind: 'word', word: 'go'}, {kind: 'phrase', words: ['web', 'assembly']}],
			filters: [],
			problems: [],
		});
	});

	it('reads an unknown key:value as its words', () => {
		assert.deepEqual(parseQuery('mood:happy').include, [{kind: 'word', word: 'mood'}, {kind: 'word', word: 'happy'}]);
	});

	it('keeps a run of Chinese or Japanese characters together as a phrase', () => {
		assert.deepEqual(parseQuery('東京 blog').include, [{kind: 'phrase', words: ['東', '京']}, {kind: 'word', word: 'blog'}]);
	});
});
