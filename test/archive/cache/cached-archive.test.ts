import {emptyCacheEachTest} from '../isolated-cache.js';
import assert from 'node:assert/strict';
import {rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {cachedArchive} from '../../../source/archive/cache/cached-archive.js';
import {type LoadOptions, loadArchive} from '../../../source/archive/load.js';
import type {Post} from '../../../source/archive/post.js';
import {writeHostileArchive} from '../../fixtures/hostile.js';
import {writeHugoSite, writeJekyllSite} from '../../fixtures/sites.js';
import {settle, settledArchive, writeTree} from '../../fixtures/tree.js';
import {archiveView} from '../../helpers/archive-view.js';

emptyCacheEachTest();

const files = {
	'blog/2020/2020-01-02-yaml.md': '---\ntitle: YAML Post\ntags: [one, two]\nauthor: Ann\n---\n\nFirst paragraph.\n',
	'blog/2020/toml.md': '+++\ntitle = "TOML Post"\ndate = 2020-03-04\ntags = ["three"]\n+++\n\nTOML body.\n',
	'notes/jbake.md': 'title=JBake Post\ndate=2019-05-06\ntags=a, b\nstatus=published\n~~~~~~\n\nJBake body.\n',
	'notes/draft.md': '---\ntitle: A Draft\ndraft: true\n---\n\nNot yet.\n',
	'notes/about.md': '---\ntitle: About\ntype: page\n---\n\nA page.\n',
	'notes/same.md': '# Same Slug A\n',
	'blog/same.md': '# Same Slug B\n',
	'blog/binary.md': new Uint8Array([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]),
	'notes/Caf\u00E9 \u2603.md': '---\ntitle: "Caf\u00E9 \u2603 \u2026 \u{1F600}"\nsummary: "\u2026 wide"\n---\n\nNon-ASCII body \u00E9.\n',
};

const quiet: LoadOptions = {onWarning: message => assert.fail(message)};

test('no index, or --no-cache: nothing to show before the load', () => {
	const dir = settledArchive(files);
	assert.equal(cachedArchive(dir), undefined);
	loadArchive(dir, quiet);
	assert.equal(cachedArchive(dir, {cache: false}), undefined);
	assert.equal(cachedArchive(join(dir, 'no such folder')), undefined);
});

test('the index alone gives what the last load gave: posts, pages, order, slugs, sections, skips, bodies', () => {
	const sites = [settledArchive(files), settle(writeJekyllSite(settledArchive({}))), settle(writeHugoSite(settledArchive({}))), settle(writeHostileArchive(settledArchive({})))];
	for (const dir of sites) {
		for (const drafts of [false, true]) {
			const loaded = loadArchive(dir, {...quiet, drafts});
			const indexed = cachedArchive(dir, {drafts});
			assert.ok(indexed, dir);
			// Files passed over for their content are known to the index; what only a walk finds is not.
			const contentSkips = loaded.skipped.filter(skipped => indexed.skipped.some(known => known.path === skipped.path));
			assert.deepEqual(archiveView(indexed, {fingerprint: true}), {...archiveView(loaded, {fingerprint: true}) as object, skipped: contentSkips});
			assert.deepEqual(archiveView(loadArchive(dir, {...quiet, drafts}), {fingerprint: true}), archiveView(loaded, {fingerprint: true}));
		}
	}
});

test('an archive whose only character above U+00FF is `…` comes back from the index as it was', () => {
	const long = 'Word after word goes on for a while here. '.repeat(20);
	const dir = settledArchive({
		'wait\u2026.md': '---\ntitle: "So\u2026 what"\ntags: ["\u2026", "tag\u2026"]\n---\n\n' + long + '\n',
		'mid.md': '---\ntitle: Mid\nsummary: "one \u2026 two \u2026"\n---\n\nx\n',
		'short.md': '---\ntitle: Short\nsummary: "\u2026"\n---\n\nx\n',
		'plain.md': '# Plain\n\n' + long + '\n',
	});
	const loaded = loadArchive(dir, quiet);
	assert.ok(loaded.posts.filter(post => post.summary.endsWith('\u2026')).length >= 2);
	const indexed = cachedArchive(dir);
	assert.ok(indexed);
	assert.deepEqual(archiveView(indexed, {fingerprint: true}), archiveView(loaded, {fingerprint: true}));
	assert.deepEqual(archiveView(loadArchive(dir, quiet), {fingerprint: true}), archiveView(loaded, {fingerprint: true}));
});

test('a file name holding control characters comes back from the index shown as a fresh load shows it', () => {
	const dir = settledArchive({
		'red\u001B[31m.md': '# Red\n\nx\n',
		'two\nlines.md': '# Two\n\nx\n',
		'plain.md': '# Plain\n\nx\n',
	});
	const loaded = loadArchive(dir, quiet);
	const indexed = cachedArchive(dir);
	assert.ok(indexed);
	assert.deepEqual(archiveView(indexed, {fingerprint: true}), archiveView(loaded, {fingerprint: true}));
	for (const post of indexed.posts) {
		assert.doesNotMatch(post.path, /[\u0000-\u001F]/, 'nothing of the name reaches a terminal raw');
	}

	assert.ok(indexed.posts.some(post => post.file.endsWith('red\u001B[31m.md')), 'the file itself is still found by its real name');
});

test('the reader\'s posts from the index share what repeats: one list for equal tags, one string for a status', () => {
	const dir = settledArchive({
		'a.md': '---\ntitle: A\ntags: [one, two]\n---\n\nx\n',
		'b.md': '---\ntitle: B\ntags: [one, two]\n---\n\nx\n',
		'c.md': '---\ntitle: C\ntags: [two]\n---\n\nx\n',
	});
	loadArchive(dir, quiet);
	const posts = cachedArchive(dir)!.posts;
	const byTitle = (title: string): Post => posts.find(post => post.title === title)!;
	assert.equal(byTitle('A').tags, byTitle('B').tags);
	assert.deepEqual(byTitle('A').tags, ['one', 'two']);
	assert.deepEqual(byTitle('C').tags, ['two']);
	assert.ok(Object.isFrozen(byTitle('A').tags), 'a shared list cannot be changed through one post');
});

test('never posts of another archive, another layout or another build of the loader', () => {
	const one = settledArchive({'a.md': '# A\n'});
	const two = settledArchive({'b.md': '# B\n'});
	loadArchive(one, quiet);
	assert.equal(cachedArchive(two), undefined);
	assert.deepEqual(cachedArchive(one)?.posts.map(post => post.title), ['A']);

	// Now a Jekyll site: its posts come from elsewhere, so the plain index is of no use.
	writeTree(one, {'_config.yml': 'title: now Jekyll\n', '_posts/2020-01-01-j.md': '---\ntitle: J\n---\n\nx\n'});
	assert.equal(cachedArchive(one), undefined);
	settle(one);
	loadArchive(one, quiet);
	assert.deepEqual(cachedArchive(one)?.posts.map(post => post.title), ['J']);
});

test('an index that could not keep every file gives nothing: a load must look', () => {
	const dir = settledArchive(files);
	// Changed moments ago: the load reads it but does not keep it.
	writeFileSync(join(dir, 'fresh.md'), '# Fresh\n');
	loadArchive(dir, quiet);
	assert.equal(cachedArchive(dir), undefined);
	settle(dir);
	const loaded = loadArchive(dir, quiet);
	assert.ok(loaded.posts.some(post => post.title === 'Fresh'));
	assert.ok(cachedArchive(dir)?.posts.some(post => post.title === 'Fresh'));
});

test('after files change, the index alone shows the last load, and the next load what is there now', () => {
	const dir = settledArchive(files);
	const first = loadArchive(dir, quiet);
	rmSync(join(dir, 'blog/same.md'));
	writeFileSync(join(dir, 'notes/jbake.md'), 'title=JBake Renamed\ndate=2019-05-06\n~~~~~~\n\nNew.\n');
	const stale = cachedArchive(dir);
	assert.deepEqual(stale?.posts.map(post => post.title), first.posts.map(post => post.title));
	settle(dir);
	const now = loadArchive(dir, quiet);
	assert.ok(now.posts.some(post => post.title === 'JBake Renamed'));
	assert.ok(!now.posts.some(post => post.title === 'Same Slug B'));
	assert.deepEqual(archiveView(cachedArchive(dir)!, {fingerprint: true}), archiveView(now, {fingerprint: true}));
	assert.deepEqual({...archiveView(now, {fingerprint: true}) as object, fingerprint: undefined}, archiveView(loadArchive(dir, {cache: false}), {fingerprint: true}));
});
