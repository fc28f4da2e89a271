import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {filterChips, maxQueryWords, parseQuery} from '../../source/search/query.js';

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

describe('parseQuery filters', () => {
	it('reads each filter, # for tag:, quoted values and a minus to negate', () => {
		const {include, exclude, filters, problems} = parseQuery('ledger tag:P2P #rust author:"Aaron Turon" section:inside-rust year:2017 -tag:draft is:unread');
		assert.deepEqual(include, [{kind: 'word', word: 'ledger'}]);
		assert.deepEqual(exclude, []);
		assert.deepEqual(problems, []);
		assert.deepEqual(filterChips({include, exclude, filters, problems}), ['tag:p2p', 'tag:rust', 'author:"aaron turon"', 'section:inside-rust', 'year:2017', '-tag:draft', 'is:unread']);
	});

	it('reads dates as exclusive bounds: a year or month means its first day before, its last after', () => {
		const {filters} = parseQuery('before:2020 after:2019-02 before:2018-03-04');
		assert.deepEqual(filters, [
			{kind: 'before', date: '2020-01-01', negated: false},
			{kind: 'after', date: '2019-02-28', negated: false},
			{kind: 'before', date: '2018-03-04', negated: false},
		]);
	});

	it('names each filter it cannot read, and keeps the rest of the query', () => {
		const {include, filters, problems} = parseQuery('rust year:20x7 before:yesterday after:2021-02-30 is:maybe tag:ok');
		assert.deepEqual(include, [{kind: 'word', word: 'rust'}]);
		assert.deepEqual(filters, [{kind: 'tag', value: 'ok', negated: false}]);
		assert.deepEqual(problems.map(problem => problem.token), ['year:20x7', 'before:yesterday', 'after:2021-02-30', 'is:maybe']);
		assert.match(problems[0]!.message, /four digits/);
	});

	it('reads an unknown prefix as words and a filter still being typed as nothing', () => {
		assert.deepEqual(parseQuery('foo:bar tag: # mood:'), {
			include: [{kind: 'word', word: 'foo'}, {kind: 'word', word: 'bar'}, {kind: 'word', word: 'mood'}],
			exclude: [],
			filters: [],
			problems: [],
		});
	});

	it('reads a dotted number as one token', () => {
		assert.deepEqual(parseQuery('rust 1.28.0 v2').include, [
			{kind: 'word', word: 'rust'},
			{kind: 'phrase', words: ['1', '28', '0'], number: true},
			{kind: 'word', word: 'v2'},
		]);
	});

	it(`reads at most ${maxQueryWords} words, says so, and stays linear on a pasted page`, () => {
		const page = Array.from({length: 25_000}, (_, at) => `word${at}`).join(' ');
		const {include, problems} = parseQuery(page);
		assert.equal(include.length, maxQueryWords);
		assert.equal(problems.length, 1);
		assert.match(problems[0]!.message, /more than 64 words/);
	});
});
