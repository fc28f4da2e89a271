import assert from 'node:assert/strict';
import {test} from 'node:test';
import {countTags} from '../../source/commands/tags.js';
import {assertLinear} from '../helpers/growth.js';
import {postWith} from '../helpers/post.js';

const range = (count: number): number[] => Array.from({length: count}, (_, index) => index);

test('tags count each post once per tag, case folded, named by the first spelling met', () => {
	const posts = [
		postWith({title: 'a', tags: ['Rust', 'rust', 'Go']}),
		postWith({title: 'b', tags: ['RUST']}),
		postWith({title: 'c', tags: ['go', 'Zig']}),
	];
	assert.deepEqual(countTags(posts), [
		{tag: 'Go', count: 2},
		{tag: 'Rust', count: 2},
		{tag: 'Zig', count: 1},
	]);
});

// 100,000 distinct tags on one post took 73 s when each new tag searched the post's list again.
test('counting grows linearly: many tags on one post, many posts, many spellings', {timeout: 120_000}, () => {
	assertLinear('one post, many tags', n => [postWith({title: 'p', tags: range(n).map(i => `tag${i}`)})], countTags, {size: 2000});
	assertLinear('many posts, few tags', n => range(n).map(i => postWith({title: `p${i}`, tags: ['a', 'b', `t${i % 50}`]})), countTags, {size: 2000});
	assertLinear('one post, one tag spelt many ways', n => [postWith({title: 'p', tags: range(n).map(i => (i % 2 === 0 ? 'Tag' : 'tAG') + ' '.repeat(i % 3))})], countTags, {size: 2000});
});
