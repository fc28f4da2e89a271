import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {bestFirst, sortedByScore} from '../../source/search/rank-order.js';
import {createSearcher} from '../../source/search/rank.js';
import {makePost} from './make-post.js';

// Highest score first, then the earlier post: the order every ranking promises.
function expected(found: Int32Array, total: Float64Array): number[] {
	return [...found].sort((a, b) => total[b]! - total[a]! || a - b);
}

const scores = fc.oneof(
	fc.array(fc.integer({min: 0, max: 140}), {minLength: 0, maxLength: 900}),
	// Few distinct scores: whole buckets larger than the head.
	fc.array(fc.constantFrom(1, 7, 7, 7, 107), {minLength: 0, maxLength: 900}),
	// The fuzzy tier's fractions take the general sort.
	fc.array(fc.oneof(fc.integer({min: 0, max: 20}), fc.double({min: 0, max: 20, noNaN: true})), {minLength: 0, maxLength: 300}),
);

describe('ranks best first', () => {
	it('gives every rank of any scores, asked in any order, as a full sort would', () => {
		fc.assert(fc.property(scores, fc.integer({min: 1, max: 300}), fc.array(fc.nat(), {maxLength: 40}), (points, head, asked) => {
			const total = Float64Array.from(points);
			// Every third post is not among the matches (its score is left as it was).
			const found = Int32Array.from(points.keys()).filter(post => post % 3 !== 2);
			const want = expected(found, total);
			const order = bestFirst(found, total, head);
			assert.equal(order.length, want.length);
			for (const rank of asked) {
				if (want.length > 0) {
					assert.equal(order.at(rank % want.length), want[rank % want.length]);
				}
			}

			assert.deepEqual(Array.from({length: order.length}, (_, rank) => order.at(rank)), want);
			assert.deepEqual([...sortedByScore(found, total)], want);
		}), {numRuns: 300});
	});

	it('keeps the order of a one-letter query over many posts wherever the list is read first', () => {
		const posts = Array.from({length: 700}, (_, number) => makePost({
			slug: `post-${number}`,
			title: number % 3 === 0 ? `Ledger notes ${number}` : `Other notes ${number}`,
			body: number % 2 === 0 ? 'a long ledger of things' : 'nothing here',
			tags: number % 5 === 0 ? ['logs'] : ['misc'],
		}));
		const inOrder = createSearcher(posts).ranked('l');
		const slugs = Array.from({length: inOrder.length}, (_, rank) => inOrder.post(rank).slug);
		// Titles first, then tags, then bodies; newer (earlier) posts first within each.
		const title = posts.filter((_, number) => number % 3 === 0);
		const tags = posts.filter((_, number) => number % 3 !== 0 && number % 5 === 0);
		const body = posts.filter((_, number) => number % 3 !== 0 && number % 5 !== 0 && number % 2 === 0);
		assert.deepEqual(slugs, [...title, ...tags, ...body].map(post => post.slug));
		const fromTheEnd = createSearcher(posts).ranked('l');
		assert.equal(fromTheEnd.at(fromTheEnd.length - 1).post.slug, slugs.at(-1));
		assert.deepEqual(Array.from({length: fromTheEnd.length}, (_, rank) => fromTheEnd.make(rank).post.slug), slugs);
	});
});
