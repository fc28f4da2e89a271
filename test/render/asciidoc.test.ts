import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, test} from 'node:test';
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
