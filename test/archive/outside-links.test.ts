/**
Links that lead outside the archive are not followed: before, `up -> ..` walked the parent
folder, a link to `/` walked the disk, and linked files from elsewhere were listed and opened.
Links that stay inside keep working, and a file swapped for a link after the load reads empty.
*/
import './isolated-cache.js';
import assert from 'node:assert/strict';
import {rmSync, symlinkSync, utimesSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {loadArchive} from '../../source/archive/load.js';
import type {Skipped} from '../../source/archive/post.js';
import {removeAfterTests, tempDir, writeTree} from '../fixtures/tree.js';

function parentWithBlog(): {parent: string; root: string} {
	const parent = tempDir();
	removeAfterTests(parent);
	const root = join(parent, 'blog');
	writeTree(parent, {
		'blog/inside.md': '# Inside\n\nInside text.\n',
		'blog/store/kept.md': '# Kept\n\nKept text.\n',
		'outside.md': '# Outside secret\n\nOUTSIDE-SECRET\n',
		'private/key.md': '# Private key\n\nPRIVATE-KEY\n',
	});
	return {parent, root};
}

test('links leading outside are skipped with a reason; links inside still work', () => {
	const {parent, root} = parentWithBlog();
	symlinkSync('..', join(root, 'up'));
	symlinkSync('/', join(root, 'disk'));
	symlinkSync('../outside.md', join(root, 'leak.md'));
	symlinkSync(join(parent, 'private'), join(root, 'private-folder'));
	symlinkSync(join(parent, 'outside.png'), join(root, 'picture.png'));
	symlinkSync('store', join(root, 'shelf'));
	symlinkSync('store/kept.md', join(root, 'alias.md'));
	symlinkSync('.', join(root, 'loop'));
	const skipped: Skipped[] = [];
	const archive = loadArchive(root, {onSkip: item => skipped.push(item)});
	assert.deepEqual(archive.posts.map(post => post.path).sort(), ['inside.md', 'store/kept.md']);
	assert.deepEqual(Object.fromEntries(skipped.map(item => [item.path, item.reason])), {
		'disk': 'leads outside the archive',
		'leak.md': 'leads outside the archive',
		'loop': 'symbolic link loop',
		'private-folder': 'leads outside the archive',
		'up': 'leads outside the archive',
	});
	for (const post of archive.posts) {
		assert.doesNotMatch(post.body, /OUTSIDE-SECRET|PRIVATE-KEY/);
	}
});

test('an archive reached through a link is read as usual', () => {
	const {parent, root} = parentWithBlog();
	symlinkSync(root, join(parent, 'blog-link'));
	symlinkSync('store', join(root, 'shelf'));
	const archive = loadArchive(join(parent, 'blog-link'));
	assert.deepEqual(archive.posts.map(post => post.title).sort(), ['Inside', 'Kept']);
	assert.deepEqual(archive.skipped, []);
});

test('a content folder configured outside the archive is not read', () => {
	const {parent, root} = parentWithBlog();
	writeTree(root, {'jbake.properties': `content.folder=${join(parent, 'private')}\n`});
	const archive = loadArchive(root);
	assert.deepEqual(archive.posts, []);
	assert.deepEqual(archive.skipped.map(item => item.reason), ['leads outside the archive']);
});

test('a body read after the load from a file since swapped for a link outside is empty', () => {
	const {parent, root} = parentWithBlog();
	// Files changed in the last seconds are not kept in the index: these are old.
	const old = new Date(Date.now() - 60_000);
	for (const file of [join(root, 'inside.md'), join(root, 'store', 'kept.md')]) {
		utimesSync(file, old, old);
	}

	loadArchive(root);
	const warm = loadArchive(root);
	const inside = warm.posts.find(post => post.path === 'inside.md')!;
	const kept = warm.posts.find(post => post.path === 'store/kept.md')!;
	rmSync(join(root, 'inside.md'));
	symlinkSync(join(parent, 'outside.md'), join(root, 'inside.md'));
	rmSync(join(root, 'store', 'kept.md'));
	writeTree(root, {'store/real.md': '# Kept\n\nMoved text.\n'});
	symlinkSync('real.md', join(root, 'store', 'kept.md'));
	assert.equal(inside.body, '');
	assert.equal(kept.body, '# Kept\n\nMoved text.\n');
});
