import assert from 'node:assert/strict';
import type {FSWatcher} from 'node:fs';
import {test} from 'node:test';
import type {Archive, Post} from '../../source/archive/post.js';
import {LiveArchive, type LiveSource} from '../../source/ui/live-archive.js';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';

function post(path: string, title = path): Post {
	return {slug: path, title, date: '2024-01-01', tags: [], authors: [], status: 'published', type: 'post', summary: '', words: 1, minutes: 1, path, section: null, format: 'markdown', body: '', file: `/blog/${path}`};
}

function archive(paths: string[], fingerprint?: string): Archive {
	return {root: '/blog', site: {generator: 'plain', contentRoot: '/blog', baseUrl: null}, posts: paths.map(path => post(path)), pages: [], drafts: 0, skipped: [], ...(fingerprint ? {fingerprint} : {})};
}

async function settled(): Promise<void> {
	for (let turn = 0; turn < 5; turn++) {
		await new Promise(resolve => {
			setImmediate(resolve);
		});
	}
}

test('a watch the system refuses leaves r: one note, and r still reloads and says what it found', async () => {
	const folder = removeAfterTests(tempDir('blog-reader-live-unit-'));
	let next: Archive | undefined = archive(['a.md', 'b.md']);
	const source: LiveSource = {
		reload: async () => next,
		folders: [folder],
		watchOptions: {
			platform: 'linux',
			watch() {
				throw Object.assign(new Error('no more'), {code: 'ENOSPC'});
			},
		},
	};
	const shown: Archive[] = [];
	const notes: string[] = [];
	const live = new LiveArchive(archive(['a.md']), source, archive => shown.push(archive), text => notes.push(text));
	live.watch();
	await settled();
	assert.deepEqual(notes, ['live reload is off: the system\'s limit of watched folders is reached (ENOSPC); r reloads']);
	live.reloadNow();
	await settled();
	assert.equal(shown.length, 1);
	assert.deepEqual(shown[0]!.posts.map(post => post.path), ['a.md', 'b.md']);
	assert.equal(notes.at(-1), 'reloaded: 1 added');
	next = undefined;
	live.reloadNow();
	await settled();
	assert.equal(notes.at(-1), 'reloaded: no changes');
	assert.equal(shown.length, 1);
	live.close();
});

test('reloads run one at a time; what is asked meanwhile runs once after', async () => {
	let release: () => void = () => {};
	let calls = 0;
	const source: LiveSource = {
		async reload() {
			calls++;
			await new Promise<void>(resolve => {
				release = resolve;
			});
			return archive(['a.md', `new-${calls}.md`]);
		},
		folders: [],
		watchOptions: {watch: () => ({close() {}, on() {}}) as unknown as FSWatcher},
	};
	const notes: string[] = [];
	const live = new LiveArchive(archive(['a.md']), source, () => {}, text => notes.push(text));
	live.reloadNow();
	live.reloadNow();
	live.reloadNow();
	await settled();
	assert.equal(calls, 1);
	release();
	await settled();
	assert.equal(calls, 2);
	release();
	await settled();
	assert.equal(calls, 2);
	assert.deepEqual(notes, ['reloaded: 1 added', 'reloaded: 1 added, 1 removed']);
	live.close();
	live.reloadNow();
	await settled();
	assert.equal(calls, 2, 'nothing after close');
});

test('a reload that fails is a note, not a crash', async () => {
	const notes: string[] = [];
	const live = new LiveArchive(archive(['a.md']), {
		async reload() {
			throw new Error('no such folder: /blog');
		},
		folders: [],
	}, () => {}, text => notes.push(text));
	live.reloadNow();
	await settled();
	assert.deepEqual(notes, ['could not reload: no such folder: /blog']);
	live.close();
});
