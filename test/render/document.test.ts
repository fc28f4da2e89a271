import assert from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {renderDocument, renderPost} from '../../source/render/render.js';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';
import {makePost} from './helpers.js';

const plain = {width: 60, color: false, links: 'references'} as const;

const body = `# Top {#top}

Para with a footnote[^n] and [a link](https://ex.com/a%20b) and a second [link](https://ex.com/a%20b).

## Second {.wide}

See [the top](#top) and [another post](@/inside-rust/x.md) and ![a cat](img/cat.png).

\`\`\`rust
fn main() {}
\`\`\`

### Third

[^n]: The note text.
`;

test('the document says where each heading sits, with its level, text and anchor', async () => {
	const document = await renderDocument(makePost(body), plain);
	assert.deepEqual(document.headings.map(({level, text, id}) => ({level, text, id})), [
		{level: 1, text: 'Top', id: 'top'},
		{level: 2, text: 'Second', id: 'second'},
		{level: 3, text: 'Third', id: 'third'},
	]);
	for (const heading of document.headings) {
		assert.ok(document.text[heading.line]!.includes(heading.text), `${heading.text} on line ${heading.line}: ${document.text[heading.line]}`);
	}

	// Attribute lists are hidden; the explicit id is kept.
	assert.ok(!document.text.join('\n').includes('{#top}'));
	assert.ok(!document.text.join('\n').includes('{.wide}'));
});

test('links are numbered per target, kept as written, and placed on their line', async () => {
	const document = await renderDocument(makePost(body), plain);
	const outside = document.links.filter(link => !link.anchor);
	assert.deepEqual(outside.map(({number, target}) => ({number, target})), [
		{number: 1, target: 'https://ex.com/a%20b'},
		{number: 1, target: 'https://ex.com/a%20b'},
		{number: 2, target: '@/inside-rust/x.md'},
		{number: 3, target: 'img/cat.png'},
	]);
	const anchor = document.links.find(link => link.anchor);
	assert.equal(anchor?.anchor, 'top');
	assert.ok(document.text[anchor!.line]!.includes('the top'));
	// Shown byte for byte: never decoded, never put behind the blog's URL.
	assert.match(document.text.join('\n'), /^\[1\]: https:\/\/ex\.com\/a%20b$/m);
	assert.match(document.text.join('\n'), /^\[2\]: @\/inside-rust\/x\.md$/m);
});

test('a footnote has a marker in the text and its note at the end', async () => {
	const document = await renderDocument(makePost(body), plain);
	assert.equal(document.footnotes.length, 1);
	const [note] = document.footnotes;
	assert.ok(document.text[note!.markerLine]!.includes('footnote¹'));
	assert.match(document.text[note!.noteLine]!, /^¹ The note text\.$/);
	assert.ok(note!.noteLine > note!.markerLine);
	assert.ok(!document.text.join('\n').includes('[^n]'), 'no raw footnote markup');
});

test('code blocks are framed, name their language and mark wrapped lines', async () => {
	const long = 'let x = "' + 'word '.repeat(30) + '";';
	const document = await renderDocument(makePost('```js\n' + long + '\nshort();\n```'), {...plain, width: 40});
	const [block] = document.codeBlocks;
	assert.equal(block?.language, 'js');
	assert.match(document.text[block!.startLine]!, /^┌─ js /);
	assert.match(document.text[block!.endLine]!, /^└─/);
	const inside = document.text.slice(block!.startLine + 1, block!.endLine);
	assert.ok(inside.every(line => line.startsWith('│ ')));
	assert.ok(inside.some(line => line.startsWith('│ ↪ ')), 'a continuation is marked');
	assert.ok(inside.every(line => [...line].length <= 40));
	assert.equal(inside.at(-1), '│ short();');
});

test('images say their alt text and source, and the file when the site holds it', async () => {
	const site = removeAfterTests(tempDir());
	mkdirSync(join(site, 'posts', 'img'), {recursive: true});
	mkdirSync(join(site, 'assets', 'img'), {recursive: true});
	writeFileSync(join(site, 'posts', 'img', 'cat.png'), 'png');
	writeFileSync(join(site, 'assets', 'img', 'chain.jpg'), 'jpg');
	const post = makePost('![a cat](img/cat.png)\n\n![chain](https://blog.example/blog/img/chain.jpg)\n\n![gone](https://elsewhere.example/x.png)', 'markdown', {file: join(site, 'posts', 'p.md')});
	const document = await renderDocument(post, {...plain, siteRoot: site, baseUrl: 'https://blog.example/blog'});
	assert.deepEqual(document.images.map(({alt, source, file}) => ({alt, source, file})), [
		{alt: 'a cat', source: 'img/cat.png', file: join(site, 'posts', 'img', 'cat.png')},
		{alt: 'chain', source: 'https://blog.example/blog/img/chain.jpg', file: join(site, 'assets', 'img', 'chain.jpg')},
		{alt: 'gone', source: 'https://elsewhere.example/x.png', file: undefined},
	]);
});

test('a reference line stays whole in a pipe and fits the screen otherwise', async () => {
	const url = 'https://example.com/' + 'a'.repeat(120);
	const piped = await renderPost(makePost(`[x](${url})`), {...plain, width: 40});
	assert.ok(piped.split('\n').includes(`[1]: ${url}`));
	const screen = await renderDocument(makePost(`[x](${url})`), {...plain, width: 40});
	assert.ok(screen.text.every(line => [...line].length <= 40));
});

test('blocks: one first line for each block of the source, in order', async () => {
	const document = await renderDocument(makePost('one\n\ntwo ' + 'word '.repeat(40) + '\n\nthree'), {...plain, width: 30});
	assert.equal(document.blocks.length, 3);
	assert.deepEqual(document.blocks.map(line => document.text[line]!.split(' ')[0]), ['one', 'two', 'three']);
});

test('emoji shortcodes become emoji; unknown ones and code stay as typed', async () => {
	const out = await renderPost(makePost('I :heart: it :+1: at 10:30:00 :not-an-emoji:\n\n`:heart:`'), plain);
	assert.match(out, /I ❤️ it 👍 at 10:30:00 :not-an-emoji:/);
	assert.match(out, /`:heart:`/);
});

test('headings are distinct by level in colour', async () => {
	const out = await renderPost(makePost('## Two\n\n### Three\n\n#### Four'), {...plain, color: true});
	const styles = new Set(['Two', 'Three', 'Four'].map(text => /^(?:\u001B\[[\d;]*m)+/.exec(out.split('\n').find(line => line.includes(text))!)?.[0]));
	assert.equal(styles.size, 3, 'each level has its own style');
});
