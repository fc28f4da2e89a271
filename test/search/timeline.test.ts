import assert from 'node:assert/strict';
import {test} from 'node:test';
import {parseQuery} from '../../source/search/query.js';
import {filterPredicate} from '../../source/search/query-filters.js';
import {barOf, periodFilter, timelineOf} from '../../source/search/timeline.js';
import {postWith} from '../helpers/post.js';

const dates = ['2020-03-05', '2020-03-01', '2019-12-31', '2020-01-10', '2019-01-01', '2019-12-01', '2018-06-15'];
const posts = [...dates.map((date, at) => postWith({slug: `p${at}`, title: `P${at}`, date})), postWith({slug: 'u', title: 'U', date: null})];

test('posts group by year and month, newest first, with counts; undated ones are counted apart', () => {
	const timeline = timelineOf(posts);
	assert.deepEqual(timeline.years.map(year => [year.year, year.count, year.months.map(month => `${month.month}:${month.count}`)]), [
		['2020', 3, ['2020-03:2', '2020-01:1']],
		['2019', 3, ['2019-12:2', '2019-01:1']],
		['2018', 1, ['2018-06:1']],
	]);
	assert.equal(timeline.undated, 1);
	assert.equal(timeline.widest, 3);
	assert.deepEqual(timelineOf([]), {years: [], undated: 0, widest: 0});
});

test('a year\'s bar is scaled to the busiest year, in eighths, never empty for a post', () => {
	assert.equal(barOf(3, 3, 10), '█'.repeat(10));
	assert.equal(barOf(1, 2, 10), '█'.repeat(5));
	assert.equal(barOf(1, 16, 1), '▏', 'half an eighth rounds up to a sliver');
	assert.equal(barOf(1, 1000, 10), '▏', 'a post is always seen');
	assert.equal(barOf(3, 8, 3), '█▏');
	assert.equal(barOf(0, 5, 10), '');
});

test('the filter for a year or a month keeps exactly that period\'s posts', () => {
	assert.equal(periodFilter('2019'), 'year:2019');
	assert.equal(periodFilter('2020-01'), 'after:2019-12 before:2020-02');
	assert.equal(periodFilter('2019-12'), 'after:2019-11 before:2020-01');
	for (const period of ['2019', '2020-01', '2019-12', '2020-03']) {
		const passes = filterPredicate(parseQuery(periodFilter(period)).filters)!;
		assert.deepEqual(posts.filter(post => passes(post)).map(post => post.date), dates.filter(date => date.startsWith(period)), period);
	}
});
