/**
Rendering grows linearly with the post: for each kind of input a hostile post can pile up, four
times the input must take well under sixteen times as long (what quadratic work would take).
The sizes are large enough that fixed costs do not dominate; each figure is the best of three
runs, so a busy machine slows a run but does not fake a trend.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {renderDocument} from '../../source/render/render.js';
import {makePost} from './helpers.js';

const options = {width: 80, color: true, links: 'osc8'} as const;

async function best(body: string, format: 'markdown' | 'html'): Promise<number> {
	let fastest = Infinity;
	for (let run = 0; run < 3; run++) {
		const start = performance.now();
		await renderDocument(makePost(body, format), options);
		fastest = Math.min(fastest, performance.now() - start);
	}

	return fastest;
}

const families: Record<string, {readonly unit: string; readonly format: 'markdown' | 'html'; readonly count: number}> = {
	paragraphs: {unit: 'A paragraph with **bold**, *em*, `code` and a [link](https://x.example/a).\n\n', format: 'markdown', count: 1500},
	'footnote references': {unit: 'Text[^a] and more[^b].\n\n', format: 'markdown', count: 1500},
	headings: {unit: '## A heading {#id}\n\nText.\n\n', format: 'markdown', count: 1500},
	'code blocks': {unit: '```js\nconst x = 1; // ' + 'long '.repeat(30) + '\n```\n\n', format: 'markdown', count: 600},
	'list items': {unit: '* item with `code`\n', format: 'markdown', count: 3000},
	'links on one line': {unit: '[a](https://x.example/1) ', format: 'markdown', count: 1500},
	'emoji shortcodes': {unit: 'so :heart: much :+1: ', format: 'markdown', count: 3000},
	// Inline HTML paired over the tokens, with a tag left unclosed each time (it nests deeper).
	'unclosed inline tags': {unit: '<b><i>x</i></b> <a href="https://e.example/">y</a> <sup>', format: 'markdown', count: 1000},
};

for (const [name, {unit, format, count}] of Object.entries(families)) {
	test(`rendering time is linear in the number of ${name}`, {timeout: 120_000}, async () => {
		await best(unit.repeat(50), format);
		const small = await best(unit.repeat(count), format);
		const large = await best(unit.repeat(count * 4), format);
		assert.ok(large < Math.max(small, 5) * 10, `${count} took ${small.toFixed(0)} ms, ${count * 4} took ${large.toFixed(0)} ms`);
	});
}
