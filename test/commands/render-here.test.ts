import assert from 'node:assert/strict';
import {test} from 'node:test';
import {renderSmallPostHere} from '../../source/commands/render-here.js';
import {renderDocument} from '../../source/render/render.js';
import {postWith} from '../helpers/post.js';

const options = {width: 60, color: false, links: 'references', keepLongLines: true} as const;

test('a small Markdown post renders on this thread exactly as the render thread renders it', async () => {
	const post = postWith({title: 'Small', slug: 'small', body: '# Heading\n\nSome *text* with [a link](https://example.org).\n\n```js\nconst x = 1;\n```\n'});
	const here = await renderSmallPostHere(post, options);
	assert.ok(here);
	assert.deepEqual(here, await renderDocument(post, options));
});

test('a large post, an AsciiDoc one, and one past the time given are left to the render thread', async () => {
	const paragraph = 'Words *and* more words, `code`, and [links](https://example.org). '.repeat(20);
	assert.equal(await renderSmallPostHere(postWith({title: 'Large', body: `${paragraph}\n\n`.repeat(100)}), options), undefined);
	assert.equal(await renderSmallPostHere(postWith({title: 'AsciiDoc', format: 'asciidoc', body: '= Title\n\nText.\n'}), options), undefined);
	// Stopped by V8 after 1 ms: 50 KB of Markdown takes longer than that to render.
	assert.equal(await renderSmallPostHere(postWith({title: 'Slow', body: `${paragraph}\n\n`.repeat(35)}), options, 1), undefined);
});
