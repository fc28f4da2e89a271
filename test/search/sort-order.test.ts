import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createSearcher} from '../../source/search/rank.js';
import {nextSort, rankOfSlug, sortInEffect, sortPostsBy, sortRanked} from '../../source/search/sort-order.js';
import {postWith} from '../helpers/post.js';

// Newest first, as an archive holds them; one undated post at the end.
const posts = [
	postWith({slug: 'c', title: 'Cargo news', date: '2021-05-01', summary: 'rust cargo'}),
	postWith({slug: 'a', title: 'about rust', date: '2020-03-01', summary: 'rust'}),
	postWith({slug: 'b', title: 'Borrowing in Rust', date: '2019-01-01', summary: 'rust borrow'}),
	postWith({slug: 'u', title: 'Undated rust', date: null}),
];
const slugs = (list: ReadonlyArray<{readonly slug: string}>) => list.map(post => post.slug);

test('s cycles newest, oldest, title, relevance; relevance only when the query ranks', () => {
	assert.equal(nextSort('newest', true), 'oldest');
	assert.equal(nextSort('oldest', true), 'title');
	assert.equal(nextSort('title', true), 'relevance');
	assert.equal(nextSort('relevance', true), 'newest');
	assert.equal(nextSort('title', false), 'newest', 'without a query relevance is skipped');
	assert.equal(sortInEffect(undefined, true), 'relevance');
	assert.equal(sortInEffect(undefined, false), 'newest');
	assert.equal(sortInEffect('relevance', false), 'newest', 'relevance falls back when the words go');
	assert.equal(sortInEffect('title', true), 'title');
});

test('posts sort newest, oldest (undated last either way) and by title ignoring case', () => {
	assert.deepEqual(slugs(sortPostsBy(posts, 'newest')), ['c', 'a', 'b', 'u']);
	assert.deepEqual(slugs(sortPostsBy(posts, 'oldest')), ['b', 'a', 'c', 'u']);
	assert.deepEqual(slugs(sortPostsBy(posts, 'title')), ['a', 'b', 'c', 'u']);
	assert.deepEqual(slugs(sortPostsBy([...posts].reverse(), 'newest')), ['c', 'a', 'b', 'u'], 'whatever order they come in');
});

test('a query\'s matches reorder by the order chosen; relevance keeps the ranking', () => {
	const searcher = createSearcher(posts, {stored: null});
	const found = searcher.ranked('rust');
	const order = (ranked: typeof found) => Array.from({length: ranked.length}, (_, rank) => ranked.post(rank).slug);
	assert.equal(sortRanked(found, 'relevance', posts), found);
	assert.deepEqual(order(sortRanked(found, 'newest', posts)), ['c', 'a', 'b', 'u']);
	assert.deepEqual(order(sortRanked(found, 'oldest', posts)), ['b', 'a', 'c', 'u']);
	const byTitle = sortRanked(found, 'title', posts);
	assert.deepEqual(order(byTitle), ['a', 'b', 'c', 'u']);
	assert.equal(byTitle.at(0).post.slug, 'a', 'matches come with their post');
	assert.equal(sortRanked(found, 'title', posts), byTitle, 'asked again, the same list');
	assert.equal(rankOfSlug(byTitle, 'c'), 2);
	assert.equal(rankOfSlug(byTitle, 'nope'), -1);
	const all = searcher.ranked('');
	assert.equal(sortRanked(all, 'newest', posts), all, 'every post newest first is already in order');
});
