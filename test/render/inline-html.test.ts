import assert from 'node:assert/strict';
import {test} from 'node:test';
import {renderPost} from '../../source/render/render.js';
import {makePost} from './helpers.js';

const plain = {width: 80, color: false, links: 'references'} as const;

test('an inline <a href> in a Markdown paragraph is a link with its target listed', async () => {
	const out = await renderPost(makePost('<a href="https://example.org/c/1#note-2">Comment by @ana on 2025-07-30:</a><br>\n\nAnd the reply.'), plain);
	assert.match(out, /Comment by @ana on 2025-07-30: \[1\]/);
	assert.match(out, /\[1\]: https:\/\/example\.org\/c\/1#note-2/);
	assert.ok(!out.includes('<a'), out);
});

test('inline emphasis, code and links written as HTML keep their meaning', async () => {
	const out = await renderPost(makePost('Use <code>a &lt; b</code>, <b>not</b> <em>this</em>; see <a href="/docs/x">the docs</a>.'), plain);
	assert.match(out, /Use `a < b`, not this; see the docs \[1\]\./);
	assert.match(out, /\[1\]: \/docs\/x/);
});

test('<sup> and <sub> in prose read as raised and lowered text, not run into the word before', async () => {
	const out = await renderPost(makePost('That is 2<sup>39</sup> values of MnO<sub>2</sub> and x<sub>i</sub>.'), plain);
	assert.match(out, /That is 2\^39 values of MnO₂ and x_i\./);
});

test('an inline tag never closed, or closed without opening, shows its text and nothing else', async () => {
	const out = await renderPost(makePost('Some <sup>raised text and </b> a stray close.'), plain);
	assert.match(out, /Some raised text and +a stray close\./);
});

test('inline HTML in a table cell pairs too', async () => {
	const out = await renderPost(makePost('| a | b |\n|---|---|\n| <a href="https://t.example/">cell</a> | 10<sup>3</sup> |'), plain);
	assert.match(out, /cell \[1\]/);
	assert.match(out, /10\^3/);
	assert.match(out, /\[1\]: https:\/\/t\.example\//);
});

test('a long run of inline tags renders in time linear in its length', {timeout: 20_000}, async () => {
	const body = '<b><i>x</i></b> <a href="https://e.example/">y</a> <sup>'.repeat(20_000);
	const out = await renderPost(makePost(body), plain);
	assert.match(out, /x y/);
});

test('a bare URL written with Markdown escapes is shown and linked without them', async () => {
	const out = await renderPost(makePost('Tracker: https://bugs.example/list?s=\\_\\_open\\_\\_&c=rust here.'), plain);
	assert.match(out, /Tracker: https:\/\/bugs\.example\/list\?s=__open__&c=rust here\./);
	assert.ok(!out.includes('\\_'), out);
});
