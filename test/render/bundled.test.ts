import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {test} from 'node:test';
import {renderTitleBlock} from '../../source/render/title-block.js';
import {renderPost} from '../../source/render/render.js';
import {makePost, tooWide, visible} from './helpers.js';

const file = fileURLToPath(new URL('../../posts/blog/2017/blockchain.md', import.meta.url));

function bundledPost() {
	const text = readFileSync(file, 'utf8');
	const body = text.slice(text.indexOf('~~~~~~') + 7);
	return makePost(body, 'markdown', {
		slug: 'blockchain',
		title: 'Blockchain Technologies and the P2P Paradigm',
		date: '2017-02-03',
		tags: ['english', 'commons', 'blockchain', 'p2p'],
		minutes: 5,
		file,
		path: 'blog/2017/blockchain.md',
	});
}

test('the bundled post renders its header block and headings', async () => {
	const out = await renderPost(bundledPost(), {width: 80, color: false, links: 'references'});
	const lines = out.split('\n');
	assert.equal(lines[0], 'Blockchain Technologies and the P2P Paradigm');
	assert.equal(lines[1], '2017-02-03 · english, commons, blockchain, p2p · 5 min read');
	assert.match(out, /^## Blockchain, Commons and P2P$/m);
	assert.match(out, /^## Bitmind and the Open Value Networks$/m);
	assert.match(out, /Michel Bauwens defines the term P2P as the relational dynamic/);
	assert.match(out, /\[image: blockchain\.jpg\] \[1\]/);
	assert.match(out, /^\[1\]: https:\/\/dgrmunch\.github\.io\/blog\/img\/blockchain\.jpg$/m);
	assert.match(out, /Bitmind \[\d\]/);
	assert.ok(!out.includes('**'));
	assert.deepEqual(tooWide(out, 80), []);
});

test('the bundled post is styled when colour is on', async () => {
	const out = await renderPost(bundledPost(), {width: 100, color: true, links: 'osc8'});
	assert.ok(out.startsWith('\u001B[1m'), 'the title is bold');
	assert.ok(visible(out).startsWith('Blockchain Technologies and the P2P Paradigm'));
	assert.match(visible(out), /^## Blockchain, Commons and P2P$/m);
	assert.deepEqual(tooWide(out, 100), []);
});

test('the header block alone, for the UI, needs no renderer', () => {
	const header = renderTitleBlock(bundledPost(), {width: 30, color: false});
	assert.deepEqual(header.split('\n'), [
		'Blockchain Technologies and',
		'the P2P Paradigm',
		'2017-02-03 · english, commons,',
		'blockchain, p2p · 5 min read',
		'─'.repeat(30),
	]);
});
