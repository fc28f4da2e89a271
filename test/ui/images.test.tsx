import './force-color.js';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {afterEach, test} from 'node:test';
import {cleanup, render} from 'ink-testing-library';
import {App} from '../../source/ui/app.js';
import {removeAfterTests, tempDir, writeTree} from '../fixtures/tree.js';
import {pngBytes, redOverBlue} from '../helpers/images.js';
import {keys, makeArchive, makePost, settle, waitFor, waitForText} from './helpers.js';
import type {GraphicsSink, Placement} from '../../source/ui/terminal/graphics.js';
import type {Host} from '../../source/ui/terminal/host.js';
import type {ChildSpec} from '../../source/ui/terminal/hand-off.js';
import type {GraphicsProtocol} from '../../source/images/protocol.js';
import {overlaidRow} from '../../source/ui/screens/reader/use-image-previews.js';

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
		makePost({title: 'With a picture and more', date: '2019-01-01', file: join(root, 'long.md'), body: `![a picture](img/pic.png)\n\n${Array.from({length: 40}, (_, index) => `Paragraph ${index}.`).join('\n\n')}`}),
	]),
	root,
	site: {generator: 'plain' as const, contentRoot: root, baseUrl: null},
};

async function open(props: {color?: boolean; host?: Host} = {}, down = 0) {
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

/** A terminal that takes images: what the reader handed it, and the children it ran (the pager). */
function graphicsHost(protocol: GraphicsProtocol) {
	const transmitted: Array<{id: number; escape: string}> = [];
	const placed: Array<readonly Placement[]> = [];
	const ran: ChildSpec[] = [];
	const graphics: GraphicsSink = {
		protocol,
		transmit(id, escape) {
			transmitted.push({id, escape});
		},
		place(placements) {
			placed.push(placements);
		},
	};
	const host: Host = {
		env: {PAGER: 'mypager'},
		copy() {},
		run(child) {
			ran.push(child);
			return {status: 0, signal: undefined, output: '', complaint: ''};
		},
		afterFrame(callback) {
			setTimeout(callback, 0);
		},
		onMouse: () => () => {},
		readFile: () => undefined,
		graphics,
	};
	return {host, transmitted, placed, ran};
}

const placeholder = '\u{10EEEE}';

test('kitty: the image is transmitted once and its rows are placeholder text, not blocks', async () => {
	const {host, transmitted} = graphicsHost('kitty');
	const {lastFrame, stdin} = await open({host});
	const frame = await waitFor(lastFrame, text => text.includes(placeholder));
	const lines = frame.split('\n');
	const imageLine = lines.findIndex(line => line.includes('[image: a picture]'));
	assert.equal(lines.filter(line => line.includes(placeholder)).length, 7);
	assert.ok(lines[imageLine + 1]!.includes(placeholder), 'right under the image\'s line');
	assert.ok(!frame.includes('▀'));
	assert.equal(transmitted.length, 1);
	assert.match(transmitted[0]!.escape, new RegExp(`^\u001B_Ga=T,f=100,t=d,i=${transmitted[0]!.id},U=1,c=14,r=7,C=1,q=2;iVBORw0KGgo`));
	// Back to the list and into the post again: drawn from the image kitty already holds.
	stdin.write('q');
	await waitFor(lastFrame, text => !text.includes(placeholder));
	stdin.write(keys.enter);
	await waitFor(lastFrame, text => text.includes(placeholder));
	assert.equal(transmitted.length, 1);
});

test('iTerm2: an image wholly on screen is placed over its rows, kept blank; scrolled partly off, its blocks show', async () => {
	const {host, placed} = graphicsHost('iterm');
	const {lastFrame, stdin} = await open({host}, 2);
	await waitFor(lastFrame, () => (placed.at(-1)?.length ?? 0) > 0);
	// Each row is one concealed space: blank, and unlike a blank line (see the hook).
	const lines = (lastFrame() ?? '').split('\n');
	const imageLine = lines.findIndex(line => line.includes('[image: a picture]'));
	assert.deepEqual(lines.slice(imageLine + 1, imageLine + 8), Array.from({length: 7}, () => overlaidRow));
	assert.ok(!lines.join('\n').includes('▀'));
	const last = placed.at(-1)!;
	assert.equal(last.length, 1);
	assert.deepEqual({row: last[0]!.row, column: last[0]!.column, columns: last[0]!.columns, rows: last[0]!.rows}, {row: imageLine + 2, column: 1, columns: 14, rows: 7});
	assert.match(last[0]!.escape, /^\u001B\]1337;File=inline=1;size=\d+;width=14;height=7;preserveAspectRatio=1;doNotMoveCursor=1:iVBORw0KGgo/);
	// The title block's 4 lines and the image's line scroll away, then the image's first row.
	stdin.write('j'.repeat(imageLine + 2));
	await waitFor(lastFrame, text => text.split('\n').filter(line => line.includes('▀')).length === 6);
	assert.equal(placed.at(-1)!.length, 0, 'nothing painted over the frame');
	stdin.write('q');
	await waitFor(lastFrame, text => text.includes('With a damaged picture'));
	assert.equal(placed.at(-1)!.length, 0);
});

test('P hands the pager the post without the rows kept for its image', async () => {
	const {host, ran} = graphicsHost('kitty');
	const {lastFrame, stdin} = await open({host});
	await waitFor(lastFrame, text => text.includes(placeholder));
	stdin.write('P');
	await waitFor(lastFrame, () => ran.length > 0);
	const input = String(ran[0]!.input);
	const lines = input.split('\n');
	const imageLine = lines.findIndex(line => line.includes('[image: a picture]'));
	assert.ok(imageLine >= 0);
	assert.equal(lines[imageLine + 1], '', 'the paragraph\'s blank line');
	assert.match(lines[imageLine + 2]!, /After/, 'then the heading, no preview rows');
	assert.ok(!input.includes(placeholder) && !input.includes('▀'));
});
