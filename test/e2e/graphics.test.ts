/**
Images drawn with a terminal graphics protocol, in a real pseudo-terminal. The terminal here is
a headless xterm, which draws none of them, so the tests read what the program wrote: kitty's
transmission and the placeholder cells it draws in the image's rows (ordinary text to the
screen), iTerm2's and sixel's escapes (caught by the terminal's parser as they arrive), and on
quit the image freed and the screen given back. `npm test` builds first; run `npm run build`
before running this file alone.
*/
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {removeAfterTests, tempDir, writeTree} from '../fixtures/tree.js';
import {pngBytes} from '../helpers/images.js';
import {rowCells} from '../helpers/screen.js';
import {repoRoot, sessionsOfThisFile, type Session} from './pty-session.js';

const start = sessionsOfThisFile();
const site = removeAfterTests(tempDir('blog-reader-graphics-site-'));
writeTree(site, {
	'jbake.properties': 'site.host=https://dgrmunch.github.io/blog\n',
	'content/blog/2017/blockchain.md': readFileSync(join(repoRoot, 'posts', 'blog', '2017', 'blockchain.md'), 'utf8'),
	'assets/img/blockchain.jpg': pngBytes(64, 32, (_x, y) => (y < 16 ? [230, 20, 20, 255] : [20, 20, 230, 255])),
});

const placeholder = '\u{10EEEE}';
const placeholderRows = (screen: string): number[] => screen.split('\n').flatMap((line, row) => (line.includes(placeholder) ? [row] : []));

async function openPost(session: Session): Promise<void> {
	await session.waitFor('Blockchain Technologies');
	session.write('\r');
	await session.waitFor('[image: blockchain.jpg]');
}

async function quitCleanly(session: Session): Promise<string> {
	session.write('q');
	await session.waitFor(text => !text.includes('[image: blockchain.jpg]'));
	session.write('q');
	// The shell reports the status, then the tty's modes.
	const screen = await session.waitFor(/EXIT=\d+\n.*echo/);
	assert.match(screen, /EXIT=0\b/);
	assert.equal(session.bufferType(), 'normal', 'back on the main screen');
	assert.ok(session.cursorVisible(), 'cursor visible again');
	assert.match(screen, /^icanon echo $/m, 'line mode and echo restored');
	assert.ok(!screen.includes(placeholder), 'no image cell left on the main screen');
	return screen;
}

test('under kitty the image is transmitted once and drawn as placeholder cells under its line; quitting frees it', {timeout: 90_000}, async () => {
	const session = start({args: ['--dir', site], columns: 80, rows: 24, env: {TERM: 'xterm-kitty'}});
	await openPost(session);
	const screen = await session.waitFor(text => placeholderRows(text).length >= 3);
	const rows = placeholderRows(screen);
	const imageLine = screen.split('\n').findIndex(line => line.includes('[image: blockchain.jpg]'));
	assert.equal(rows[0], imageLine + 1, 'the image starts right under its line');
	assert.doesNotMatch(screen, /▀▀▀▀/, 'no half-block preview');
	// The cells carry the image id as their 24-bit foreground colour.
	const cells = rowCells(session.terminal, rows[0]!).filter(cell => cell.char.startsWith(placeholder));
	assert.ok(cells.length >= 4 && cells.every(cell => cell.fg === 'rgb'), 'placeholder cells in the id\'s colour');

	const written = session.output();
	const transmissions = [...written.matchAll(/\u001B_Ga=T,f=100,t=d,i=(\d+),U=1,c=(\d+),r=(\d+),C=1,q=2[,;]/g)];
	assert.equal(transmissions.length, 1, 'transmitted once, as a virtual placement, with no reply asked for');
	const id = transmissions[0]![1]!;
	assert.equal(Number(transmissions[0]![3]), rows.length, 'as many rows as it is drawn in');
	// The payload is a PNG the reader encoded (base64 of the PNG signature).
	assert.match(written, /\u001B_Ga=T[^;]*;iVBORw0KGgo/);
	// Scrolling keeps the image in the text: its cells move with it, nothing is sent again.
	session.write('j');
	await session.waitFor(text => placeholderRows(text)[0] === rows[0]! - 1);
	assert.equal([...session.output().matchAll(/\u001B_Ga=T/g)].length, 1);

	await quitCleanly(session);
	assert.ok(session.output().includes(`\u001B_Ga=d,d=I,i=${id},q=2\u001B\\`), 'the image is freed on the way out');
});

test('--images blocks keeps the half-block preview under kitty', {timeout: 90_000}, async () => {
	const session = start({args: ['--dir', site, '--images', 'blocks'], columns: 80, rows: 24, env: {TERM: 'xterm-kitty'}});
	await openPost(session);
	await session.waitFor(/▀▀▀▀/);
	assert.doesNotMatch(session.output(), /\u001B_G/);
	await quitCleanly(session);
});

test('under iTerm2 the image is painted over its blank rows while wholly on screen, again on scroll, and not after leaving the post', {timeout: 90_000}, async () => {
	const session = start({args: ['--dir', site], columns: 80, rows: 24, env: {TERM_PROGRAM: 'iTerm.app', PAGER: 'true'}});
	// Each inline image as the parser meets it, with the screen row the cursor was on.
	const painted: Array<{data: string; row: number}> = [];
	session.terminal.parser.registerOscHandler(1337, data => {
		painted.push({data, row: session.terminal.buffer.active.cursorY});
		return true;
	});
	const paintedMore = async (than: number): Promise<void> => {
		await session.waitFor(() => painted.length > than);
	};

	await openPost(session);
	await paintedMore(0);
	assert.match(painted[0]!.data, /^File=inline=1;size=\d+;width=\d+;height=\d+;preserveAspectRatio=1;doNotMoveCursor=1:iVBORw0KGgo/);
	const lines = session.screen();
	const imageLine = lines.findIndex(line => line.includes('[image: blockchain.jpg]'));
	assert.equal(painted.at(-1)!.row, imageLine + 1, 'at the row under the image\'s line');
	assert.deepEqual(lines.slice(imageLine + 1, imageLine + 4), ['', '', ''], 'its rows blank beneath it');
	assert.doesNotMatch(session.text(), /▀▀▀▀/);

	// A frame that changes nothing under it leaves it be; the screen taken back from a pager gets it again.
	let count = painted.length;
	session.write('P');
	await paintedMore(count);
	assert.equal(painted.at(-1)!.row, imageLine + 1);
	await session.waitFor('[image: blockchain.jpg]');

	// One line down: painted again, a row higher.
	count = painted.length;
	session.write('j');
	await session.waitFor(text => text.split('\n').findIndex(line => line.includes('[image: blockchain.jpg]')) === imageLine - 1);
	await paintedMore(count);
	assert.equal(painted.at(-1)!.row, imageLine);

	// Its first row scrolled off the top: the block preview instead, nothing painted.
	session.write('j'.repeat(imageLine + 1));
	await session.waitFor(text => /▀▀▀▀/.test(text.split('\n')[0] ?? ''));
	count = painted.length;
	session.write('q');
	await session.waitFor(text => !text.includes('▀'));
	session.write('j');
	session.write('k');
	await session.waitFor('Blockchain Technologies');
	assert.equal(painted.length, count, 'the list is never painted over');
	session.write('q');
	assert.match(await session.waitFor(/EXIT=\d+/), /EXIT=0\b/);
});

test('--images sixel writes a sixel image', {timeout: 90_000}, async () => {
	const session = start({args: ['--dir', site, '--images', 'sixel'], columns: 80, rows: 24});
	const painted: string[] = [];
	session.terminal.parser.registerDcsHandler({final: 'q'}, data => {
		painted.push(data);
		return true;
	});
	await openPost(session);
	const deadline = Date.now() + 30_000;
	while (painted.length === 0 && Date.now() < deadline) {
		await session.waitFor(() => true);
	}

	assert.ok(painted.length > 0, 'a sixel image was written');
	assert.match(painted[0]!, /^"1;1;\d+;\d+#/);
	await quitCleanly(session);
});
