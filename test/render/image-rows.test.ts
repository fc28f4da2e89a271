import assert from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {renderDocument} from '../../source/render/render.js';
import {findHits} from '../../source/ui/screens/reader/find.js';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';
import {pngBytes, redOverBlue} from '../helpers/images.js';
import {makePost} from './helpers.js';

const site = removeAfterTests(tempDir('blog-reader-image-rows-'));
mkdirSync(join(site, 'posts', 'img'), {recursive: true});
writeFileSync(join(site, 'posts', 'img', 'wide.png'), pngBytes(40, 20, redOverBlue));
writeFileSync(join(site, 'posts', 'img', 'broken.png'), 'not an image');
const body = [
	'## Before',
	'Text with [a link](https://ex.com/a) and a note[^n].',
	'![a wide one](img/wide.png)',
	'## After the image',
	'More text, then ![broken](img/broken.png) in a paragraph.',
	'```js',
	'const after = 1;',
	'```',
	'Last [link](https://ex.com/b) here.',
	'[^n]: The note.',
].join('\n\n');
const post = makePost(body, 'markdown', {file: join(site, 'posts', 'p.md')});
const options = {width: 60, color: true, links: 'inline', siteRoot: site} as const;

test('imageRows keeps blank lines after a local image\'s paragraph, sized by the image, and every line number counts them', async () => {
	const without = await renderDocument(post, options);
	const withRows = await renderDocument(post, {...options, imageRows: 6});
	const [wide, broken] = withRows.images;
	// 40×20 pixels at up to 60 columns: 40 columns, 10 rows, cut to 6 rows at 24 columns.
	assert.deepEqual(wide!.preview, {line: wide!.line + 1, rows: 6, columns: 24});
	assert.equal(broken!.preview, undefined, 'an image that cannot be sized keeps no rows');
	assert.equal(withRows.lines.length, without.lines.length + 6);
	assert.equal(withRows.text.length, withRows.lines.length);
	for (let row = 0; row < 6; row++) {
		assert.equal(withRows.lines[wide!.preview!.line + row], '');
	}

	assert.match(withRows.text[wide!.line]!, /\[image: a wide one\]/, 'the image\'s own line stays above its rows');
	// Everything after the rows moved with them: each record still names the line it is on.
	for (const heading of withRows.headings) {
		assert.ok(withRows.text[heading.line]!.includes(heading.text), `heading "${heading.text}" on its line`);
	}

	for (const link of withRows.links) {
		assert.ok(withRows.text[link.line]!.includes(link.text), `link "${link.text}" on its line`);
	}

	assert.match(withRows.text[withRows.footnotes[0]!.noteLine]!, /The note/);
	const code = withRows.codeBlocks[0]!;
	assert.match(withRows.text.slice(code.startLine, code.endLine + 1).join('\n'), /const after/);
	assert.deepEqual(withRows.blocks.map(line => withRows.text[line]), without.blocks.map(line => without.text[line]), 'blocks start on the same text');
	const hit = findHits(withRows.text, 'Last')[0]!;
	assert.equal(hit.line, findHits(without.text, 'Last')[0]!.line + 6);
});

test('without imageRows (a pipe, NO_COLOR) the document has no reserved lines', async () => {
	const document = await renderDocument(post, options);
	assert.ok(document.images.every(image => image.preview === undefined));
});
