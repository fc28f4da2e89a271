import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {lostWords, rawMarkup, sourceText, targetsNotShown, words} from './checks.js';
import {sourceParts} from './source-parts.js';

/** A plain render as `show` pipes it: title, facts, rule, then the body. */
function rendered(body: string): string {
	return `Title\n2024-01-01 · 1 min read\n${'─'.repeat(20)}\n\n${body}`;
}

function markupOf(source: string, output: string, format: 'markdown' | 'asciidoc' = 'markdown'): string[] {
	return rawMarkup(rendered(output), sourceParts(source, format)).map(hit => hit.pattern);
}

const lost = (source: string, output: string, format: 'markdown' | 'asciidoc' = 'markdown'): string[] =>
	lostWords(sourceText(source, format), rendered(output)).map(hit => hit.excerpt.replace(/ in: .*/, ''));

describe('raw markup in prose', () => {
	test('a footnote marker, a heading id, a shortcode and an emoji code are found', () => {
		const found = markupOf('x', 'A claim[^1] here.\n\n## Title {#title}\n\n{{< youtube abc >}}\n\nYay :tada: done');
		assert.ok(found.includes('Markdown footnote marker [^x]'));
		assert.ok(found.includes('heading attribute list {#id} / {.class}'));
		assert.ok(found.includes('Hugo shortcode {{< >}} / {{% %}}'));
		assert.ok(found.includes('emoji shortcode :name:'));
	});

	test('only a name in the emoji data is a raw shortcode: other :words: are text as written', () => {
		// A Gradle project path and Slack's `:thinking_face:` are not GitHub emoji; the render keeps them.
		assert.deepEqual(markupOf('x', 'run :test-case:tcnative-off and :thinking_face: here'), []);
		assert.deepEqual(markupOf('x', 'left raw :thinking: here'), ['emoji shortcode :name:']);
		assert.deepEqual(lost(':thinking_face: and :tada:', ':thinking_face: and 🎉'), []);
		assert.deepEqual(lost(':thinking_face: here', 'here'), ['«thinking»', '«face»']);
	});

	test('markup inside a code block or span of the source is not counted', () => {
		const source = 'Use `[^1]` in text.\n\n```\n{{< figure >}} <div> *x*\n```\n';
		assert.deepEqual(markupOf(source, 'Use [^1] in text.\n\n    {{< figure >}} <div> *x*'), []);
	});

	test('a one-letter code span does not eat that letter from the prose', () => {
		const source = 'Take `x` and fix *it* later.';
		// The render kept the emphasis markers: they must still be seen around the word.
		assert.deepEqual(markupOf(source, 'Take x and fix *it* later.'), ['emphasis markers left (*x* _x_ **x**)']);
	});

	test('reference lines, even hard-wrapped ones, are not prose', () => {
		const output = 'See docs [1].\n\n[1]: https://example.com/a_b_c#impl-PartialEq<%\n26CStr>-for-CStr';
		assert.deepEqual(markupOf('See [docs](https://example.com/a_b_c).', output), []);
	});

	test('generic types in prose are not HTML tags; real tags are', () => {
		assert.deepEqual(markupOf('x', 'A Vec<T> or Option<P> value'), []);
		assert.deepEqual(markupOf('x', 'A <div class="x">box</div>'), ['HTML tag', 'HTML tag']);
	});

	test('AsciiDoc footnotes and macros left raw are found', () => {
		const found = markupOf('x', 'A note footnote:[Some text] and link:https://x.org[x]', 'asciidoc');
		assert.ok(found.includes('AsciiDoc footnote:['));
	});

	test('emphasis split across a line break is found', () => {
		assert.deepEqual(markupOf('x', 'the _alda-\ntabs_ plugin'), ['emphasis markers left (*x* _x_ **x**)']);
	});

	test('a leftover Markdown escape is found', () => {
		assert.deepEqual(markupOf('x', 'see ffi\\_11 there'), ['Markdown escape left (\\_ \\*)']);
	});
});

describe('words of the source lost', () => {
	test('nothing is lost when every word is shown', () => {
		assert.deepEqual(lost('Hello *world*, [a link](https://x.org/y) and `code`.', 'Hello world, a link [1] and code.\n\n[1]: https://x.org/y'), []);
	});

	test('a word shown fewer times than written is lost once per missing time', () => {
		assert.deepEqual(lost('one two two', 'one two'), ['«two»']);
	});

	test('case, Unicode form and character references do not matter', () => {
		assert.deepEqual(lost('Caf\u0065\u0301 &amp; CRÈME', 'café & crème'), []);
	});

	test('inline code glued to a word is one word with or without backticks', () => {
		assert.deepEqual(lost('all `POST`ed things', 'all POSTed things'), []);
		assert.deepEqual(lost('all `POST`ed things', 'all `POST`ed things'), []);
	});

	test('HTML attributes, comments, link targets and footnote labels are not words to find', () => {
		const source = '<div class="wide">Text</div> <!-- hidden --> [a](https://x.org/zzz "Title") more[^note]\n\n[^note]: Said.';
		assert.deepEqual(lost(source, 'Text a [1] more [2]\n\n[2]: Said.'), []);
	});

	test('image alt text must be shown', () => {
		assert.deepEqual(lost('<img src="x.png" alt="A chart">', ''), ['«a»', '«chart»']);
	});

	test('a code fence language is blamed on the fence, not on prose using the word', () => {
		const hits = lostWords(sourceText('Rust is fine.\n\n```rust\nfn main() {}\n```', 'markdown'), rendered('Rust is fine.\n\n    fn main() {}'));
		assert.deepEqual(hits.map(hit => hit.pattern), ['code fence language']);
	});

	test('an e-mail address is text, with or without mailto:', () => {
		assert.deepEqual(lost('write to [us](mailto:a@b.org) or a@b.org', 'write to us [1] or mailto:a@b.org\n\n[1]: mailto:a@b.org'), []);
	});

	test('AsciiDoc attributes, block attributes and image attributes are not words', () => {
		const source = '= Title\n:jbake-tags: a, b\n:source-highlighter: prettify\n\n[source,java]\n----\nint x;\n----\n\nimage::x.png[Alt words, link="y"]';
		assert.deepEqual(lost(source, 'Title\n\n    int x;\n\n[image: Alt words]', 'asciidoc'), []);
	});

	test('the words function keeps letters and digits only', () => {
		assert.deepEqual(words('Don’t stop: v1.2—ok?'), ['don', 't', 'stop', 'v1', '2', 'ok']);
	});
});

describe('link targets in the source', () => {
	test('inline, reference, autolink, bare and HTML targets are read in order, code skipped', () => {
		const source = [
			'[a](https://a.org/x(1)) and ![i](img%20x.png "t")',
			'<https://auto.org> then https://bare.org/p.',
			'`[no](https://code.org)` <a href="https://h.org">h</a> and a [ref]',
			'',
			'[ref]: https://ref.org/r',
			'[unused]: https://unused.org',
		].join('\n');
		// A definition no text uses shows nowhere, on the site or here: it is not counted.
		assert.deepEqual(sourceParts(source, 'markdown').targets, ['https://a.org/x(1)', 'img%20x.png', 'https://auto.org', 'https://bare.org/p', 'https://h.org', 'https://ref.org/r']);
	});

	test('AsciiDoc link macros and URL macros are read; a two-line title is not a listing', () => {
		const source = 'Title here\n----------\n\nSee https://a.org[A] and link:b.html[B].\n\n----\nhttps://code.org\n----';
		const parts = sourceParts(source, 'asciidoc');
		assert.deepEqual(parts.targets, ['https://a.org', 'b.html']);
		assert.deepEqual(parts.codeBlocks, ['https://code.org']);
	});
});

describe('link targets not shown byte for byte', () => {
	const external = (): 'external' => 'external';
	const check = (targets: string[], output: string, baseUrl?: string) => targetsNotShown(targets, output, external, baseUrl).missing.map(hit => hit.pattern);

	test('a target on one line of the output is shown', () => {
		assert.deepEqual(check(['https://a.org/x%20y'], 'text [1]\n\n[1]: https://a.org/x%20y'), []);
	});

	test('a decoded, a wrapped and a missing target are told apart', () => {
		assert.deepEqual(check(['https://a.org/x%20y'], '[1]: https://a.org/x y'), ['percent-decoded']);
		assert.deepEqual(check(['https://a.org/long/path'], '[1]: https://a.org/lo\nng/path'), ['hard-wrapped across lines']);
		assert.deepEqual(check(['https://gone.org'], 'nothing'), ['not shown at all']);
	});

	test('a relative target may be shown resolved against the blog URL', () => {
		assert.deepEqual(check(['/2020/post/'], '[1]: https://blog.org/2020/post/', 'https://blog.org'), []);
	});

	test('a reference number alone on its line counts, once', () => {
		assert.deepEqual(check([], '[1]:\nhttps://a.org/very/long'), ['reference number on a line of its own, URL on the next']);
	});

	test('a link text written as an address with brackets keeps its words on both sides', () => {
		// The source's address ends at `]`, so the render's must too.
		assert.deepEqual(lost('<a href="https://h.io/x">https://h.io/[@Nadrieril][]/HJ0tuCO1-e</a>.', 'https://h.io/[@Nadrieril][]/HJ0tuCO1-e [1].\n\n[1]: https://h.io/x'), []);
	});

	test('`[x](url` never closed (Markdown inside an HTML block) is text, not a link target', () => {
		const source = '<p>[this proposal](https://hackmd.io/<a href="https://github.com/niko">Niko</a>/SyI0?type=view), which</p>';
		assert.deepEqual(sourceParts(source, 'markdown').targets, ['https://github.com/niko']);
		// A template-built target holds spaces and is still a target (an internal one).
		assert.deepEqual(sourceParts('More [in the log]({% link _docs/history.md %}#v3).', 'markdown').targets, ['{%']);
		assert.deepEqual(sourceParts('[a](https://x.org/a) and [b](<https://x.org/b c> "t") and [c](https://x.org/c \'t\')', 'markdown').targets, ['https://x.org/a', 'https://x.org/b c', 'https://x.org/c']);
	});

	test('internal targets are returned apart, not as missing', () => {
		const result = targetsNotShown(['@/post.md', 'https://x.org'], 'https://x.org', target => target.startsWith('@/') ? 'internal' : 'external');
		assert.deepEqual(result.missing, []);
		assert.deepEqual(result.internal.map(hit => hit.pattern), ['Zola @/ link']);
	});
});

describe('the render\'s own frames', () => {
	test('code in a framed block, and its wrapped continuation, is code; a quote bar is not markup', () => {
		const source = '```js\nconst a = <div>{x}</div>;\n```\n\n> A *quote*';
		const output = '┌─ js ─────\n│ const a = <div>{x}</div>;\n└──────────\n\n│ A quote';
		assert.deepEqual(markupOf(source, output), []);
	});
});

test('a footnote marker the render writes as superscript digits is not part of the word', () => {
	assert.deepEqual(words('the volt²³ and batteries¹⁰'), ['the', 'volt', 'and', 'batteries']);
});

test('a target re-encoded or cut at its query is told apart from one not shown', () => {
	const check = (target: string, output: string) => targetsNotShown([target], output, () => 'external').missing.map(hit => hit.pattern);
	assert.deepEqual(check('https://a.org/x_y', '[1]: https://a.org/x%5Fy'), ['percent-encoding changed (e.g. _ shown as %5F)']);
	assert.deepEqual(check('https://a.org/s?ref=x%5E', '[1]: https://a.org/s'), ['query string dropped']);
});

describe('what a reader would not call a bug is not counted', () => {
	test('Japanese text broken between characters, and a code line continued under ↪, lose no word', () => {
		assert.deepEqual(lostWords(sourceText('これはテストの文です。', 'markdown'), 'これはテス\nトの文です。'), []);
		assert.deepEqual(lostWords(sourceText('```\nab:cd:ef\n```', 'markdown'), '│ ab:c\n│ ↪ d:ef'), []);
		// A word really missing still is.
		assert.ok(lostWords(sourceText('これはテストの文です。', 'markdown'), 'これは').length > 0);
	});

	test('emphases glued to each other or to code make one word, as the render shows them', () => {
		assert.deepEqual(lost('as in **char**_acter_ or **char**_coal_', 'as in character or charcoal'), []);
		assert.deepEqual(lost('- [_Op_`Assign<$t>`][x]\n\n[x]: https://x.org', '* Op`Assign<$t>` [1]'), []);
		assert.deepEqual(lost('**char** _acter_', 'character'), ['«char»', '«acter»']);
	});

	test('an arrow --> opens no comment; a tag the source wrote as &lt;text&gt; is text', () => {
		assert.deepEqual(markupOf('* --> This is typical', '* --> This is typical'), []);
		assert.deepEqual(markupOf('x', 'left <!-- a comment --> here'), ['HTML comment', 'HTML comment']);
		assert.deepEqual(markupOf('now called "&lt;main&gt;" here', 'now called "<main>" here'), []);
		assert.deepEqual(markupOf('now called "main" here', 'now called "<main>" here'), ['HTML tag']);
	});

	test('a code block framed inside a list item is code', () => {
		const source = '3. In the switch, type:\n\n          User switch command\n           --> s \'Elixir.IEx\'\n';
		const output = '3. In the switch, type:\n   ┌────────\n   │      User switch command\n   │       --> s \'Elixir.IEx\'\n   └────────';
		assert.deepEqual(markupOf(source, output), []);
	});

	test('cells past the header count of a GFM table are not shown, so not lost', () => {
		assert.deepEqual(lost('| a | b |\n|---|---|\n| one | two | ^Same\n\nafter', '│ a │ b │\n│ one │ two │\n\nafter'), []);
		assert.deepEqual(lost('| a | b |\n|---|---|\n| one | two |', '│ a │ b │\n│ one │'), ['«two»']);
	});

	test('a definition whose label is only used as an inline link text is not a target', () => {
		const source = 'The [minutes](https://x.org/new) are here.\n\n[minutes]: https://x.org/old\n[cfg1]:     https://x.org/unused.jpg\n';
		assert.deepEqual(sourceParts(source, 'markdown').targets, ['https://x.org/new']);
		assert.deepEqual(sourceParts('See [minutes].\n\n[minutes]:   https://x.org/old\n', 'markdown').targets, ['https://x.org/old']);
	});

	test('tags inside a word, superscripts and an address glued to a word keep the words whole', () => {
		assert.deepEqual(lost('a high-powered CO<super>2</super> laser', 'a high-powered CO2 laser'), []);
		assert.deepEqual(lost('so P = I<sup>2</sup>R and V<sup>2</sup>/R', 'so P = I^2R and V^2/R'), []);
		assert.deepEqual(lost('<p>uses readline<a href="https://t.co/M4">https://t.co/M4</a></p>', 'uses readlinehttps://t.co/M4'), []);
		assert.deepEqual(lost('I have openedhttps://github.com/r/issues/1 to track', 'I have openedhttps://github.com/r/issues/1 to track'), []);
		assert.deepEqual(lost('<p>see (https://hackmd.io/<a href="https://g.com/n">Niko Matsakis</a>/Sy), which</p>', 'see (https://hackmd.io/Niko Matsakis [1]/Sy), which'), []);
	});

	test('markers inside an HTML block are text; a handle @_x_ is no emphasis', () => {
		const tweet = '<blockquote class="twitter-tweet"><p>The power bar *chef kiss* <a href="https://t.co/p">pic</a></p></blockquote>';
		assert.deepEqual(markupOf(tweet, '│ The power bar *chef kiss* pic [1]'), []);
		assert.deepEqual(markupOf('x', 'thanks @_msw_ for it'), []);
		assert.deepEqual(markupOf('The power bar *chef kiss* here', 'The power bar *chef kiss* here'), ['emphasis markers left (*x* _x_ **x**)']);
	});

	test('TeX display math between $$ lines is code, as the render frames it', () => {
		const source = 'An equation.\n\n$$\n\\begin{equation}\ntime = a - b\n\\end{equation}\n$$\n';
		assert.deepEqual(markupOf(source, 'An equation.\n\n┌─ math ──\n│ \\begin{equation}\n│ time = a - b\n│ \\end{equation}\n└──'), []);
	});

	test('a row of dots between scenes of a Markdown post is text; a leaked AsciiDoc delimiter is not', () => {
		assert.deepEqual(markupOf('Pharmy Tales.\n\n......\n\nEvery time', 'Pharmy Tales.\n\n......\n\nEvery time'), []);
		// Dots the source does not hold as a line of its prose (an AsciiDoc block's delimiter) count.
		assert.deepEqual(markupOf('....\nliteral\n....\n', 'Before.\n\n....\n\nAfter.', 'asciidoc'), ['AsciiDoc block delimiter or attribute line']);
	});

	test('a shrug written with an escaped backslash keeps its backslash; Liquid raw shows what it holds', () => {
		assert.deepEqual(markupOf('🐞(*¯\\\\\\_(ツ)\\_/¯*)', '🐞(¯\\_(ツ)_/¯)'), []);
		assert.deepEqual(markupOf('x', 'see ffi\\_11'), ['Markdown escape left (\\_ \\*)']);
		assert.deepEqual(markupOf('now like `{% raw %}{% raw %}{% endraw %}`, so', 'now like `{% raw %}`, so'), []);
	});

	test('an image in a figure with a caption is labelled by the caption: its alt is not lost', () => {
		const source = '<figure>\n<img src="/c.jpg" alt="Dell PowerEdge Chassis">\n<figcaption>Dell PowerEdge internals.</figcaption>\n</figure>';
		assert.deepEqual(lost(source, '[image: Dell PowerEdge internals.] [1]\n\n[1]: /c.jpg'), []);
		assert.deepEqual(lost('<img src="/c.jpg" alt="Dell PowerEdge Chassis">', '[image] [1]'), ['«dell»', '«poweredge»', '«chassis»']);
	});

	test('a stylesheet link is no target of the page', () => {
		assert.deepEqual(sourceParts('<link rel="stylesheet" href="/css/glossary.css">\n\nSee [x](https://x.org).', 'markdown').targets, ['https://x.org']);
	});

	test('line marks glued to a fence language are not words', () => {
		assert.deepEqual(lost('```js{1,3}\nvar a;\n```', '┌─ js ──\n┃ var a;\n└──'), []);
	});

	test('an AsciiDoc toc::[] macro is the headings, not the word toc', () => {
		assert.deepEqual(lost('toc::[]\n\n== One\n\nText.', 'One\n\n## One\n\nText.', 'asciidoc'), []);
	});

	test('a subscript shown as Unicode digits keeps both words', () => {
		assert.deepEqual(lostWords(sourceText('MnO<sub>2</sub> here', 'markdown'), 'MnO₂ here'), []);
	});

	test('the info string of a fence after its language is not words; video fallback text is not either', () => {
		assert.deepEqual(lostWords(sourceText('```js {1,3-5} eval\nx\n```', 'markdown'), '┌─ js ──\n│ x\n└──'), []);
		assert.deepEqual(lostWords(sourceText('<video src="a.mp4">Your browser cannot play it.</video>', 'markdown'), '[video: a.mp4]'), []);
	});

	test('AsciiDoc named block attributes are not words; math and [source] paragraphs are code', () => {
		assert.deepEqual(lostWords(sourceText('[link=https://x.example/, window=_blank]\nimage::a.jpg[]', 'asciidoc'), '[image: a]'), []);
		const source = 'Where stem:[\\frac{v}{c}] holds.\n\n[source,html]\n<ul><li>Bob</li></ul>\n\nDone.';
		assert.deepEqual(markupOf(source, 'Where `\\frac{v}{c}` holds.\n\n┌─ html ──\n│ <ul><li>Bob</li></ul>\n└──\n\nDone.', 'asciidoc'), []);
	});

	test('an AsciiDoc listing never closed runs to the end, as Asciidoctor reads it', () => {
		const source = 'Text.\n\n----\ncode _here_\n\n*more* code\n';
		assert.deepEqual(markupOf(source, 'Text.\n\n│ code _here_\n│\n│ *more* code', 'asciidoc'), []);
	});

	test('Liquid raw tags around a code span, URLs in comments and script sources are not the page', () => {
		assert.deepEqual(markupOf('Prepend `{% raw %}{{ site.baseurl }}{% endraw %}` now.', 'Prepend `{{ site.baseurl }}` now.'), []);
		assert.deepEqual(sourceParts('Text.\n\n<!--\nhttps://example.org/pull/1\n-->\n\n<script src="https://w.example/x.js"></script>\n', 'markdown').targets, []);
	});
});

describe('more markup that is not text', () => {
	test('AsciiDoc roles, link options, video macros and attribute entries; task boxes; split labels', () => {
		assert.deepEqual(lostWords(sourceText('*[red]#Ana : 12 commits#* and link:https://x.example/[the docs,window=_blank] or stem:[v].', 'asciidoc'), 'Ana : 12 commits and the docs [1] or `v`.'), []);
		assert.deepEqual(lostWords(sourceText('video::abc123[youtube, width=640]', 'asciidoc'), '[embedded: www.youtube.com] [1]'), []);
		assert.deepEqual(sourceParts(':gradle: https://gradle.org\n\nText.\n', 'asciidoc').targets, []);
		assert.deepEqual(lostWords(sourceText('* [x] done\n* [ ] open', 'markdown'), '* ☑ done\n* ☐ open'), []);
		assert.deepEqual(lostWords(sourceText('See the [comment thread][repro\nlink] here.', 'markdown'), 'See the comment thread [1] here.'), []);
	});
});

test('Japanese words joined by the render once their markup is gone are not lost; missing characters are', () => {
	assert.deepEqual(lostWords(sourceText('**登録ドメイン**は、[シェル](https://x.example/)の', 'markdown'), '登録ドメインは、シェル [1] の'), []);
	assert.deepEqual(lostWords(sourceText('登録ドメインは', 'markdown'), '登録ドメイン').map(hit => hit.excerpt.slice(0, 3)), ['«は»']);
});

test('emphasis inside a word keeps it one word', () => {
	assert.deepEqual(lostWords(sourceText("our name: **L**et's **ENCR**ypt, time*ful*", 'markdown'), "our name: Let's ENCRypt, timeful"), []);
});
