import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {seriesPlace} from '../../source/search/series.js';
import {makePost} from './make-post.js';

describe('series', () => {
	const part = (title: string, date: string | null, series: string[], path = `${title}.md`) => makePost({title, date, series, path});
	const third = part('Third', '2021-03-01', ['Building a CPU']);
	const first = part('First', '2021-01-01', ['building a cpu']);
	const second = part('Second', '2021-02-01', ['Building a CPU', 'Hardware']);
	const unrelated = part('Elsewhere', '2021-02-15', ['Gardening']);
	// Newest first, as archives list posts.
	const posts = [third, unrelated, second, first];

	it('orders the parts oldest first, whatever the case of the name', () => {
		const place = seriesPlace(second, posts);
		assert.deepEqual(place && {name: place.name, part: place.part, parts: place.parts, previous: place.previous?.title, next: place.next?.title}, {name: 'Building a CPU', part: 2, parts: 3, previous: 'First', next: 'Third'});
		assert.equal(seriesPlace(first, posts)?.previous, undefined);
		assert.equal(seriesPlace(third, posts)?.next, undefined);
	});

	it('orders parts of one day by path, and undated parts last', () => {
		const a = part('A', '2022-05-01', ['Day'], 'day/part-1.md');
		const b = part('B', '2022-05-01', ['Day'], 'day/part-2.md');
		const c = part('C', null, ['Day'], 'day/part-0.md');
		const place = (post: typeof a) => seriesPlace(post, [c, b, a])?.part;
		assert.deepEqual([place(a), place(b), place(c)], [1, 2, 3]);
	});

	it('is nothing for a post in no series', () => {
		assert.equal(seriesPlace(makePost({title: 'Alone'}), posts), undefined);
	});
});
