import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Archive, Post} from '../../../source/archive/post.js';
import {compareReloaded, reloadNote} from '../../../source/archive/watch/reload-diff.js';

function post(path: string, fields: Partial<Post> = {}): Post {
	return {slug: path.replace(/\.md$/, ''), title: path, date: '2024-01-01', tags: [], authors: [], status: 'published', type: 'post', summary: '', words: 10, minutes: 1, path, section: null, format: 'markdown', body: 'text', file: `/blog/${path}`, ...fields};
}

function archive(posts: Post[], pages: Post[] = []): Archive {
	return {root: '/blog', site: {generator: 'plain', contentRoot: '/blog', baseUrl: null}, posts, pages, drafts: 0, skipped: []};
}

test('added, changed and removed posts are counted, pages too', () => {
	const shown = archive([post('a.md'), post('b.md'), post('c.md')], [post('about.md', {type: 'page'})]);
	const loaded = archive([post('a.md'), post('b.md', {title: 'B, retitled'}), post('d.md'), post('e.md')], []);
	const outcome = compareReloaded(shown, loaded, new Set());
	assert.deepEqual({added: outcome.added, changed: outcome.changed, removed: outcome.removed}, {added: 2, changed: 1, removed: 2});
	assert.equal(reloadNote(outcome), 'reloaded: 2 added, 1 changed, 2 removed');
});

test('after a watch, an untouched post with the same fields is the very post shown; a touched one is new', () => {
	const a = post('a.md');
	const b = post('b.md');
	const shown = archive([a, b]);
	const loaded = archive([post('a.md'), post('b.md')]);
	const outcome = compareReloaded(shown, loaded, new Set(['/blog/b.md']));
	assert.equal(outcome.archive.posts[0], a);
	assert.notEqual(outcome.archive.posts[1], b);
	assert.equal(outcome.archive.posts[1], loaded.posts[1]);
	assert.equal(outcome.changed, 1);
});

test('a reload by hand takes every post anew and counts only changed fields', () => {
	const a = post('a.md');
	const outcome = compareReloaded(archive([a, post('b.md')]), archive([post('a.md'), post('b.md', {words: 11})]));
	assert.notEqual(outcome.archive.posts[0], a);
	assert.equal(outcome.changed, 1);
	assert.equal(outcome.added + outcome.removed, 0);
});

test('the note says no changes when there are none', () => {
	assert.equal(reloadNote({added: 0, changed: 0, removed: 0}), 'reloaded: no changes');
	assert.equal(reloadNote({added: 1, changed: 0, removed: 0}), 'reloaded: 1 added');
});
