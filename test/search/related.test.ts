import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Post} from '../../source/archive/post.js';
import {createSearcher} from '../../source/search/rank.js';
import {relatedPosts} from '../../source/search/related.js';
import {makePost, titles} from './make-post.js';

const filler = (count: number): Post[] => Array.from({length: count}, (_, index) => makePost({title: `Note ${index}`, body: `An ordinary day number ${index} with the usual things.`}));

function relatedTo(post: Post, posts: readonly Post[], limit?: number) {
	return relatedPosts(post, posts, createSearcher(posts, {stored: null}).wordIndex(), {limit});
}

describe('related posts', () => {
	it('ranks a shared tag above a shared word, and a post sharing both above either', () => {
		const open = makePost({title: 'Raft in practice', tags: ['consensus'], body: 'Leader election with heartbeats and terms.'});
		const tagged = makePost({title: 'Paxos made plain', tags: ['consensus'], body: 'Proposers and acceptors.'});
		const worded = makePost({title: 'Garden notes', body: 'The heartbeats of a hedgehog.'});
		const both = makePost({title: 'Raft again', tags: ['consensus'], body: 'More heartbeats.'});
		const posts = [open, worded, tagged, both, ...filler(40)];
		assert.deepEqual(titles(relatedTo(open, posts)), ['Raft again', 'Paxos made plain', 'Garden notes']);
	});

	it('says which tags are shared, as the other post spells them, and how many telling words', () => {
		const open = makePost({title: 'Open', tags: ['Rust', 'async'], body: 'tokio executors'});
		const other = makePost({title: 'Other', tags: ['rust', 'web'], body: 'tokio executors again'});
		const [found] = relatedTo(open, [open, other, ...filler(40)]);
		assert.equal(found?.post.title, 'Other');
		assert.deepEqual(found?.tags, ['rust']);
		assert.equal(found?.words, 2);
	});

	it('never lists the post itself, nor posts sharing only common words', () => {
		const open = makePost({title: 'Open', body: 'An ordinary day with the usual things.'});
		const posts = [open, ...filler(40)];
		assert.deepEqual(relatedTo(open, posts), []);
	});

	it('weighs a rare tag above a tag most posts carry', () => {
		const open = makePost({title: 'Open', tags: ['blog', 'zig']});
		const common = Array.from({length: 30}, (_, index) => makePost({title: `Common ${index}`, tags: ['blog']}));
		const rare = makePost({title: 'Rare', tags: ['zig']});
		const [first] = relatedTo(open, [open, ...common, rare]);
		assert.equal(first?.post.title, 'Rare');
	});

	it('keeps to the limit, newer first among equals, and works for a post not in the list (a page)', () => {
		const page = makePost({title: 'About', tags: ['me']});
		const posts = Array.from({length: 10}, (_, index) => makePost({title: `Post ${index}`, tags: ['me']}));
		assert.deepEqual(titles(relatedTo(page, posts, 3)), ['Post 0', 'Post 1', 'Post 2']);
	});

	it('scores a post of a 10,000-post archive without reading every post', () => {
		const posts = Array.from({length: 10_000}, (_, index) => makePost({title: `Post ${index}`, tags: [`tag${index % 50}`], body: `word${index % 300} word${index % 7} common text`}));
		const index = createSearcher(posts, {stored: null}).wordIndex();
		const found = relatedPosts(posts[0]!, posts, index);
		assert.equal(found.length, 20);
		assert.ok(found.every(related => related.tags.includes('tag0')), 'the shared tag leads');
	});
});
