import './isolated-cache.js';
import assert from 'node:assert/strict';
import {symlinkSync} from 'node:fs';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {ArchiveError, loadArchive} from '../../source/archive/load.js';
import type {Archive, Post} from '../../source/archive/post.js';
import {removeAfterTests, tempDir, writeTree} from '../fixtures/tree.js';

function archiveOf(files: Readonly<Record<string, string | Uint8Array>>, options: {drafts?: boolean} = {}): Archive {
	const dir = tempDir();
	removeAfterTests(dir);
	return loadArchive(writeTree(dir, files), options);
}

function only(files: Readonly<Record<string, string>>): Post {
	const {posts} = archiveOf(files);
	assert.equal(posts.length, 1);
	return posts[0]!;
}

test('a load says how many of the files found it has taken in, read or known from the index', () => {
	const dir = tempDir();
	removeAfterTests(dir);
	writeTree(dir, {'a.md': '# A\n', 'b.md': '# B\n', 'notes/c.md': '# C\n'});
	for (const cache of [false, true, true]) {
		const seen: Array<[number, number]> = [];
		loadArchive(dir, {cache, onProgress: (done, total) => seen.push([done, total])});
		assert.deepEqual(seen, [[1, 3], [2, 3], [3, 3]]);
	}
});

test('the bundled post', () => {
	const archive = loadArchive(fileURLToPath(new URL('../../posts', import.meta.url)));
	const post = archive.posts.find(item => item.path === 'blog/2017/blockchain.md');
	assert.ok(post);
	assert.equal(post.title, 'Blockchain Technologies and the P2P Paradigm');
	assert.equal(post.date, '2017-02-03');
	assert.deepEqual(post.tags, ['english', 'commons', 'blockchain', 'p2p']);
	assert.equal(post.slug, 'blockchain');
	assert.equal(post.status, 'published');
	assert.equal(post.type, 'post');
	assert.equal(post.format, 'markdown');
	assert.match(post.body, /^\n!\[\]\(https:\/\/dgrmunch\.github\.io/);
	assert.ok(post.body.includes('## Blockchain, Commons and P2P'));
	assert.ok(!post.body.includes('~~~~~~'));
	assert.equal(post.summary, 'Michel Bauwens defines the term P2P as the relational dynamic of distributed networks.');
	assert.ok(post.words > 1000);
	assert.equal(post.minutes, Math.ceil(post.words / 200));
	assert.equal(archive.site.generator, 'plain');
});

test('title falls back to the first # heading, then to the file name', () => {
	assert.equal(only({'a.md': 'Intro line\n\n## Not this\n\n# The Heading *Title*\n'}).title, 'The Heading Title');
	assert.equal(only({'a.md': '```\n# not a heading\n```\n\nSetext Title\n============\n'}).title, 'Setext Title');
	assert.equal(only({'2020-01-02-my-first_post.md': 'No heading here.\n'}).title, 'my first post');
	assert.equal(only({'b.adoc': ':jbake-type: post\n\n= AsciiDoc Title\n\ntext\n'}).title, 'AsciiDoc Title');
	assert.equal(only({'c.html': 'date=2020-01-01\n~~~~~~\n<h1>HTML <em>Title</em> &amp; more</h1>\n'}).title, 'HTML Title & more');
	assert.equal(only({'d.html': 'date=2020-01-01\n~~~~~~\n<html><head><title>From Title Tag</title></head></html>\n'}).title, 'From Title Tag');
});

test('slug: front matter, else the file name without extension and date prefix; bundles take their folder', () => {
	assert.equal(only({'x.md': '---\nslug: Chosen Slug\n---\nx\n'}).slug, 'chosen-slug');
	assert.equal(only({'2017-02-03-Hello World.md': 'x\n'}).slug, 'hello-world');
	assert.equal(only({'posts/bundle-name/index.md': 'x\n'}).slug, 'bundle-name');
});

test('slug clashes get -2, -3 in path order, the same on every load and with or without drafts', () => {
	const files = {
		'a/post.md': '# A\n',
		'b/post.md': '# B\n',
		'c/2020-01-01-post.md': 'title=C\nstatus=draft\n~~~~~~\n',
		'd/post-2.md': '# D\n',
	};
	const withDrafts = archiveOf(files, {drafts: true});
	const bySlug = Object.fromEntries(withDrafts.posts.map(post => [post.path, post.slug]));
	assert.deepEqual(bySlug, {'a/post.md': 'post', 'b/post.md': 'post-3', 'c/2020-01-01-post.md': 'post-4', 'd/post-2.md': 'post-2'});
	const withoutDrafts = archiveOf(files);
	assert.deepEqual(withoutDrafts.posts.map(post => post.slug).sort(), ['post', 'post-2', 'post-3']);
	assert.equal(new Set(withDrafts.posts.map(post => post.slug)).size, 4);
});

test('date: header, then YYYY/MM/DD in path keys or folders, then the file name prefix, then none', () => {
	assert.equal(only({'a.md': '---\ndate: 2019-09-30T23:30:00-05:00\n---\n'}).date, '2019-09-30');
	assert.equal(only({'a.md': '+++\ndate = 2019-09-30T23:30:00-05:00\n+++\n'}).date, '2019-09-30');
	assert.equal(only({'a.md': '---\ndate: !!timestamp 2018-01-02\n---\n'}).date, '2018-01-02');
	assert.equal(only({'a.md': 'date=February 3, 2017\n~~~~~~\n'}).date, '2017-02-03');
	assert.equal(only({'a.md': '---\npermalink: /2016/05/04/x/\n---\n'}).date, '2016-05-04');
	assert.equal(only({'a.md': '---\nurl: https://x.org/2015/1/2/x\n---\n'}).date, '2015-01-02');
	assert.equal(only({'2014/03/02/slug.md': 'x\n'}).date, '2014-03-02');
	assert.equal(only({'2013-12-31-name.md': 'x\n'}).date, '2013-12-31');
	assert.equal(only({'2013-02-31-name.md': 'x\n'}).date, null);
	assert.equal(only({'name.md': '---\ndate: not a date\n---\n'}).date, null);
});

test('tags and authors: comma strings or lists, trimmed, empties and repeats dropped', () => {
	const post = only({'a.md': 'title=T\ntags= one , two,,one, three \nauthor=Doe, Jane\n~~~~~~\n'});
	assert.deepEqual(post.tags, ['one', 'two', 'three']);
	assert.deepEqual(post.authors, ['Doe, Jane']);
	const yaml = only({'b.md': '---\ntags: [x, " y ", ""]\nauthors:\n  - Ana\n  - Bo\n---\n'});
	assert.deepEqual(yaml.tags, ['x', 'y']);
	assert.deepEqual(yaml.authors, ['Ana', 'Bo']);
	assert.deepEqual(only({'c.md': '---\nauthors: Ana, Bo\n---\n'}).authors, ['Ana', 'Bo']);
	assert.deepEqual(only({'d.md': 'x\n'}).tags, []);
});

test('summary: summary or description, else the first paragraph as plain text, short', () => {
	assert.equal(only({'a.md': '---\ndescription: Described.\n---\nBody para.\n'}).summary, 'Described.');
	assert.equal(only({'a.md': '# Title\n\n![img](x.png)\n\n```\ncode\n```\n\nA [linked](https://x.org) and **bold** `code` line\nwrapped here.\n\nSecond.\n'}).summary, 'A linked and bold code line wrapped here.');
	const long = only({'a.md': `${'word '.repeat(100)}\n`}).summary;
	assert.ok(long.length <= 201 && long.endsWith('…'), long);
	assert.equal(only({'a.adoc': ':jbake-type: post\n\n= T\n\n[NOTE]\n----\nlisting\n----\n\nThe *first* link:https://x.org[paragraph].\n'}).summary, 'The first paragraph.');
	assert.equal(only({'a.html': 'title=H\n~~~~~~\n<h2>x</h2><p>First <b>para</b>.</p>\n'}).summary, 'First para.');
});

test('words and minutes: 200 words a minute, rounded up, at least one for any words', () => {
	const post = only({'a.md': `${'word '.repeat(401)}[link text](https://example.org/not/counted)\n`});
	assert.equal(post.words, 403);
	assert.equal(post.minutes, 3);
	assert.equal(only({'b.md': 'title=Empty\n~~~~~~\n'}).minutes, 0);
	assert.equal(only({'c.md': 'one\n'}).minutes, 1);
	assert.deepEqual(JSON.parse(JSON.stringify(post)).words, 403);
	assert.equal({...post}.minutes, 3);
});

test('status and type: drafts hidden unless asked, counted; pages kept apart', () => {
	const files = {
		'post.md': '# Post\n',
		'draft.md': '---\ntitle: D\ndraft: true\n---\n',
		'jbake-draft.md': 'title=JD\nstatus=draft\n~~~~~~\n',
		'unpublished.md': '---\ntitle: U\npublished: false\n---\n',
		'page.md': 'title=About\ntype=page\n~~~~~~\n',
	};
	const archive = archiveOf(files);
	assert.deepEqual(archive.posts.map(post => post.title), ['Post']);
	assert.deepEqual(archive.pages.map(post => post.title), ['About']);
	assert.equal(archive.drafts, 3);
	const all = archiveOf(files, {drafts: true});
	assert.deepEqual(all.posts.map(post => post.title).sort(), ['D', 'JD', 'Post', 'U']);
	assert.ok(all.posts.filter(post => post.title !== 'Post').every(post => post.status === 'draft'));
	assert.equal(all.pages[0]!.type, 'page');
});

test('sorted newest first, undated last, then by title', () => {
	const archive = archiveOf({
		'b.md': '# Bravo\n',
		'a.md': '# alpha\n',
		'2020-01-01-old.md': '# Old\n',
		'2021-05-05-new.md': '# New\n',
		'2021-05-05-same-day.md': '# Another\n',
	});
	assert.deepEqual(archive.posts.map(post => post.title), ['Another', 'New', 'Old', 'alpha', 'Bravo']);
});

test('which files are posts: .md/.markdown always, .txt/.adoc/.html only with a header', () => {
	const archive = archiveOf({
		'a.md': '# A\n',
		'b.markdown': '# B\n',
		'c.txt': 'title=C\n~~~~~~\n',
		'notes.txt': 'just notes\n',
		'd.adoc': 'title=D\n~~~~~~\n\n= Ignored Title\n',
		'attrs.adoc': ':images: /img\n',
		'e.html': 'title=E\n~~~~~~\n<p>e</p>\n',
		'index.html': '<html><title>Generated</title></html>\n',
		'f.png': 'not read',
		'.hidden/g.md': '# G\n',
		'node_modules/pkg/readme.md': '# Package\n',
		'.draft.md': '# Hidden file\n',
	});
	assert.deepEqual(archive.posts.map(post => `${post.title}:${post.format}`).sort(), ['A:markdown', 'B:markdown', 'C:markdown', 'D:asciidoc', 'E:html']);
	assert.deepEqual(archive.skipped, []);
});

test('section: the first folder under the content root when the archive has sub-blogs', () => {
	const archive = archiveOf({
		'blog/2019/a.md': '# A\n',
		'releases/v1.md': '# V1\n',
		'inside-x/2020/01/02/c.md': '# C\n',
		'root.md': '# Root\n',
		'2018/top.md': '# Top\n',
	});
	const sections = Object.fromEntries(archive.posts.map(post => [post.title, post.section]));
	assert.deepEqual(sections, {A: 'blog', V1: 'releases', C: 'inside-x', Root: null, Top: null});
	assert.deepEqual(archiveOf({'blog/a.md': '# A\n', 'blog/b.md': '# B\n'}).posts.map(post => post.section), [null, null]);
});

test('path is relative with / separators; file is absolute', () => {
	const archive = archiveOf({'blog/2019/x.md': '# X\n'});
	const post = archive.posts[0]!;
	assert.equal(post.path, 'blog/2019/x.md');
	assert.equal(post.file, `${archive.root}/blog/2019/x.md`);
});

test('a folder that cannot be an archive throws ArchiveError with a one-line message', () => {
	const dir = tempDir();
	removeAfterTests(dir);
	writeTree(dir, {'file.md': '# x\n'});
	assert.throws(() => loadArchive(`${dir}/missing`), (error: unknown) => error instanceof ArchiveError && /^no such folder: .*missing$/.test(error.message));
	assert.throws(() => loadArchive(`${dir}/file.md`), (error: unknown) => error instanceof ArchiveError && /^not a folder: /.test(error.message));
	assert.throws(() => loadArchive(`${dir}/bad\u001B[2J\nname`), (error: unknown) => error instanceof ArchiveError && !/[\u001B\n]/.test(error.message));
});

test('symbolic links inside the archive are followed, and a post reached twice is listed once', () => {
	const dir = tempDir();
	removeAfterTests(dir);
	writeTree(dir, {'own.md': '# Own\n', 'store/shared/linked.md': '# Linked Post\n'});
	symlinkSync(`${dir}/store/shared`, `${dir}/via-link`);
	symlinkSync(`${dir}/own.md`, `${dir}/again.md`);
	symlinkSync('store/shared/linked.md', `${dir}/relative.md`);
	const archive = loadArchive(dir);
	assert.deepEqual(archive.posts.map(post => `${post.title}:${post.path}`), ['Linked Post:store/shared/linked.md', 'Own:own.md']);
	assert.deepEqual(archive.skipped, []);
});
