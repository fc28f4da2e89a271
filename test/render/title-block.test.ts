import assert from 'node:assert/strict';
import {test} from 'node:test';
import {renderTitleBlock} from '../../source/render/title-block.js';

 
const visible = (text: string): string => text.replaceAll(/\u001B\[[\d;]*m/g, '');
const post = {title: 'Announcing `async fn`', date: '2024-05-02', tags: ['open source', 'rust language', 'async'], authors: ['Ana'], minutes: 4};

test('piped, the title is printed as written; styled, its code spans lose their backticks', () => {
	assert.equal(renderTitleBlock(post, {width: 80, color: false}).split('\n')[0], 'Announcing `async fn`');
	const styled = renderTitleBlock(post, {width: 80, color: true}).split('\n')[0]!;
	assert.equal(visible(styled), 'Announcing async fn');
	assert.match(styled, /\u001B\[32masync fn\u001B\[39m/, 'the code span in the code colour');
});

test('the facts line breaks only at its separators, never inside a tag', () => {
	// From the widest tag (with its comma) up: narrower than a tag, a tag has to be cut.
	for (let width = 14; width <= 80; width++) {
		const all = renderTitleBlock(post, {width, color: false}).split('\n');
		const lines = all.slice(all.findIndex(line => line.startsWith('2024-05-02')), -1);
		const facts = lines.join(' ');
		for (const tag of ['open source', 'rust language', '2024-05-02', 'by Ana', '4 min read']) {
			assert.ok(lines.some(line => line.includes(tag)), `width ${width}: ${tag} on one line in ${JSON.stringify(lines)}`);
		}

		assert.ok(facts.includes('open source, rust language, async'), `width ${width}`);
		assert.ok(lines.every(line => line.length <= width), `width ${width}: ${JSON.stringify(lines)}`);
	}
});
