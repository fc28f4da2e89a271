import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, test} from 'node:test';
import {asciidocToHtml, maxIncludeTotalBytes} from '../../source/render/asciidoc.js';
import {htmlToMarkdown} from '../../source/render/html.js';
import {renderPost} from '../../source/render/render.js';
import {foreignControls, makePost, tooWide, visible} from './helpers.js';

let base: string;
let root: string;
let postFile: string;

const source = `:jbake-title: Adoc fixture
include::../../attributes.adoc[]

toc::[]

== First section

Images live at {images}. See <<second-section>> for more.

NOTE: Notes are labelled.

[WARNING]
====
Careful with *this*.
====

image::{images}/cat.png[A cat]

include::../../snippets/shared.adoc[]

include::../../../outside-secret.txt[]

include::/etc/hostname[]

include::../../escape-link.adoc[]

[source,java]
----
public class Hello {}
----

[[second-section]]
== Second section

An *example* block:

====
Inside the example.
====
`;

before(() => {
	base = mkdtempSync(path.join(tmpdir(), 'blog-reader-adoc-'));
	root = path.join(base, 'site');
	mkdirSync(path.join(root, 'content', 'blog'), {recursive: true});
	mkdirSync(path.join(root, 'snippets'));
	writeFileSync(path.join(root, 'attributes.adoc'), ':images: https://img.example/pics\n');
	writeFileSync(path.join(root, 'snippets', 'shared.adoc'), 'Shared text from an include inside the archive.\n');
	writeFileSync(path.join(base, 'outside-secret.txt'), 'SECRET OUTSIDE THE ARCHIVE\n');
	symlinkSync(path.join(base, 'outside-secret.txt'), path.join(root, 'escape-link.adoc'));
	postFile = path.join(root, 'content', 'blog', 'post.adoc');
	writeFileSync(postFile, source);
});

after(() => {
	rmSync(base, {recursive: true, force: true});
});

async function render(color = false) {
	const post = makePost(source, 'asciidoc', {file: postFile, path: 'content/blog/post.adoc', title: 'Adoc fixture'});
	return renderPost(post, {width: 70, color, links: 'inline', archiveRoot: root});
}

test('AsciiDoc: attributes, sections, includes inside the archive', async () => {
	const out = await render();
	assert.match(out, /^## First section$/m);
	assert.match(out, /^## Second section$/m);
	assert.match(out, /Images live at https:\/\/img\.example\/pics\./);
	assert.match(out, /Shared text from an include inside the archive\./);
});

test('AsciiDoc: includes that leave the archive are refused', async () => {
	const out = await render();
	assert.ok(!out.includes('SECRET'), 'nothing from outside the archive');
	assert.match(out, /include outside the archive refused/);
	assert.ok(!/include::/.test(out));
});

test('AsciiDoc: admonitions, images, source blocks, toc and cross references read well', async () => {
	const out = await render();
	assert.match(out, /│ NOTE:/);
	assert.match(out, /│ NOTE: Notes are labelled\./);
	assert.match(out, /│ WARNING:/);
	assert.match(out, /│ WARNING: Careful with this\./);
	assert.match(out, /\[image: A cat\] \(https:\/\/img\.example\/pics\/cat\.png\)/);
	assert.match(out, /^│ public class Hello \{\}$/m);
	assert.match(out, /Table of Contents/);
	assert.match(out, /\* First section/);
	assert.match(out, /See Second section for more\./);
	assert.match(out, /Inside the example\./);
	for (const markup of ['include::', '{images}', 'image::', '====', '<<', 'toc::', '[source']) {
		assert.ok(!out.includes(markup), `raw ${markup}`);
	}

	assert.deepEqual(tooWide(out, 70), []);
});

test('AsciiDoc: source blocks are highlighted when colour is on', async () => {
	const out = await render(true);
	assert.ok(out.includes('\u001B[34mpublic'), 'keyword coloured');
	assert.match(visible(out), /public class Hello/);
	assert.deepEqual(foreignControls(out), []);
});

test('AsciiDoc: escapes in the source never reach the output', async () => {
	const post = makePost('== Title \u001B]0;pwned\u0007here\n\nText \u001B[2J with \u009B31m escapes.\n\n----\ncode \u001B[31m red\n----\n', 'asciidoc', {file: postFile});
	const out = await renderPost(post, {width: 70, color: true, links: 'inline', archiveRoot: root});
	assert.deepEqual(foreignControls(out), []);
	assert.ok(!visible(out).includes('pwned'));
	assert.match(visible(out), /Text +with +escapes\./);
});

async function renderSource(text: string, width = 70) {
	const post = makePost(text, 'asciidoc', {file: postFile, path: 'content/blog/post.adoc'});
	return renderPost(post, {width, color: false, links: 'inline', archiveRoot: root});
}

test('AsciiDoc: markup across a line break, literal and listing blocks, callouts, footnotes', async () => {
	const html = await asciidocToHtml([
		'I wrote _alda-tabs_',
		'yesterday and *bold',
		'across* lines.footnote:[The note text.]',
		'',
		'....',
		'literal block',
		'  indented',
		'....',
		'',
		'[source,ruby]',
		'----',
		'puts 1 # <1>',
		'----',
		'<1> Prints one.',
		'',
		'TIP: A tip.',
	].join('\n'), {file: postFile, archiveRoot: root});
	const markdown = htmlToMarkdown(html);
	assert.match(markdown, /^I wrote \*alda-tabs\* yesterday and \*\*bold across\*\* lines\.\[\^1\]$/m);
	assert.match(markdown, /^```\nliteral block\n {2}indented\n```$/m);
	assert.match(markdown, /^```ruby\nputs 1 # \(1\)\n```$/m);
	assert.match(markdown, /^1\. Prints one\.$/m);
	assert.match(markdown, /^> \*\*TIP:\*\* A tip\.$/m);
	assert.match(markdown, /^\[\^1\]: The note text\.$/m);
});

test('AsciiDoc: a file that includes itself twice is refused, not expanded', {timeout: 30_000}, async () => {
	writeFileSync(path.join(root, 'content', 'blog', 'self.adoc'), 'Self start.\n\ninclude::self.adoc[]\n\ninclude::self.adoc[]\n');
	const out = await renderSource('include::self.adoc[]\n\ninclude::self.adoc[]\n');
	assert.equal(out.split('Self start.').length - 1, 2);
	assert.match(out, /already being included refused/);
});

test('AsciiDoc: includes are capped in total bytes across a post', {timeout: 60_000}, async () => {
	const big = `////\n${'x'.repeat(99).concat('\n').repeat(Math.ceil(3.5 * 1024 * 1024 / 100))}////\nBig included.\n`;
	writeFileSync(path.join(root, 'content', 'blog', 'big.adoc'), big);
	const out = await renderSource('include::big.adoc[]\n\n'.repeat(60));
	assert.equal(out.split('Big included.').length - 1, Math.floor(maxIncludeTotalBytes / big.length));
	assert.match(out, /include over the size budget of a post/);
});

test('AsciiDoc: deep lists and blocks are bounded, never a stack overflow', {timeout: 60_000}, async () => {
	const lists = Array.from({length: 2000}, (_, index) => `${'*'.repeat(index + 1)} item ${index}`).join('\n');
	const listOut = await renderSource(lists);
	assert.match(listOut, /item 1999/);
	const blocks = ['====', '****', '____', '--'];
	const nested = `${Array.from({length: 3000}, (_, index) => blocks[index % 4]).join('\n')}\ninner words\n`;
	const blockOut = await renderSource(nested);
	assert.match(blockOut, /nested too deeply to format/);
	assert.match(blockOut, /inner words/);
});

test('AsciiDoc: attribute substitution is bounded', {timeout: 60_000}, async () => {
	const lines = [':a0: xxxxxxxxxxxxxxxx'];
	for (let index = 1; index < 40; index++) {
		lines.push(`:a${index}: {a${index - 1}}{a${index - 1}}`);
	}

	const out = await renderSource(`${lines.join('\n')}\n\nValue: {a39}. Small: {a2}.\n`);
	assert.match(out, /Small:\s+x{64}\./);
	assert.ok(out.length < 1024 * 1024, `output of ${out.length} characters`);
});

test('link addresses keep what Asciidoctor\'s typographic replacements would change', async () => {
	const source = '= T\n\n* https://ui.adsabs.harvard.edu/abs/2000A%26A...357..763W/abstract[Wöhl (2000)]\n* https://francais.rt.com/france/19526-hauts-seine--tabassee-pour[article]\n* https://groovy.codehaus.org/Creating+XML+using+Groovy\'s+MarkupBuilder[MarkupBuilder]\n\nProse keeps them... as typography -- like this.\n';
	const out = await renderPost(makePost(source, 'asciidoc'), {width: 100, color: false, links: 'references'});
	assert.match(out, /^\[\d\]: https:\/\/ui\.adsabs\.harvard\.edu\/abs\/2000A%26A\.\.\.357\.\.763W\/abstract$/m);
	assert.match(out, /^\[\d\]: https:\/\/francais\.rt\.com\/france\/19526-hauts-seine--tabassee-pour$/m);
	assert.match(out, /^\[\d\]: https:\/\/groovy\.codehaus\.org\/Creating\+XML\+using\+Groovy's\+MarkupBuilder$/m);
	assert.match(out, /them…/);
	// An e-mail address inside an address is no mail link of its own.
	const mail = await renderPost(makePost('= T\n\nI had https://lists.apache.org/list?users@maven.apache.org:2021-9[a use case]. Mail me@x.org.\n', 'asciidoc'), {width: 100, color: false, links: 'references'});
	assert.match(mail, /^\[1\]: https:\/\/lists\.apache\.org\/list\?users@maven\.apache\.org:2021-9$/m);
	assert.match(mail, /^\[2\]: mailto:me@x\.org$/m);
});

test('Unicode text Asciidoctor.js would read as markup stays as written; verbatim blocks untouched', async () => {
	const source = '= T\n\n- Compute `Ī_global = (1 / N_total) ∑_{j=1..N_total} Ī(j)`.\n- Raise `S₁` to the power of `e^{rᵢ}`.\n- Plain snake_case, _emph_ and Ī _emphasised_ text; `+Ī_x+` stays.\n\n----\nĪ_global {rᵢ} &#95;\n----\n';
	const out = visible(await renderPost(makePost(source, 'asciidoc'), {width: 100, color: false, links: 'references'}));
	assert.match(out, /`Ī_global = \(1 \/ N_total\) ∑_\{j=1\.\.N_total\} Ī\(j\)`/);
	assert.match(out, /`e\^\{rᵢ\}`/);
	assert.match(out, /snake_case, emph and Ī emphasised text; `Ī_x` stays/);
	assert.match(out, /│ Ī_global \{rᵢ\} &#95;/);
});
