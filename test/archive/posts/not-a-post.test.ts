import '../isolated-cache.js';
import assert from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {loadArchive} from '../../../source/archive/load.js';
import {removeAfterTests, tempDir} from '../../fixtures/tree.js';

function archiveOf(files: Record<string, string>, config?: [string, string]): string {
	const root = tempDir();
	removeAfterTests(root);
	if (config) {
		mkdirSync(join(root, config[0], '..'), {recursive: true});
		writeFileSync(join(root, config[0]), config[1]);
	}

	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), {recursive: true});
		writeFileSync(join(root, path), text);
	}

	return root;
}

const post = '---\ntitle: A Real Post\ndate: 2024-01-02\n---\nSome words.\n';

function listedPaths(root: string): {posts: string[]; pages: string[]} {
	const archive = loadArchive(root, {cache: false});
	return {posts: archive.posts.map(each => each.path), pages: archive.pages.map(each => each.path)};
}

test('a Zola page that is only a template is not a post; one with a body still is', () => {
	const root = archiveOf({
		'content/releases/latest.md': '+++\ntemplate = "latest.html"\n+++\n',
		'content/about.md': '+++\ntitle = "About"\ntemplate = "page.html"\n+++\nWho we are.\n',
		'content/real.md': '+++\ntitle = "Real"\ndate = 2024-01-02\n+++\nText.\n',
	}, ['config.toml', 'base_url = "https://z.example.org"\n']);
	assert.deepEqual(listedPaths(root).posts.sort(), ['content/about.md', 'content/real.md']);
});

test('redirect stubs and alias-only front matter with no body are not posts', () => {
	const root = archiveOf({
		'_posts/2020-01-01-moved.md': '---\nredirect_to: https://elsewhere.example.org/post\n---\n',
		'_posts/2020-01-02-old.md': '---\nlayout: post\nredirect: /new/\n---\n\n',
		'_posts/2020-01-03-aliases.md': '---\naliases:\n  - /2019/old.html\n---\n',
		'_posts/2020-01-04-kept.md': '---\ntitle: Kept\nredirect_from: /old/\n---\nA post that also answers an old address.\n',
		'_posts/2024-01-02-real.md': post,
	}, ['_config.yml', 'title: Jekyll\n']);
	assert.deepEqual(listedPaths(root).posts, ['_posts/2024-01-02-real.md', '_posts/2020-01-04-kept.md']);
});

test('section _index files are not posts even where the site is not recognised as Hugo or Zola', () => {
	const root = archiveOf({
		'_index.md': '---\ntitle: Blog\n---\nWelcome to the blog.\n',
		'notes/_index.md': '+++\ntitle = "Notes"\n+++\n',
		'notes/first.md': post,
	});
	assert.deepEqual(listedPaths(root), {posts: ['notes/first.md'], pages: []});
});

test('a content folder README is not a post unless its header makes it one', () => {
	const root = archiveOf({
		'README.md': '# My blog\n\nThese are the sources of my blog. Run `make` to build it.\n',
		'drafts/readme.txt': 'notes',
		'posts/README.md': '---\ntitle: Read me first\ndate: 2023-05-06\n---\nA post that happens to be called README.\n',
		'posts/one.md': post,
	});
	assert.deepEqual(listedPaths(root).posts.sort(), ['posts/README.md', 'posts/one.md']);
});

test('a Hugo site configured in config/_default/ is read as Hugo: its content folder only', () => {
	const root = archiveOf({
		'content/en/post/first.md': post,
		'content/en/post/_index.md': '---\ntitle: Posts\n---\n',
		'themes/x/README.md': '# theme',
		'README.md': '# site sources',
	}, ['config/_default/hugo.toml', 'baseURL = "https://h.example.org/"\n']);
	const archive = loadArchive(root, {cache: false});
	assert.equal(archive.site.generator, 'hugo');
	assert.equal(archive.site.baseUrl, 'https://h.example.org/');
	assert.deepEqual(archive.posts.map(each => each.path), ['content/en/post/first.md']);
});

test('an empty post with a title is still listed (only template-only files are dropped)', () => {
	const root = archiveOf({'empty.md': '---\ntitle: Coming Soon\nlayout: post\n---\n'});
	assert.deepEqual(listedPaths(root).posts, ['empty.md']);
});
