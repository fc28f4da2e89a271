import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createLinkLookup} from '../../../source/archive/site/link-target.js';
import {postWith} from '../../helpers/post.js';

const root = '/blog';
const content = '/blog/content';
const posts = [
	postWith({title: 'Async fn', slug: 'async-fn', file: `${content}/inside-rust/async-fn.md`}),
	postWith({title: 'GATs', slug: 'gats-stabilization', file: `${content}/2022-10-28-gats-stabilization.md`}),
	postWith({title: 'Doc', slug: 'doc', file: `${content}/guides/doc.adoc`}),
];
const archive = {root, posts, pages: [], site: {generator: 'zola' as const, contentRoot: content, baseUrl: 'https://blog.example.org'}};
const from = posts[0]!;
const {find} = createLinkLookup(archive);

test('generator references, relative paths and the blog\'s own URLs lead to their post', () => {
	assert.equal(find('@/inside-rust/async-fn.md', from)?.slug, 'async-fn');
	assert.equal(find('@/inside-rust/async-fn.md#part', from)?.slug, 'async-fn');
	assert.equal(find('../guides/doc.adoc', from)?.slug, 'doc');
	assert.equal(find('post:2022-10-28-gats-stabilization', from)?.slug, 'gats-stabilization');
	assert.equal(find('https://blog.example.org/2022/10/28/gats-stabilization.html', from)?.slug, 'gats-stabilization');
	assert.equal(find('https://blog.example.org/inside-rust/async-fn/', from)?.slug, 'async-fn');
	assert.equal(find('/2022/10/28/gats-stabilization/', from)?.slug, 'gats-stabilization');
});

test('links elsewhere lead to no post', () => {
	for (const target of ['https://other.example/async-fn/', 'mailto:a@b.c', '#anchor', '', 'gats-stabilization', '@/nope.md']) {
		assert.equal(find(target, from), undefined, target);
	}
});

test('a document\'s links are told the post they lead to', async () => {
	const {linkPosts} = await import('../../../source/render/post-links.js');
	const {renderDocument} = await import('../../../source/render/render.js');
	const doc = posts[2]!;
	const body = 'See [async](@/inside-rust/async-fn.md), [gats](post:2022-10-28-gats-stabilization) and [the web](https://x.example/).';
	const document = linkPosts(await renderDocument({...doc, body}, {width: 80, color: false, links: 'references'}), createLinkLookup(archive), doc);
	assert.deepEqual(document.links.map(link => link.post), ['async-fn', 'gats-stabilization', undefined]);
});

test('a link into another post keeps the heading it names', async () => {
	const {linkPosts} = await import('../../../source/render/post-links.js');
	const {renderDocument} = await import('../../../source/render/render.js');
	const doc = posts[2]!;
	const body = 'See [the plan](@/inside-rust/async-fn.md#q4-2025-plans), [accented](@/inside-rust/async-fn.md#caf%C3%A9) and [whole](@/inside-rust/async-fn.md).';
	const document = linkPosts(await renderDocument({...doc, body}, {width: 80, color: false, links: 'references'}), createLinkLookup(archive), doc);
	assert.deepEqual(document.links.map(link => [link.post, link.postAnchor]), [['async-fn', 'q4-2025-plans'], ['async-fn', 'café'], ['async-fn', undefined]]);
});
