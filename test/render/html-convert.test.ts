import assert from 'node:assert/strict';
import {test} from 'node:test';
import {htmlToMarkdown} from '../../source/render/html.js';
import {renderPost} from '../../source/render/render.js';
import {makePost} from './helpers.js';

const plain = {width: 80, color: false, links: 'inline'} as const;

test('images, figures and pictures become Markdown images with their alt text or caption', () => {
	assert.equal(htmlToMarkdown('<p><img src="a.png" alt="A cat"></p>'), '![A cat](<a.png>)');
	assert.equal(htmlToMarkdown('<figure><img src="chart.png" alt="x"><figcaption>Sales <em>by</em> year</figcaption></figure>'), '![Sales by year](<chart.png>)');
	assert.equal(htmlToMarkdown('<picture><source srcset="a.avif 1x"><img src="a.jpg" alt="Pic"></picture>'), '![Pic](<a.jpg>)');
	assert.equal(htmlToMarkdown('<img srcset="small.jpg 480w, big.jpg 800w" alt="S">'), '![S](<small.jpg>)');
	// A data URL is no address for a reader: the label stays.
	assert.equal(htmlToMarkdown('<img src="data:image/png;base64,AAAA" alt="Inline">'), '\\[image: Inline\\]');
	// A figure holding more than media keeps its blocks and shows its caption under them.
	assert.equal(htmlToMarkdown('<figure><pre><code>x = 1</code></pre><figcaption>Listing</figcaption></figure>'), '```\nx = 1\n```\n\n*Listing*');
});

test('video, audio, frames and details become labelled placeholders, nothing dropped silently', () => {
	assert.equal(htmlToMarkdown('<video src="talk.mp4" title="The talk">Your browser cannot</video>'), '[\\[video: The talk\\]](<talk.mp4>)');
	assert.equal(htmlToMarkdown('<video controls><source src="clip.webm" type="video/webm"></video>'), '[\\[video: clip.webm\\]](<clip.webm>)');
	assert.equal(htmlToMarkdown('<audio src="/pod/ep1.mp3"></audio>'), '[\\[audio: ep1.mp3\\]](</pod/ep1.mp3>)');
	assert.equal(htmlToMarkdown('<iframe src="https://www.youtube.com/embed/abc" title="Demo"></iframe>'), '[\\[embedded: Demo\\]](<https://www.youtube.com/embed/abc>)');
	assert.equal(htmlToMarkdown('<figure><video src="v.mp4"></video><figcaption>Launch</figcaption></figure>'), '[\\[video: Launch\\]](<v.mp4>)');
	assert.equal(htmlToMarkdown('<details><summary>Spoiler</summary><p>It was the butler.</p></details>'), '**▸ Spoiler**\n\nIt was the butler.');
	assert.equal(htmlToMarkdown('<svg><title>Chart</title><path d="M0"/></svg>'), '\\[image: Chart\\]');
});

test('footnote links and their note list become Markdown footnotes', () => {
	const kramdown = '<p>Text<sup id="fnref:1"><a href="#fn:1" class="footnote">1</a></sup> and<sup><a href="#fn:2">2</a></sup>.</p>'
		+ '<div class="footnotes"><hr><ol><li id="fn:1"><p>First note. <a href="#fnref:1" class="reversefootnote">&#8617;</a></p></li>'
		+ '<li id="fn:2"><p>Second <em>note</em>.&#160;<a href="#fnref:2">&#x21a9;&#xfe0e;</a></p></li></ol></div>';
	assert.equal(htmlToMarkdown(kramdown), 'Text[^1] and[^2].\n\n[^1]: First note.\n\n[^2]: Second *note*.');
	const pandoc = '<p>Claim<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>.</p>'
		+ '<section class="footnotes"><hr /><ol><li id="fn1"><p>Source.<a href="#fnref1" class="footnote-back">↩︎</a></p></li></ol></section>';
	assert.equal(htmlToMarkdown(pandoc), 'Claim[^1].\n\n[^1]: Source.');
	const asciidoctor = '<div class="paragraph"><p>Said<sup class="footnote">[<a id="_footnoteref_1" class="footnote" href="#_footnotedef_1" title="View footnote.">1</a>]</sup>.</p></div>'
		+ '<div id="footnotes"><hr><div class="footnote" id="_footnotedef_1"><a href="#_footnoteref_1">1</a>. The note.</div></div>';
	assert.equal(htmlToMarkdown(asciidoctor), 'Said[^1].\n\n[^1]: The note.');
	// A superscript that points nowhere stays what it is.
	assert.equal(htmlToMarkdown('<p>x<sup><a href="#nowhere">3</a></sup></p>'), 'x^[3](<#nowhere>)');
});

test('no Markdown escape leaks into text, link targets stay exactly as written', async () => {
	const html = '<p>See https://github.com/rust-lang/ffi_11/a*b and snake_case_name, a_b_.</p>'
		+ '<p><a href="https://x.example/a%20b/c_(d)\\e?q=1&amp;r=2">link</a></p>';
	const markdown = htmlToMarkdown(html);
	assert.match(markdown, /https:\/\/github\.com\/rust-lang\/ffi_11\/a\*b and snake_case_name, a_b\\_\./);
	assert.match(markdown, /\[link\]\(<https:\/\/x\.example\/a%20b\/c_\(d\)\\\\e\?q=1&r=2>\)/);
	const body = 'Intro.\n\n<div>\n<p>Crate at https://github.com/x/ffi_11 and <a href="https://a.example/%20x">here</a>.</p>\n</div>\n';
	const out = await renderPost(makePost(body), plain);
	assert.match(out, /https:\/\/github\.com\/x\/ffi_11 and/);
	assert.ok(!out.includes('\\_'), 'no escaped underscore');
	// Percent escapes reach the renderer untouched (how it shows them is the renderer's business).
	assert.match(htmlToMarkdown(body.slice(8)), /\[here\]\(<https:\/\/a\.example\/%20x>\)/);
});

test('text that looks like Markdown is escaped, so it reads back as text', async () => {
	assert.equal(htmlToMarkdown('<p>1. not a list</p><p># not a heading</p><p>*not em* [not link](x) `no code`</p>'),
		'1\\. not a list\n\n\\# not a heading\n\n\\*not em\\* \\[not link\\](x) \\`no code\\`');
	const out = await renderPost(makePost('<p>*not em* [x](y) &lt;b&gt; a &amp;amp; b</p>', 'html'), plain);
	assert.match(out, /\*not em\* \[x\]\(y\) <b> a &amp; b/);
});

test('code blocks keep their language and text, tables become Markdown tables', () => {
	assert.equal(htmlToMarkdown('<pre class="highlight"><code class="language-rust" data-lang="rust">fn main() {\n    <span class="k">let</span> x = "&lt;";\n}</code></pre>'),
		'```rust\nfn main() {\n    let x = "<";\n}\n```');
	assert.equal(htmlToMarkdown('<pre>a ``` b</pre>'), '````\na ``` b\n````');
	assert.equal(htmlToMarkdown('<table><thead><tr><th>a</th><th>b|c</th></tr></thead><tbody><tr><td>1</td><td><a href="u">l</a><br>2</td></tr></tbody></table>'),
		'| a | b\\|c |\n| --- | --- |\n| 1 | [l](<u>)<br>2 |');
	// A highlighter's line-number table is the code, not a grid.
	assert.equal(htmlToMarkdown('<table class="rouge-table"><tr><td class="rouge-gutter gl"><pre>1\n2</pre></td><td class="rouge-code"><pre>a\nb</pre></td></tr></table>'),
		'```\na\nb\n```');
});

test('lists, quotes, headings and line breaks keep their structure', () => {
	assert.equal(htmlToMarkdown('<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul><ol start="3"><li>x</li><li>y</li></ol>'), '* a\n  * b\n* c\n\n3. x\n4. y');
	assert.equal(htmlToMarkdown('<blockquote><p>one<br>two</p><p>three</p></blockquote>'), '> one\\\n> two\n>\n> three');
	assert.equal(htmlToMarkdown('<h3 id="x">Title <code>code</code></h3>'), '### Title `code`');
	assert.equal(htmlToMarkdown('<p>a<br><br>b</p>'), 'a\n\nb');
	assert.equal(htmlToMarkdown('<ul><li><input type="checkbox" checked> done</li><li><input type="checkbox"> todo</li></ul>'), '* [x] done\n* [ ] todo');
});

test('script, style and template content is never text', () => {
	assert.equal(htmlToMarkdown('<p>a</p><script>alert("x<p>y</p>")</script><style>p{}</style><template><p>t</p></template><p>b</p>'), 'a\n\nb');
});

test('a 10,000-column table keeps its cells', async () => {
	const html = `<table><tr>${'<th>h</th>'.repeat(10_000)}</tr><tr>${'<td>cell</td>'.repeat(10_000)}</tr></table>`;
	assert.equal(htmlToMarkdown(html).split('cell').length - 1, 10_000);
	const out = await renderPost(makePost(html, 'html'), plain);
	assert.ok(out.split('cell').length - 1 >= 10_000, 'every cell shown');
});

test('deep nesting is flattened, not lost', () => {
	const markdown = htmlToMarkdown(`${'<span><div>'.repeat(5000)}deep text<img src="i.png" alt="deep image">`);
	assert.match(markdown, /deep text/);
	assert.match(markdown, /!\[deep image\]\(<i\.png>\)/);
});

test('noscript fallbacks are shown: a terminal runs no script', async () => {
	const body = 'Intro.\n\n<script src="https://asciinema.org/a/x.js" async></script><noscript><p><a href="https://asciinema.org/a/x">See the example in asciinema</a></p></noscript>\n\nAfter.';
	assert.equal(htmlToMarkdown(body.split('\n\n')[1]!), '[See the example in asciinema](<https://asciinema.org/a/x>)');
});

test('an <img> line in Markdown is an HTML block that keeps its alt text and source', async () => {
	const out = await renderPost(makePost('New commits:\n\n<img alt="Range-diff showing new commits" src="commit-messages-diff.png" />\n\nAfter.'), plain);
	assert.match(out, /\[image: Range-diff showing new commits\] \(commit-messages-diff\.png\)/);
});

test('a URL that ends a text node stops there, not running into the link after it', async () => {
	// A browser shows the Markdown as text and the link inside it; marked's autolink would have
	// taken the next link's brackets into the address.
	const html = '<p>imagine [this proposal](https://hackmd.io/<a href="https://github.com/niko">Niko Matsakis</a>/SyI0?type=view), or see https://x.org/a.</p>';
	const out = await renderPost(makePost(html, 'html'), {width: 120, color: false, links: 'references'});
	assert.match(out, /\(https:\/\/hackmd\.io\/Niko Matsakis \[\d\]\/SyI0\?type=view\), or see https:\/\/x\.org\/a\./);
	assert.match(out, /\[\d\]: https:\/\/github\.com\/niko$/m);
	assert.ok(!out.includes('](https://github.com'), out);
});

test('an asciinema player script is a placeholder carrying the cast URL; other scripts are nothing', async () => {
	assert.equal(htmlToMarkdown('<script id="asciicast-510632" src="https://asciinema.org/a/510632.js" async></script>'), '[\\[asciicast: 510632\\]](<https://asciinema.org/a/510632>)');
	assert.equal(htmlToMarkdown('<p>Before <script src="https://asciinema.org/a/NT3x.js"></script> after</p>'), 'Before [\\[asciicast: NT3x\\]](<https://asciinema.org/a/NT3x>) after');
	assert.equal(htmlToMarkdown('<script src="https://example.com/tracker.js"></script><p>Text</p>'), 'Text');
	// In a Markdown post. A <noscript> after it linking the same cast is the page's own fallback:
	// shown alone, the cast not listed twice; one linking elsewhere leaves the placeholder.
	const post = 'Try it:\n\n<script id="asciicast-1" src="https://asciinema.org/a/509506.js" async></script><noscript><p><a href="https://asciinema.org/a/509506">See the example in asciinema</a></p></noscript>\n\nDone.';
	const out = await renderPost(makePost(post), {width: 80, color: false, links: 'references'});
	assert.ok(!out.includes('[asciicast:'), out);
	assert.match(out, /See the example in asciinema \[1\]/);
	assert.match(out, /^\[1\]: https:\/\/asciinema\.org\/a\/509506$/m);
	const other = await renderPost(makePost(post.replace('a/509506"', 'a/other"')), {width: 80, color: false, links: 'references'});
	assert.match(other, /\[asciicast: 509506\] \[1\]/);
});

test('a video, audio or frame tag inline in a Markdown paragraph is a placeholder, not dropped', async () => {
	const post = 'See it:\n\n<video src="https://x.org/clip.webm" controls="controls" muted="muted"></video>\n\nand <iframe src="https://www.youtube.com/embed/abc"></iframe> here.';
	const out = await renderPost(makePost(post), {width: 80, color: false, links: 'references'});
	assert.match(out, /\[video: clip\.webm\] \[1\]/);
	assert.match(out, /and \[embedded: www\.youtube\.com\] \[2\] here\./);
	assert.match(out, /^\[1\]: https:\/\/x\.org\/clip\.webm$/m);
});

test('a figure caption that links somewhere is kept whole under the image, with its link', async () => {
	const html = '<figure><img src="/logo.png" alt="Sunlight"><figcaption>Logo, based on a <a href="https://www.tuscolo.org/il-parco/">real place</a> near Rome</figcaption></figure>';
	assert.equal(htmlToMarkdown(html), '![Sunlight](</logo.png>)\n\n*Logo, based on a [real place](<https://www.tuscolo.org/il-parco/>) near Rome*');
	const out = await renderPost(makePost(html, 'html'), {width: 80, color: false, links: 'references'});
	assert.match(out, /^\[\d\]: https:\/\/www\.tuscolo\.org\/il-parco\/$/m);
});
