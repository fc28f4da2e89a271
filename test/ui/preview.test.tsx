import './force-color.js';
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup, render} from 'ink-testing-library';
import type {Post} from '../../source/archive/post.js';
import {renderDocument, type RenderOptions} from '../../source/render/render.js';
import {App} from '../../source/ui/app.js';
import {makeArchive, makePost, plain, waitFor} from './helpers.js';

afterEach(() => {
	cleanup();
});

const posts = Array.from({length: 6}, (_, index) => makePost({
	title: `Post number ${index + 1}`,
	date: `2020-01-${String(30 - index).padStart(2, '0')}`,
	body: `Body of post ${index + 1}.\n\n${'More words. '.repeat(80)}`,
}));

test('the preview renders the post the selection rests on, at the pane width, and only that one', async () => {
	const rendered: Array<{title: string; width: number}> = [];
	const renderer = async (post: Post, options: RenderOptions) => {
		rendered.push({title: post.title, width: options.width});
		return renderDocument(post, options);
	};

	const {stdin, lastFrame} = render(<App archive={makeArchive(posts)} title="blog" size={{columns: 130, rows: 16}} render={renderer} />);
	await waitFor(lastFrame, text => text.includes('Post number 1'));
	stdin.write('p');
	let frame = await waitFor(lastFrame, text => text.includes('Body of post 1.'));
	const row = plain(frame).split('\n')[0]!;
	assert.match(row, /^blog · 6 posts +│ Post number 1$/, 'the pane beside the list');
	stdin.write('jjj');
	frame = await waitFor(lastFrame, text => text.includes('Body of post 4.'));
	assert.deepEqual(rendered.map(call => call.title), ['Post number 1', 'Post number 4'], 'the posts passed over are not rendered');
	assert.ok(rendered.every(call => call.width === 63), 'rendered at the pane\'s width');
	const lines = plain(frame).split('\n');
	assert.equal(lines.length, 15, 'the pane shows the first lines only, within the frame');
	assert.ok(lines.every(line => line.length <= 129));
});
