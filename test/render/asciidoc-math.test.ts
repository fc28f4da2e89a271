import assert from 'node:assert/strict';
import {test} from 'node:test';
import {renderPost} from '../../source/render/render.js';
import {makePost} from './helpers.js';

const plain = {width: 80, color: false, links: 'references'} as const;
const adoc = (body: string) => makePost(body, 'asciidoc', {path: 'fixture.adoc', file: '/nonexistent/fixture.adoc'});

test('AsciiDoc math is shown as code, without the delimiters meant for MathJax', async () => {
	const out = await renderPost(adoc(':stem: latexmath\n\nWhere stem:[\\lambda_0 < 1] is the rest.\n\n[stem]\n++++\n\\frac{v}{c}\n++++\n'), plain);
	assert.match(out, /Where `\\lambda_0 < 1` is the rest\./);
	assert.match(out, /┌─ math/);
	assert.match(out, /│ \\frac\{v\}\{c\}/);
	assert.ok(!out.includes('\\('), out);
	assert.ok(!out.includes('\\['), out);
});

test('a backslash before a brace that escapes nothing is not shown in AsciiDoc prose', async () => {
	const out = await renderPost(adoc('Characters like accents, @, \\{, and more.\n\n----\nkeep \\{ here\n----\n'), plain);
	assert.match(out, /accents, @, \{, and more\./);
	assert.match(out, /keep \\\{ here/);
});

test('without any math in the source, backslash-parentheses stay text', async () => {
	const out = await renderPost(adoc('A regex like \\(a\\) matches.\n'), plain);
	assert.match(out, /\\\(a\\\) matches/);
});

test('an image that links somewhere keeps the link (AsciiDoc link= and HTML <a><img></a>)', async () => {
	const asciidoc = await renderPost(adoc('[link=https://photos.example/m42/, window=_blank]\nimage::/img/m42.jpg[]\n\nSee image:c.png[C,link=https://photos.example/c] inline.\n'), plain);
	assert.match(asciidoc, /\[image: m42\] \[1\] \[2\]/);
	assert.match(asciidoc, /\[2\]: https:\/\/photos\.example\/m42\//);
	assert.match(asciidoc, /\[image: C\] \[3\] \[4\] inline/);
	const html = await renderPost(makePost('<p><a href="https://sponsor.example/"><img src="/img/logo.svg" alt="Sponsor" /></a></p>\n\n<p><a href="/img/big.png"><img src="/img/big.png"></a></p>'), plain);
	assert.match(html, /\[image: Sponsor\] \[1\] \[2\]/);
	assert.match(html, /\[2\]: https:\/\/sponsor\.example\//);
	// A thumbnail opening itself is one link.
	assert.match(html, /\[image: big\.png\] \[3\]\n/);
});
