/**
A folder far larger than any blog (`--dir /`, a home folder) ends quickly with one line saying
where to point instead, and many unreadable folders make one line, not one each.
*/
import './isolated-cache.js';
import assert from 'node:assert/strict';
import {chmodSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {loadArchive} from '../../source/archive/load.js';
import type {Skipped} from '../../source/archive/post.js';
import {removeDir, tempDir, writeTree} from '../fixtures/tree.js';

const made: string[] = [];
const locked: string[] = [];
after(() => {
	for (const dir of locked) {
		chmodSync(dir, 0o755);
	}

	for (const dir of made) {
		removeDir(dir);
	}
});

function archiveOf(files: Readonly<Record<string, string>>): string {
	const dir = tempDir();
	made.push(dir);
	return writeTree(dir, files);
}

test('a walk past the entry limit stops with one warning and loads nothing', () => {
	const files: Record<string, string> = {};
	for (let index = 0; index < 40; index++) {
		files[`folder-${index % 4}/post-${index}.md`] = `# Post ${index}\n`;
	}

	const root = archiveOf(files);
	const warnings: string[] = [];
	const skipped: Skipped[] = [];
	const archive = loadArchive(root, {maxEntries: 20, onWarning: message => warnings.push(message), onSkip: item => skipped.push(item)});
	assert.deepEqual(warnings, ['stopped after 20 files: point --dir at the blog\'s folder']);
	assert.deepEqual(skipped, []);
	assert.equal(archive.posts.length, 0);

	// Within the limit, the same archive loads whole.
	const whole = loadArchive(root, {maxEntries: 100, onWarning: message => warnings.push(message)});
	assert.equal(whole.posts.length, 40);
	assert.equal(warnings.length, 1);
});

const isRoot = process.getuid?.() === 0;

test('many unreadable folders are named three times, then counted in one line', {skip: isRoot ? 'permissions do not stop root' : false}, () => {
	const root = archiveOf({'readable.md': '# Readable\n'});
	for (let index = 0; index < 10; index++) {
		const folder = join(root, `locked-${index}`);
		mkdirSync(folder);
		chmodSync(folder, 0);
		locked.push(folder);
	}

	const skipped: Skipped[] = [];
	const archive = loadArchive(root, {onSkip: item => skipped.push(item)});
	assert.deepEqual(skipped, [
		{path: 'locked-0', reason: 'permission denied'},
		{path: 'locked-1', reason: 'permission denied'},
		{path: 'locked-2', reason: 'permission denied'},
		{path: '7 more folders', reason: 'permission denied'},
	]);
	assert.deepEqual(archive.posts.map(post => post.title), ['Readable']);
});
