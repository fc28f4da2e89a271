import './isolated-cache.js';
import assert from 'node:assert/strict';
import {renameSync, writeFileSync} from 'node:fs';
import {test} from 'node:test';
import {loadArchive} from '../../source/archive/load.js';
import type {Archive} from '../../source/archive/post.js';
import {writeHugoSite, writeJbakeSite, writeJekyllSite, writeZolaSite} from '../fixtures/sites.js';
import {hashTree, removeAfterTests, tempDir} from '../fixtures/tree.js';

function site(write: (dir: string) => string): string {
	const dir = tempDir();
	removeAfterTests(dir);
	return write(dir);
}

/** What a user sees per post: path, title, date, tags, section, format. */
function listed(archive: Archive, which: 'posts' | 'pages' = 'posts'): string[] {
	return archive[which].map(post => [post.path, post.title, post.date ?? '-', post.tags.join(','), post.section ?? '-', post.format, post.slug].join(' | '));
}

test('JBake site: Markdown, AsciiDoc and HTML posts from content/ only; pages apart; draft counted', () => {
	const root = site(writeJbakeSite);
	const archive = loadArchive(root);
	assert.deepEqual(archive.site, {generator: 'jbake', contentRoot: `${root}/content`, baseUrl: 'https://blog.example.org'});
	assert.deepEqual(listed(archive), [
		'content/blog/2020/html-post.html | An HTML Post | 2020-01-02 | html | - | html | html-post',
		'content/blog/2019/attributes.adoc | Attribute Header Post | 2019-07-08 | asciidoc,jbake | - | asciidoc | attributes',
		'content/blog/2018/asciidoc-jbake.adoc | Writing in AsciiDoc | 2018-05-06 | asciidoc,writing | - | asciidoc | asciidoc-jbake',
		'content/blog/2017/blockchain.md | Blockchain Technologies and the P2P Paradigm | 2017-02-03 | english,commons,blockchain,p2p | - | markdown | blockchain',
	]);
	assert.deepEqual(listed(archive, 'pages'), ['content/about.md | About | 2016-01-01 |  | - | markdown | about']);
	assert.equal(archive.drafts, 1);
	assert.deepEqual(archive.skipped, []);
	const attributes = archive.posts[1]!;
	assert.deepEqual(attributes.authors, ['Jane Doe']);
	assert.equal(attributes.summary, 'The first paragraph of an attribute header post.');
	assert.ok(archive.posts[2]!.body.startsWith('\ninclude::../../attributes.adoc[]'));
	assert.equal(archive.posts[0]!.summary, 'Plain HTML body.');
	const withDrafts = loadArchive(root, {drafts: true});
	assert.ok(listed(withDrafts).includes('content/blog/2020/draft.md | Unfinished Thoughts | 2020-03-04 | draft | - | markdown | draft'));
});

test('JBake site honours content.folder', () => {
	const root = site(writeJbakeSite);
	renameSync(`${root}/content`, `${root}/src`);
	writeFileSync(`${root}/jbake.properties`, 'content.folder=src\nsite.host=https://x.example\n');
	const archive = loadArchive(root);
	assert.equal(archive.site.contentRoot, `${root}/src`);
	assert.equal(archive.site.baseUrl, 'https://x.example');
	assert.deepEqual(archive.posts.map(post => post.path.split('/')[0]), ['src', 'src', 'src', 'src']);
});

test('Jekyll site: _posts with dated names, _drafts as drafts, _site and layouts never read', () => {
	const root = site(writeJekyllSite);
	const archive = loadArchive(root);
	assert.deepEqual(archive.site, {generator: 'jekyll', contentRoot: root, baseUrl: 'https://jekyll.example.org/blog'});
	assert.deepEqual(listed(archive), [
		'_posts/2021-06-07-no-front-matter-title.markdown | Heading As Title | 2021-06-07 | liquid | - | markdown | no-front-matter-title',
		'_posts/2021-04-05-welcome-to-jekyll.md | Welcome to Jekyll! | 2021-04-05 | intro,jekyll | - | markdown | welcome-to-jekyll',
	]);
	assert.equal(archive.drafts, 1);
	const withDrafts = loadArchive(root, {drafts: true});
	assert.deepEqual(withDrafts.posts.map(post => `${post.title}:${post.status}`), ['Heading As Title:published', 'Welcome to Jekyll!:published', 'Draft in Progress:draft']);
});

test('Hugo site: TOML and YAML posts, a page bundle, a draft; _index.md, public/ and themes/ never listed', () => {
	const root = site(writeHugoSite);
	const archive = loadArchive(root);
	assert.deepEqual(archive.site, {generator: 'hugo', contentRoot: `${root}/content`, baseUrl: 'https://hugo.example.org/'});
	assert.deepEqual(listed(archive), [
		'content/posts/my-bundle/index.md | A Page Bundle | 2022-07-08 |  | - | markdown | my-bundle',
		'content/posts/yaml-post.md | A YAML Post | 2022-05-06 | yaml,hugo | - | markdown | yaml-post',
		'content/posts/toml-post.md | A TOML Post | 2022-03-04 | toml,hugo | - | markdown | toml-post',
	]);
	assert.deepEqual(archive.posts[1]!.authors, ['Ana', 'Bo']);
	assert.equal(archive.drafts, 1);
	assert.deepEqual(archive.pages, []);
	assert.deepEqual(loadArchive(root, {drafts: true}).posts.map(post => post.title).includes('Hidden Draft'), true);
});

test('Zola site: _index.md sections are not posts; dates from path keys and folders; sub-blogs as sections', () => {
	const root = site(writeZolaSite);
	const archive = loadArchive(root);
	assert.deepEqual(archive.site, {generator: 'zola', contentRoot: `${root}/content`, baseUrl: 'https://zola.example.org'});
	assert.deepEqual(listed(archive), [
		'content/releases/2021/01/15/v1.md | Version 1 | 2021-01-15 |  | releases | markdown | v1',
		'content/blog/bundle-post/index.md | A Zola Bundle | 2020-02-20 |  | blog | markdown | bundle-post',
		'content/blog/dated-by-path.md | Dated by Path | 2019-09-30 | zola,dates | blog | markdown | dated-by-path',
	]);
});

test('a site root is only read: the files are unchanged after a load', () => {
	const root = site(writeJbakeSite);
	const before = hashTree(root);
	loadArchive(root, {drafts: true});
	loadArchive(root);
	assert.equal(hashTree(root), before);
});
