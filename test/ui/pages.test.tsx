import './force-color.js';
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup, render} from 'ink-testing-library';
import {App} from '../../source/ui/app.js';
import {keys, makeArchive, makePost, settle, waitForText} from './helpers.js';

afterEach(() => {
	cleanup();
});

const posts = [makePost({title: 'A post about rust', date: '2021-01-01'}), makePost({title: 'Another post', date: '2020-01-01'})];
const pages = [makePost({title: 'About me', type: 'page'}), makePost({title: 'Projects', type: 'page'})];

test('Tab switches the list between posts and pages, and pages open like posts', async () => {
	const {lastFrame, stdin} = render(<App archive={{...makeArchive(posts), pages}} title="Blog" size={{columns: 80, rows: 12}} />);
	let frame = await waitForText(lastFrame, 'A post about rust');
	assert.match(frame.split('\n')[0] ?? '', /^Blog · 2 posts · Tab: 2 pages/);
	assert.doesNotMatch(frame, /About me/);

	await settle();
	stdin.write('\t');
	frame = await waitForText(lastFrame, 'About me');
	assert.match(frame.split('\n')[0] ?? '', /^Blog · 2 pages · Tab: posts/);
	assert.doesNotMatch(frame, /A post about rust/);

	stdin.write('/proj');
	frame = await waitForText(lastFrame, /“proj”: 1 match/);
	assert.doesNotMatch(frame, /About me/);
	stdin.write(keys.enter);
	await settle();
	stdin.write(keys.enter);
	await waitForText(lastFrame, /Some text\./);

	stdin.write('q');
	await settle();
	// The search goes with the user to the other list (a frame of the posts from before the
	// search could show for a moment; the header with the query's count is the settled one).
	stdin.write('\t');
	frame = await waitForText(lastFrame, /^Blog · 2 posts · “proj”: 0 matches/);
	assert.match(frame, /no posts match \(Esc clears the search\)/);
	stdin.write(keys.escape);
	frame = await waitForText(lastFrame, 'A post about rust');
	assert.match(frame.split('\n')[0] ?? '', /^Blog · 2 posts · Tab: 2 pages/);
});

test('a blog without pages says nothing about them', async () => {
	const {lastFrame} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 80, rows: 12}} />);
	const frame = await waitForText(lastFrame, 'A post about rust');
	assert.doesNotMatch(frame, /Tab|pages/);
});
