import assert from 'node:assert/strict';
import {test} from 'node:test';
import {inOrder} from '../../source/archive/order.js';
import type {Archive, Post} from '../../source/archive/post.js';

function post(title: string, date: string | null): Post {
	return {slug: title, title, date, tags: [], authors: [], status: 'published', type: 'post', summary: '', words: 1, minutes: 1, path: `${title}.md`, section: null, format: 'markdown', body: '', file: `/b/${title}.md`};
}

const newestFirst = [post('b', '2024-02-01'), post('c', '2024-01-01'), post('A', '2024-01-01'), post('undated', null)];
const archive: Archive = {root: '/b', site: {generator: 'plain', contentRoot: '/b', baseUrl: null}, posts: newestFirst, pages: [], drafts: 0, skipped: [], fingerprint: 'f'};

test('newest is the order a load gives; oldest keeps undated posts last; title ignores case', () => {
	assert.equal(inOrder(archive, 'newest'), archive);
	assert.deepEqual(inOrder(archive, 'oldest').posts.map(post => post.title), ['A', 'c', 'b', 'undated']);
	assert.deepEqual(inOrder(archive, 'title').posts.map(post => post.title), ['A', 'b', 'c', 'undated']);
	assert.equal(inOrder(archive, 'title').fingerprint, 'f');
	assert.deepEqual(archive.posts, newestFirst, 'the archive itself is left as it was');
});
