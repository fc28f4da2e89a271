import './isolated-cache.js';
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {isClean} from '../../source/text/sanitize.js';
import {loadArchive} from '../../source/archive/load.js';
import type {Archive, Post, Skipped} from '../../source/archive/post.js';
import {writeHostileArchive} from '../fixtures/hostile.js';
import {hashTree, removeAfterTests, tempDir} from '../fixtures/tree.js';

function hostile(huge = false): {archive: Archive; reported: Skipped[]; root: string} {
	const root = writeHostileArchive(tempDir(), {huge});
	removeAfterTests(root);
	const reported: Skipped[] = [];
	const archive = loadArchive(root, {drafts: true, onSkip: skipped => reported.push(skipped)});
	return {archive, reported, root};
}

const loaded = hostile();

function byPath(path: string): Post {
	const post = loaded.archive.posts.find(item => item.path === path);
	assert.ok(post, `${path} is listed`);
	return post;
}

test('binary files, NUL bytes and symbolic link trouble are skipped with a reason, once each', () => {
	const reasons = Object.fromEntries(loaded.reported.map(item => [item.path, item.reason]));
	assert.deepEqual(reasons, {
		'binary.md': 'binary file (NUL bytes)',
		'dangling.md': 'broken symbolic link',
		'loop': 'symbolic link loop',
		'nul.md': 'binary file (NUL bytes)',
		'self.md': 'symbolic link loop',
	});
	assert.deepEqual(loaded.archive.skipped, loaded.reported);
});

test('Latin-1 and Windows-1252 text is decoded, not dropped', () => {
	assert.equal(byPath('latin1.md').title, 'Café crème');
	assert.equal(byPath('latin1.md').body, '\nnaïve à la carte\n');
	assert.equal(byPath('cp1252.md').title, 'Smart “quotes” €');
});

test('a BOM and CRLF line ends do not hide the header', () => {
	const bom = byPath('bom.md');
	assert.equal(bom.title, 'With BOM');
	assert.equal(bom.date, '2020-02-02');
	const crlf = byPath('crlf.md');
	assert.equal(crlf.title, 'Windows Lines');
	assert.deepEqual(crlf.tags, ['a', 'b']);
	assert.equal(crlf.body, '\nFirst line.\nSecond line.\n');
});

test('empty files and header-only files are posts with empty bodies', () => {
	const empty = byPath('empty.md');
	assert.deepEqual([empty.title, empty.body, empty.words, empty.minutes, empty.summary], ['empty', '', 0, 0, '']);
	const headerOnly = byPath('header-only.md');
	assert.deepEqual([headerOnly.title, headerOnly.date, headerOnly.body], ['Only a Header', '2020-04-04', '']);
});

test('broken headers fall back to no header and keep the body', () => {
	const unclosed = byPath('unclosed.md');
	assert.equal(unclosed.title, 'unclosed');
	assert.ok(unclosed.body.includes('Body text stays.'));
	assert.equal(byPath('invalid-yaml.md').body, '\nYAML body survives.\n');
	assert.equal(byPath('invalid-yaml.md').date, null);
	assert.equal(byPath('invalid-toml.md').body, '\nTOML body survives.\n');
	const noSeparator = byPath('no-separator.md');
	assert.equal(noSeparator.title, 'no separator');
	assert.ok(noSeparator.body.startsWith('title=No Separator'));
});

test('odd file names are listed with clean paths and typeable slugs', () => {
	const titles = Object.fromEntries(loaded.archive.posts.filter(post => post.title.endsWith('Name')).map(post => [post.title, [post.path, post.slug]]));
	assert.deepEqual(titles, {
		'Spaced Name': ['with space.md', 'with-space'],
		'Quoted Name': ['quote"s \'here\'.md', 'quotes-here'],
		'Newline Name': ['new line.md', 'new-line'],
		'Escape Name': ['red.md', '31mred'],
	});
});

test('escape sequences in titles, tags, bodies and file names come out clean', () => {
	for (const post of loaded.archive.posts) {
		for (const text of [post.title, post.slug, post.summary, post.path, post.section ?? '', post.body, ...post.tags, ...post.authors]) {
			assert.ok(isClean(text), `${post.path}: ${JSON.stringify(text)}`);
		}
	}

	const yaml = loaded.archive.posts.find(post => post.path === 'escapes.md')!;
	assert.equal(yaml.title, 'Evil Title');
	assert.deepEqual(yaml.tags, ['tag', 'ok']);
	const jbake = loaded.archive.posts.find(post => post.path === 'jbake-escapes.md')!;
	assert.equal(jbake.title, 'JBake Title');
	assert.deepEqual(jbake.tags, ['one', 'two']);
});

test('a file over the size limit is skipped with a reason; the rest loads', {timeout: 60_000}, () => {
	const {archive, reported} = hostile(true);
	assert.deepEqual(reported.find(item => item.path === 'huge.md'), {path: 'huge.md', reason: 'too large (21 MB, the limit is 20 MB)'});
	assert.equal(archive.posts.length, loaded.archive.posts.length);
});

test('loading never changes the archive', () => {
	const before = hashTree(loaded.root);
	loadArchive(loaded.root, {drafts: true});
	assert.equal(hashTree(loaded.root), before);
});
