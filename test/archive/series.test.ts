import './isolated-cache.js';
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {loadArchive} from '../../source/archive/load.js';
import {cachedArchive} from '../../source/archive/cache/cached-archive.js';
import type {Archive} from '../../source/archive/post.js';
import {settledArchive} from '../fixtures/tree.js';

const files = {
	'one.md': '---\ntitle: One\ndate: 2020-01-01\nseries: Building a CPU\n---\nText.\n',
	'two.md': '---\ntitle: Two\ndate: 2020-01-02\nseries: [Building a CPU, Hardware]\n---\nText.\n',
	'zola.md': '+++\ntitle = "Zola"\ndate = 2020-01-03\n[taxonomies]\nseries = ["Static sites"]\n+++\nText.\n',
	'none.md': '---\ntitle: None\ndate: 2020-01-04\n---\nText.\n',
};

const seriesByTitle = (archive: Archive) => Object.fromEntries(archive.posts.map(post => [post.title, post.series]));
const expected = {One: ['Building a CPU'], Two: ['Building a CPU', 'Hardware'], Zola: ['Static sites'], None: undefined};

test('series come from front matter (a string or a list) or a series taxonomy, and are absent otherwise', () => {
	const archive = loadArchive(settledArchive(files), {cache: false});
	assert.deepEqual(seriesByTitle(archive), expected);
	assert.ok(!('series' in archive.posts.find(post => post.title === 'None')!), 'a post in no series has no series key');
});

test('series survive the index cache', () => {
	const dir = settledArchive(files);
	loadArchive(dir);
	assert.deepEqual(seriesByTitle(loadArchive(dir)), expected, 'a warm start reads them from the index');
	const indexed = cachedArchive(dir);
	assert.ok(indexed, 'the index answers');
	assert.deepEqual(seriesByTitle(indexed), expected);
});
