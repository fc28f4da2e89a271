import './force-color.js';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {afterEach, test} from 'node:test';
import {cleanup, render} from 'ink-testing-library';
import {App} from '../../source/ui/app.js';
import {removeAfterTests, tempDir, writeTree} from '../fixtures/tree.js';
import {pngBytes, redOverBlue} from '../helpers/images.js';
import {keys, makeArchive, makePost, settle, waitFor, waitForText} from './helpers.js';

afterEach(() => {
	cleanup();
});

const root = removeAfterTests(tempDir('blog-reader-ui-images-'));
// A damaged file whose header still reads: rows are kept for it, and it is drawn as its alt text.
writeTree(root, {'img/pic.png': pngBytes(32, 32, redOverBlue), 'img/cut.png': pngBytes(32, 32, redOverBlue).subarray(0, 60)});
const archive = {
	...makeArchive([
		makePost({title: 'With a picture', date: '2020-01-02', file: join(root, 'pic.md'), body: '![a picture](img/pic.png)\n\n## After\n\nText after [a link](https://ex.com/) it.'}),
		makePost({title: 'With a damaged picture', date: '2020-01-01', file: join(root, 'cut.md'), body: '![a broken one](img/cut.png)\n\nText after it.'}),
	]),
	root,
	site: {generator: 'plain' as const, contentRoot: root, baseUrl: null},
};

async function open(props: {color?: boolean} = {}, down = 0) {
	const instance = render(<App archive={archive} title="Blog" size={{columns: 80, rows: 24}} {...props} />);
	await waitForText(instance.lastFrame, 'With a picture');
	await settle();
	instance.stdin.write(keys.down.repeat(down));
	instance.stdin.write(keys.enter);
	await waitForText(instance.lastFrame, '[image: a ');
	return instance;
}

test('a damaged image shows its alt text and why, in the first of its rows', async () => {
	const {lastFrame} = await open({}, 1);
	const frame = await waitForText(lastFrame, '[a broken one: the image is damaged');
	const lines = frame.split('\n');
	assert.equal(lines.findIndex(line => line.includes('[a broken one: ')), lines.findIndex(line => line.includes('[image: a broken one]')) + 1);
	assert.ok(!frame.includes('▀'));
});

test('the preview fills the rows kept under the image, and i takes them away', async () => {
	const {lastFrame, stdin} = await open();
	const frame = await waitFor(lastFrame, text => text.includes('▀'));
	const lines = frame.split('\n');
	const imageLine = lines.findIndex(line => line.includes('[image: a picture]'));
	// 32×32 pixels in at most 7 rows (a third of 23): 14 columns × 7 rows (the colours are read in the pty test).
	assert.equal(lines[imageLine + 1], '▀'.repeat(14));
	assert.equal(lines.filter(line => line.includes('▀')).length, 7);
	assert.match(lines[imageLine + 9]!, /After/, 'the text goes on after the preview and a blank line');
	stdin.write('i');
	// With images off no rows are kept: the heading follows the image's line and a blank one.
	const afterImage = (text: string): string => {
		const rows = text.split('\n');
		return rows[rows.findIndex(line => line.includes('[image: a picture]')) + 2] ?? '';
	};

	const off = await waitFor(lastFrame, text => text.includes('images off') && afterImage(text).includes('After'));
	assert.ok(!off.includes('▀'));
});

test('without colour no rows are kept and nothing is drawn for the image', async () => {
	const {lastFrame} = await open({color: false});
	const frame = await waitForText(lastFrame, 'After');
	const lines = frame.split('\n');
	const imageLine = lines.findIndex(line => line.includes('[image: a picture]'));
	assert.match(lines[imageLine + 2]!, /After/);
	assert.ok(!frame.includes('▀'));
});
