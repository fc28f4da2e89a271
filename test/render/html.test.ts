import assert from 'node:assert/strict';
import {test} from 'node:test';
import {renderPost} from '../../source/render/render.js';
import {foreignControls, makePost, tooWide, visible} from './helpers.js';

const html = `<h2>An HTML post</h2>
<p>First <em>paragraph</em> with <strong>strong</strong> words and a <a href="https://example.com/page">link</a>.</p>
<ul><li>one <b>bold</b></li><li>two</li></ul>
<p><img src="https://img.example/photo.jpg" alt="A photo"></p>
<script>document.write("SCRIPT TEXT")</script>
<style>body { color: STYLE-TEXT }</style>
<iframe src="https://www.youtube.com/embed/abc">IFRAME TEXT</iframe>
<blockquote><p>Quoted &amp; decoded &#8212; text</p></blockquote>`;

test('HTML posts: headings, paragraphs, emphasis, lists, links, images', async () => {
	const out = await renderPost(makePost(html, 'html'), {width: 70, color: false, links: 'inline'});
	assert.match(out, /^## An HTML post$/m);
	assert.match(out, /First paragraph with strong words and a link\s\(https:\/\/example\.com\/page\)\./);
	assert.match(out, /\* one bold/);
	assert.match(out, /\* two/);
	assert.match(out, /\[image: A photo\] \(https:\/\/img\.example\/photo\.jpg\)/);
	assert.match(out, /│ Quoted & decoded — text/);
	assert.ok(!/<\/?[a-z]+/i.test(out), 'no tags left');
});

test('HTML posts: script, style and iframe content is dropped', async () => {
	const out = await renderPost(makePost(html, 'html'), {width: 70, color: false, links: 'inline'});
	for (const hidden of ['SCRIPT TEXT', 'STYLE-TEXT', 'IFRAME TEXT', 'document.write']) {
		assert.ok(!out.includes(hidden), hidden);
	}

	// What a frame embedded is still reachable.
	assert.match(out, /\[embedded: www\.youtube\.com\] \(https:\/\/www\.youtube\.com\/embed\/abc\)/);
});

test('HTML blocks inside Markdown are converted too', async () => {
	const body = 'Intro paragraph.\n\n<div class="note">\n<p>Inside a <strong>div</strong>.</p>\n<script>alert("x")</script>\n</div>\n\nAfter.';
	const out = await renderPost(makePost(body), {width: 70, color: false, links: 'inline'});
	assert.match(out, /Inside a div\./);
	assert.ok(!out.includes('alert'));
	assert.ok(!out.includes('<'));
});

test('HTML posts: escapes and numeric references to controls are removed', async () => {
	const hostile = '<p>A &#27;[31mred&#27;[0m word, a \u001B]0;title\u0007 and &#x9b;2J end.</p><pre><code>\u001B[2Jcode</code></pre>';
	const out = await renderPost(makePost(hostile, 'html'), {width: 70, color: true, links: 'osc8'});
	assert.deepEqual(foreignControls(out), []);
	assert.ok(!out.includes('\u001B[31m'), 'no archive SGR');
	assert.deepEqual(tooWide(out, 70), []);
	assert.match(visible(out), /end\./);
});
