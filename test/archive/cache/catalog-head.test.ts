import {emptyCacheEachTest} from '../isolated-cache.js';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {cachedArchive, cachedHead} from '../../../source/archive/cache/cached-archive.js';
import {catalogFileFor} from '../../../source/archive/cache/catalog-file.js';
import {headFileFor, headPosts} from '../../../source/archive/cache/catalog-head.js';
import {type Archive, postToJson} from '../../../source/archive/post.js';
import {loadArchive, realOrSelf} from '../../../source/archive/load.js';
import {writeHostileArchive} from '../../fixtures/hostile.js';
import {writeHugoSite} from '../../fixtures/sites.js';
import {settle, settledArchive} from '../../fixtures/tree.js';
import {readJsonFile, writeJsonFile} from '../../../source/state/json-file.js';

emptyCacheEachTest();

const shown = (archive: Archive): unknown[] => archive.posts.map(post => ({...postToJson(post, true), file: post.file}));

function manyPosts(count: number): Record<string, string> {
	const files: Record<string, string> = {
		'about.md': '---\ntitle: About\ntype: page\n---\n\nA page.\n',
		'draft.md': '---\ntitle: Not yet\ndate: 2030-01-01\ndraft: true\n---\n\nDraft.\n',
	};
	for (let post = 0; post < count; post++) {
		const day = String((post % 28) + 1).padStart(2, '0');
		files[`posts/p${post}.md`] = `---\ntitle: Post ${post}\ndate: ${2000 + (post % 20)}-03-${day}\ntags: [t${post % 7}]\n---\n\nBody of ${post}.\n`;
	}

	return files;
}

test('the head is the first posts of the list as the reader opens it, with the whole count, bodies read on use', () => {
	const dir = settledArchive(manyPosts(headPosts + 40));
	assert.equal(cachedHead(dir), undefined, 'no head before any load');
	loadArchive(dir);
	const head = cachedHead(dir);
	const whole = cachedArchive(dir);
	assert.ok(head && whole);
	assert.deepEqual(head.whole, {posts: headPosts + 40, pages: 1, sections: ['posts']});
	assert.equal(head.posts.length, headPosts);
	assert.deepEqual(shown(head), shown(whole).slice(0, headPosts));
	assert.equal(head.fingerprint, undefined, 'no word index is ever taken for the head');
	assert.ok(!head.posts.some(post => post.status === 'draft'));
});

test('a small archive is its own head; a Hugo site and hostile names come back as loaded', () => {
	for (const dir of [settledArchive(manyPosts(3)), settle(writeHugoSite(settledArchive({}))), settle(writeHostileArchive(settledArchive({})))]) {
		const loaded = loadArchive(dir);
		const head = cachedHead(dir);
		assert.ok(head, dir);
		assert.deepEqual(shown(head), shown(loaded));
		assert.deepEqual(head.whole, {posts: loaded.posts.length, pages: loaded.pages.length, sections: [...new Set(loaded.posts.map(post => post.section))]});
	}
});

test('a load with drafts writes no head, and leaves one as the list without drafts', () => {
	const dir = settledArchive(manyPosts(5));
	loadArchive(dir, {drafts: true});
	assert.equal(cachedHead(dir), undefined);
	const list = loadArchive(dir);
	loadArchive(dir, {drafts: true});
	const head = cachedHead(dir);
	assert.ok(head);
	assert.deepEqual(shown(head), shown(list));
});

test('a missing head is written by the next load even when nothing changed', () => {
	const dir = settledArchive(manyPosts(5));
	loadArchive(dir);
	const file = headFileFor(catalogFileFor(realOrSelf(dir)));
	assert.ok(existsSync(file));
	rmSync(file);
	loadArchive(dir);
	assert.ok(cachedHead(dir));
});

test('a head that is damaged, of another build, or holds what the loader never stores is not used', () => {
	const dir = settledArchive(manyPosts(5));
	loadArchive(dir);
	const file = headFileFor(catalogFileFor(realOrSelf(dir)));
	const bytes = readFileSync(file);
	writeFileSync(file, bytes.subarray(0, bytes.length - 9));
	assert.equal(cachedHead(dir), undefined, 'cut short');
	writeFileSync(file, bytes);
	const read = readJsonFile(file, (value): value is {head: unknown[][]; loader: string; posts: number} => typeof value === 'object');
	assert.equal(read.kind, 'ok');
	const value = read.kind === 'ok' ? read.value : assert.fail();
	const changes: Array<(copy: typeof value) => void> = [
		copy => {
			copy.loader = 'another build';
		},
		copy => {
			copy.head[0]![1] = 'Title\u001B[2J';
		},
		copy => {
			copy.head[0]![2] = 2020;
		},
		copy => {
			copy.posts = 1;
		},
		copy => {
			copy.head = [];
		},
	];
	for (const change of changes) {
		const copy = structuredClone(value);
		change(copy);
		writeJsonFile(file, copy);
		assert.equal(cachedHead(dir), undefined, JSON.stringify(copy).slice(0, 80));
	}

	writeJsonFile(file, value);
	assert.ok(cachedHead(dir), 'the same head rewritten is used');
	// A damaged head is removed when it is refused, so the next load, even of unchanged files, writes it anew.
	writeFileSync(file, 'garbage');
	assert.equal(cachedHead(dir), undefined);
	assert.ok(!existsSync(file));
	loadArchive(dir);
	assert.ok(cachedHead(dir));
});

test('no head when the cache is off, nor once files change too recently to be told apart', () => {
	const dir = settledArchive(manyPosts(5));
	loadArchive(dir, {cache: false});
	assert.equal(cachedHead(dir), undefined);
	loadArchive(dir);
	assert.ok(cachedHead(dir));
	writeFileSync(join(dir, 'posts/p1.md'), '---\ntitle: Changed just now\ndate: 2001-03-02\n---\n\nNew.\n');
	loadArchive(dir);
	assert.equal(cachedHead(dir), undefined, 'a head older than the catalog is removed');
});
