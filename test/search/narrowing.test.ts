import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {createSearcher, type Match} from '../../source/search/rank.js';
import {makePost} from './make-post.js';

/** What a list shows of a result: titles in order, their scores and highlighted ranges. */
function shown(matches: readonly Match[]): Array<[string, number, string]> {
	return matches.map(match => [match.post.title, match.score, JSON.stringify(match.titleRanges)]);
}

/** Types `query` one character at a time into one searcher, as the reader does. */
function typedKeyByKey(posts: Parameters<typeof createSearcher>[0], query: string): Array<[string, Array<[string, number, string]>]> {
	const searcher = createSearcher(posts, {stored: null});
	return Array.from(query, (_, at) => {
		const prefix = query.slice(0, at + 1);
		return [prefix, shown(searcher(prefix))];
	});
}

function freshEach(posts: Parameters<typeof createSearcher>[0], query: string): Array<[string, Array<[string, number, string]>]> {
	return Array.from(query, (_, at) => {
		const prefix = query.slice(0, at + 1);
		return [prefix, shown(createSearcher(posts, {stored: null})(prefix))];
	});
}

// Words that share prefixes and sit one typo apart, so growing queries gain and lose typo matches.
const vocabulary = ['ledger', 'ledge', 'lead', 'led', 'leger', 'stability', 'stabilty', 'stable', 'rust', 'rusty', 'trust', 'notes', 'note'];
const words = fc.array(fc.constantFrom(...vocabulary), {maxLength: 6}).map(list => list.join(' '));

describe('search as the query grows', {timeout: 60_000}, () => {
	it('gives, key by key, exactly what a fresh search for each prefix gives', () => {
		const query = fc.oneof(
			words,
			fc.array(fc.constantFrom('l', 'e', 'd', 'g', 'r', 's', 't', 'a', 'b', 'i', 'y', 'x', ' ', '-', '"'), {maxLength: 14}).map(parts => parts.join('')),
		);
		fc.assert(fc.property(fc.array(fc.tuple(words, words, words), {minLength: 1, maxLength: 8}), query, (fields, typed) => {
			const posts = fields.map(([title, tags, body], number) => makePost({title, body, slug: `p${number}`, tags: tags === '' ? [] : tags.split(' ')}));
			assert.deepEqual(typedKeyByKey(posts, typed), freshEach(posts, typed));
		}), {numRuns: 400});
	});

	it('finds a title by a typo once the word is long enough, though the shorter word found nothing', () => {
		const posts = [makePost({title: 'Ledger basics'}), makePost({title: 'Notes', body: 'a ledge'})];
		const searcher = createSearcher(posts, {stored: null});
		assert.deepEqual(searcher('lxdg').map(match => match.post.title), []);
		assert.deepEqual(searcher('lxdge').map(match => match.post.title), ['Ledger basics']);
	});

	it('keeps earlier words and drops posts that no longer match the longer last word', () => {
		const posts = [
			makePost({title: 'Rust ledger', body: 'notes'}),
			makePost({title: 'Rust leaf'}),
			makePost({title: 'Ledger', tags: ['rust']}),
		];
		const searcher = createSearcher(posts, {stored: null});
		assert.deepEqual(searcher('rust le').map(match => match.post.title), ['Rust ledger', 'Rust leaf', 'Ledger']);
		assert.deepEqual(searcher('rust led').map(match => match.post.title), ['Rust ledger', 'Ledger']);
		assert.deepEqual(searcher('rust led -notes').map(match => match.post.title), ['Ledger']);
		assert.deepEqual(searcher('rust ledg -notes').map(match => match.post.title), ['Ledger']);
		assert.deepEqual(searcher('rust le').map(match => match.post.title), ['Rust ledger', 'Rust leaf', 'Ledger']);
	});
});
