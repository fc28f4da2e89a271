import assert from 'node:assert/strict';
import {test} from 'node:test';
import {renderPost} from '../../source/render/render.js';
import {makePost} from './helpers.js';

const plain = {width: 80, color: false, links: 'references'} as const;

test('footnote definitions one under another, continued by two-space or lazy lines, are all notes', async () => {
	const body = 'One[^a], two[^b] and three[^long-name].\n\n[^a]: First note, which goes on\n  on an indented line.\n[^b]: Second note\nlazy line.\n[^long-name]: Third.\n\nAfter the notes.';
	const out = await renderPost(makePost(body), plain);
	assert.match(out, /One¹, two² and three³\./);
	assert.match(out, /¹ First note, which goes on on an indented line\./);
	assert.match(out, /² Second note lazy line\./);
	assert.match(out, /³ Third\./);
	assert.ok(!out.includes('[^'), out);
	// The body keeps its own text, and nothing of the notes.
	assert.match(out, /After the notes\./);
	assert.equal(out.split('on an indented line').length, 2);
});

test('a footnote-like line inside a code fence stays code', async () => {
	const out = await renderPost(makePost('Text[^a].\n\n[^a]: Note.\n\n```\n[^a]: not a note\n```\n'), plain);
	assert.match(out, /│ \[\^a\]: not a note/);
});

test('many footnotes render in time linear in their number', {timeout: 30_000}, async () => {
	const count = 3000;
	const refs = Array.from({length: count}, (_, index) => `word[^n${index}]`).join(' ');
	const notes = Array.from({length: count}, (_, index) => `[^n${index}]: note ${index}\n  more ${index}`).join('\n');
	const out = await renderPost(makePost(`${refs}\n\n${notes}`), plain);
	assert.match(out, /note 2999 more 2999/);
});
