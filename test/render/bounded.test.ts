/**
The render thread and its budget. Runs the built worker: `npm test` builds first; run
`npm run build` before running this file alone.
*/
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {test} from 'node:test';
import {RenderThread} from '../../source/render/bounded.js';
import {renderDocument} from '../../source/render/render.js';
import {makePost} from './helpers.js';

const script = new URL('../../dist/render/worker.js', import.meta.url);
const plain = {width: 60, color: false, links: 'references'} as const;
// A post that takes seconds to render on any machine: megabytes of styled Markdown.
const slowBody = ('## Part\n\nSome **bold** and *em* with a [link](https://example.com/x) and `code` ' + 'word '.repeat(100) + '\n\n* one\n* two\n\n').repeat(12_000);

test('the worker is built', () => {
	assert.ok(existsSync(script), 'dist/render/worker.js exists: run `npm run build` first');
});

test('a post renders on the thread exactly as on this one', async () => {
	const post = makePost('# Title\n\nText with a [link](https://x.example/%20) and a note[^a].\n\n[^a]: Note.');
	const thread = new RenderThread(script);
	try {
		const there = await thread.render(post, plain);
		const here = await renderDocument(post, plain);
		assert.deepEqual(there, here);
	} finally {
		thread.close();
	}
});

test('a post over its time budget shows its beginning with a notice, and the thread goes on', {timeout: 120_000}, async () => {
	const thread = new RenderThread(script, {timeMs: 1500, memoryMb: 1024});
	try {
		let partial: unknown;
		const document = await thread.render(makePost(slowBody), plain, {onPartial(head) {
			partial = head;
		}});
		assert.ok(partial, 'the head came first');
		assert.match(document.notice ?? '', /took over 2 s to render: only its beginning is shown/);
		assert.ok(document.text.some(line => line.includes('Some bold and em')));
		// Without a head (a pipe), the text is shown unstyled.
		const piped = await thread.render(makePost(slowBody), plain);
		assert.match(piped.notice ?? '', /shown as plain text/);
		assert.ok(piped.lines.length > 1000);
		// A fresh thread answers the next post.
		const next = await thread.render(makePost('Just **this**.'), plain);
		assert.equal(next.notice, undefined);
		assert.ok(next.text.includes('Just this.'));
	} finally {
		thread.close();
	}
});

test('a post over its memory budget is shown as plain text with a notice', {timeout: 120_000}, async () => {
	const thread = new RenderThread(script, {timeMs: 60_000, memoryMb: 48});
	try {
		const document = await thread.render(makePost(slowBody), plain);
		assert.match(document.notice ?? '', /needed over 48 MB to render: shown as plain text|took over/);
		const next = await thread.render(makePost('Still *here*.'), plain);
		assert.ok(next.text.includes('Still here.'));
	} finally {
		thread.close();
	}
});

test('an abandoned render is stopped and the next one is answered', {timeout: 120_000}, async () => {
	const thread = new RenderThread(script);
	try {
		const abort = new AbortController();
		const slow = thread.render(makePost(slowBody), plain, {signal: abort.signal});
		abort.abort();
		await assert.rejects(slow, /abandoned/);
		const next = await thread.render(makePost('Next.'), plain);
		assert.ok(next.text.includes('Next.'));
	} finally {
		thread.close();
	}
});
