/**
Images in the reader: the bundled post's image, which its blog links as
`https://dgrmunch.github.io/blog/img/blockchain.jpg`, held by the site as
`assets/img/blockchain.jpg` (made here, never fetched), drawn as coloured half-block cells
under its `[image: …]` line; `i` turns previews off and on; under NO_COLOR only the alt line
shows. `npm test` builds first; run `npm run build` before running this file alone.
*/
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {removeAfterTests, tempDir, writeTree} from '../fixtures/tree.js';
import {jpegBytes} from '../helpers/images.js';
import {rowCells} from '../helpers/screen.js';
import {repoRoot, sessionsOfThisFile, type Session} from './pty-session.js';

const start = sessionsOfThisFile();
const site = removeAfterTests(tempDir('blog-reader-image-site-'));
writeTree(site, {
	'jbake.properties': 'site.host=https://dgrmunch.github.io/blog\n',
	'content/blog/2017/blockchain.md': readFileSync(join(repoRoot, 'posts', 'blog', '2017', 'blockchain.md'), 'utf8'),
	// Red above, blue below.
	'assets/img/blockchain.jpg': jpegBytes(64, 32, (_x, y) => (y < 16 ? [230, 20, 20, 255] : [20, 20, 230, 255])),
});

const previewRows = (screen: string): number[] => screen.split('\n').flatMap((line, row) => (line.includes('▀▀▀▀') ? [row] : []));

async function openPost(session: Session): Promise<void> {
	await session.waitFor('Blockchain Technologies');
	session.write('\r');
	await session.waitFor('[image: blockchain.jpg]');
}

test('the post\'s local image is drawn under its line as half-block cells in colour; i turns it off and on', {timeout: 90_000}, async () => {
	const session = start({entry: ['--import', './test/e2e/trace-loads.mjs', 'bin/blog-reader.js'], args: ['--dir', site], columns: 80, rows: 24});
	await openPost(session);
	// A frame can arrive in pieces: wait for the text under the image, so the whole image is drawn.
	const screen = await session.waitFor(text => {
		const rows = previewRows(text);
		const heading = text.split('\n').findIndex(line => line.includes('Blockchain, Commons and P2P'));
		return rows.length >= 3 && heading > rows.at(-1)!;
	});
	// Decoded on the image thread: the reader's own thread never loaded the decoders' entry.
	const loads = readFileSync(join(tmpdir(), `blog-reader-loads-${session.readerPid()}.log`), 'utf8');
	assert.match(loads, /\/dist\/cli\.js/);
	assert.doesNotMatch(loads, /\/dist\/chunks\/preview-/);
	const rows = previewRows(screen);
	const imageLine = screen.split('\n').findIndex(line => line.includes('[image: blockchain.jpg]'));
	assert.equal(rows[0], imageLine + 1, 'the preview starts right under the image\'s line');
	const top = rowCells(session.terminal, rows[0]!).filter(cell => cell.char === '▀');
	const bottom = rowCells(session.terminal, rows.at(-1)!).filter(cell => cell.char === '▀');
	assert.ok(top.length >= 4 && top.every(cell => cell.fg !== 'default' && cell.bg !== 'default'), 'coloured cells, foreground and background');
	assert.notDeepEqual(top[0]!.fg, bottom[0]!.fg, 'the top of the image is not coloured as its bottom');
	assert.match(screen, /Blockchain, Commons and P2P/, 'the text follows the image');

	session.write('i');
	await session.waitFor(text => previewRows(text).length === 0 && text.includes('images off'));
	session.write('i');
	await session.waitFor(text => previewRows(text).length >= 3 && text.includes('images on'));
});

test('under NO_COLOR the image is its alt line and link only', {timeout: 90_000}, async () => {
	const session = start({args: ['--dir', site], columns: 80, rows: 24, env: {NO_COLOR: '1'}});
	await openPost(session);
	// The heading after the image comes right after its line and a blank one: no rows kept.
	const screen = await session.waitFor('Blockchain, Commons and P2P');
	const lines = screen.split('\n');
	const imageLine = lines.findIndex(line => line.includes('[image: blockchain.jpg]'));
	assert.match(lines[imageLine]!, /\(https:\/\/dgrmunch\.github\.io\/blog\/img\/blockchain\.jpg\)/);
	assert.equal(lines[imageLine + 2], '## Blockchain, Commons and P2P');
	assert.equal(previewRows(screen).length, 0);
});
