import assert from 'node:assert/strict';
import {utimesSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {createLinkLookup} from '../../../source/archive/site/link-target.js';
import {postUrl} from '../../../source/archive/site/post-url.js';
import {loadArchive} from '../../../source/archive/load.js';
import {removeAfterTests, tempDir, writeTree} from '../../fixtures/tree.js';
import {postWith} from '../../helpers/post.js';

const content = '/blog/content';
const site = {generator: 'zola' as const, contentRoot: content, baseUrl: 'https://blog.example.org/'};

test('the front matter\'s own path is where the post lives: its URL and links to it', () => {
	const lld = postWith({title: 'rust-lld on stable', slug: 'rust-lld-on-stable-1-90-0', file: `${content}/rust-lld-on-stable-1.90.0/index.md`, permalinks: ['2025/09/01/rust-lld-on-1.90.0-stable']});
	const aliased = postWith({title: 'Moved', slug: 'moved', file: `${content}/moved.md`, permalinks: ['/new/place/', '/old/place.html']});
	const plain = postWith({title: 'Plain', slug: 'plain', file: `${content}/plain.md`});
	const {find} = createLinkLookup({root: '/blog', posts: [lld, aliased, plain], pages: [], site});
	assert.equal(postUrl(lld, site), 'https://blog.example.org/2025/09/01/rust-lld-on-1.90.0-stable/');
	assert.equal(postUrl(aliased, site), 'https://blog.example.org/new/place/');
	assert.equal(postUrl(plain, site), 'https://blog.example.org/plain/');
	assert.equal(find('https://blog.example.org/2025/09/01/rust-lld-on-1.90.0-stable/', plain)?.slug, 'rust-lld-on-stable-1-90-0');
	assert.equal(find('https://blog.example.org/2025/09/01/rust-lld-on-1.90.0-stable/#linker', plain)?.slug, 'rust-lld-on-stable-1-90-0');
	assert.equal(find('/old/place.html', plain)?.slug, 'moved');
	assert.equal(find('https://elsewhere.example/new/place/', plain), undefined);
});

test('path, url, permalink and aliases are read from the front matter and kept by the catalog', async () => {
	const root = removeAfterTests(tempDir());
	const state = removeAfterTests(tempDir('blog-reader-state-'));
	writeTree(root, {
		'a.md': '+++\ntitle = "A"\npath = "2021/07/29/Rust-1.54.0"\naliases = ["/old-a.html"]\n+++\nBody.\n',
		'b.md': '---\ntitle: B\npermalink: /:year/:title/\n---\nBody.\n',
		'c.md': '---\ntitle: C\nurl: /c-here/\nredirect_from: [/c-was-here/]\n---\nBody.\n',
	});
	// Files changed moments ago are read again next time; these are old enough to be kept.
	for (const name of ['a.md', 'b.md', 'c.md']) {
		utimesSync(join(root, name), new Date('2024-01-01'), new Date('2024-01-01'));
	}

	const env = process.env['BLOG_READER_STATE_DIR'];
	process.env['BLOG_READER_STATE_DIR'] = state;
	try {
		const seen = (): Record<string, readonly string[] | undefined> => Object.fromEntries(loadArchive(root).posts.map(post => [post.title, post.permalinks]));
		const expected = {A: ['2021/07/29/Rust-1.54.0', '/old-a.html'], B: undefined, C: ['/c-here/', '/c-was-here/']};
		assert.deepEqual(seen(), expected, 'read from the files');
		assert.deepEqual(seen(), expected, 'and again from the catalog');
		const {cachedArchive} = await import('../../../source/archive/cache/cached-archive.js');
		assert.deepEqual(Object.fromEntries((cachedArchive(root)?.posts ?? []).map(post => [post.title, post.permalinks])), expected, 'and for the first frame');
	} finally {
		if (env === undefined) {
			delete process.env['BLOG_READER_STATE_DIR'];
		} else {
			process.env['BLOG_READER_STATE_DIR'] = env;
		}
	}
});
