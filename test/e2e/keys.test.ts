/**
Keys from the config file, the text lines, hand-off to an editor, a pager and a command, the
clipboard and the mouse: the built binary in a real terminal. `npm test` builds first; run
`npm run build` before running this file alone.
*/
import assert from 'node:assert/strict';
import {chmodSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {removeAfterTests, settledArchive, tempDir} from '../fixtures/tree.js';
import {sessionsOfThisFile, type Session} from './pty-session.js';

const start = sessionsOfThisFile();

const body = Array.from({length: 80}, (_, index) => `Paragraph ${index + 1} of the text.`).join('\n\n');
const post = (title: string, date: string, text = body): string => `---\ntitle: ${title}\ndate: ${date}\n---\n\n${text}\n`;
const dir = settledArchive({'alpha.md': post('Alpha notes', '2020-01-03'), 'beta.md': post('Beta notes', '2020-01-02', 'Short beta.'), 'gamma.md': post('Gamma notes', '2020-01-01', 'Short gamma.')});
const scratch = removeAfterTests(tempDir('blog-reader-keys-'));
const statusOf = (screen: string): string => screen.trimEnd().split('\n').at(-1) ?? '';
const selected = (screen: string): string => screen.split('\n').find(line => line.startsWith('›')) ?? '';

function script(name: string, text: string): string {
	const file = join(mkdtempSync(join(scratch, 'bin-')), name);
	writeFileSync(file, `#!/bin/sh\n${text}\n`);
	chmodSync(file, 0o755);
	return file;
}

function assertReaderBack(session: Session, screen: string): void {
	assert.equal(session.bufferType(), 'alternate', 'back on the reader\'s screen');
	assert.ok(!session.cursorVisible(), 'cursor hidden again');
	assert.equal(session.mouseMode(), 'vt200', 'mouse reports asked for again');
	assert.match(screen, /Paragraph 1 of the text/);
}

test('keys from the config file: n moves on the list yet types on the search line; a bad entry is named', {timeout: 90_000}, async () => {
	const config = join(scratch, 'config.json');
	writeFileSync(config, JSON.stringify({keys: {list: {'select-next': ['n', 'down'], open: 'ctlr+o'}}}));
	const session = start({args: ['--dir', dir], env: {BLOG_READER_CONFIG: config}, columns: 140});
	let screen = await session.waitFor(text => text.includes('Alpha notes') && /unknown key name 'ctlr\+o'/.test(statusOf(text)));
	assert.ok(statusOf(screen).startsWith('config: '), 'the problem is on the status line');
	assert.ok(statusOf(screen).includes('config.json'), 'and names the file');
	session.write('n');
	screen = await session.waitFor(text => selected(text).includes('Beta notes'));
	assert.match(statusOf(screen), / 2\/3$/, 'the status line shows the position');
	session.write('/n');
	await session.waitFor(text => /^\/n/m.test(statusOf(text)));
	session.write('\u007F\u007F');
	await session.waitFor(text => /^\/ /.test(statusOf(text)) || statusOf(text).startsWith('/'));
	session.write('q');
	await session.waitFor(text => statusOf(text).startsWith('/q'));
	assert.equal(session.bufferType(), 'alternate', 'Backspace on the empty line kept it open: q was typed');
	session.write('\u001B');
	await session.waitFor(text => !statusOf(text).startsWith('/'));
	session.write('q');
	screen = await session.waitFor(/EXIT=\d+/);
	assert.match(screen, /EXIT=0/);
	assert.match(screen, new RegExp(`blog-reader: ${config.replaceAll('/', '\\/').replaceAll('.', '\\.')}: keys\\.list\\.open: unknown key name 'ctlr\\+o'`));
});

test('Ctrl-C exits with 130 and turns the mouse off; ? from the reader shows its keys first', {timeout: 90_000}, async () => {
	const session = start({args: ['--dir', dir]});
	await session.waitFor('Alpha notes');
	assert.equal(session.mouseMode(), 'vt200');
	session.write('\r');
	await session.waitFor('Paragraph 1 of the text');
	session.write('?');
	const screen = await session.waitFor('Keys');
	assert.equal(screen.split('\n')[1], 'Reader');
	session.write('q');
	await session.waitFor('Paragraph 1 of the text');
	session.write('[');
	await session.waitFor(text => statusOf(text).includes('first post of the list'));
	session.write('\u0003');
	const end = await session.waitFor(/EXIT=\d+/);
	assert.match(end, /EXIT=130/);
	assert.equal(session.mouseMode(), 'none');
	assert.equal(session.bufferType(), 'normal');
});

test('e opens the file in $EDITOR at the line on screen, releasing the terminal and taking it back', {timeout: 90_000}, async () => {
	const record = join(scratch, 'editor-args');
	const editor = script('vi', `printf '%s\\n' "$@" > '${record}'\nprintf 'FAKE EDITOR OPEN\\n'\nread answer`);
	const session = start({args: ['--dir', dir], env: {VISUAL: undefined, EDITOR: editor}});
	await session.waitFor('Alpha notes');
	session.write('\r');
	await session.waitFor('Paragraph 1 of the text');
	session.write('d'.repeat(10));
	await session.waitFor(text => !text.includes('Paragraph 1 of the text'));
	session.write('e');
	await session.waitFor('FAKE EDITOR OPEN');
	assert.equal(session.bufferType(), 'normal', 'the editor has the main screen');
	assert.ok(session.cursorVisible());
	assert.equal(session.mouseMode(), 'none');
	const [line, file] = readFileSync(record, 'utf8').trim().split('\n');
	assert.equal(file, join(dir, 'alpha.md'));
	assert.ok(Number(line?.slice(1)) > 20, `opened near the line on screen, not at the top: ${line}`);
	session.write('\r');
	const screen = await session.waitFor(text => text.includes('Alpha notes') && /\d+-\d+\/\d+/.test(statusOf(text)));
	assert.equal(session.bufferType(), 'alternate');
	assert.ok(!screen.includes('FAKE EDITOR OPEN'));
	session.write('q');
	await session.waitFor('Beta notes');
	session.write('q');
	assert.match(await session.waitFor(/EXIT=\d+/), /EXIT=0/);
});

test('a missing editor is said in the status line, and the reader is back as it was', {timeout: 90_000}, async () => {
	const session = start({args: ['--dir', dir], env: {VISUAL: join(scratch, 'no-such-editor'), EDITOR: undefined}});
	await session.waitFor('Alpha notes');
	session.write('\r');
	await session.waitFor('Paragraph 1 of the text');
	session.write('e');
	const screen = await session.waitFor(text => statusOf(text).includes('editor exited with status 127'));
	assertReaderBack(session, screen);
});

test('P hands the rendered post to $PAGER, and | shows what a command makes of the source', {timeout: 90_000}, async () => {
	const paged = join(scratch, 'paged');
	const pager = script('fake-pager', `cat > '${paged}'\nprintf 'FAKE PAGER %s\\n' "$(wc -l < '${paged}')"\nread answer < /dev/tty`);
	const session = start({args: ['--dir', dir], env: {PAGER: pager}});
	await session.waitFor('Alpha notes');
	session.write('\r');
	await session.waitFor('Paragraph 1 of the text');
	session.write('P');
	await session.waitFor('FAKE PAGER');
	assert.equal(session.bufferType(), 'normal');
	const pagedText = readFileSync(paged, 'utf8');
	assert.match(pagedText, /Paragraph 80 of the text/);
	assert.ok(!pagedText.includes('\u001B_'), 'the render\'s own line markers stay out of what the pager gets');
	session.write('\r');
	let screen = await session.waitFor(text => text.includes('Paragraph 1 of the text') && session.bufferType() === 'alternate');
	assertReaderBack(session, screen);

	session.write('|');
	await session.waitFor(text => statusOf(text).startsWith('|'));
	session.write('grep -c Paragraph; echo qjk');
	await session.waitFor(text => statusOf(text).startsWith('|grep -c Paragraph; echo qjk'));
	session.write('\r');
	screen = await session.waitFor('Output of grep -c Paragraph');
	assert.match(screen, /^80$/m);
	assert.match(screen, /^qjk$/m);
	session.write('q');
	screen = await session.waitFor(text => text.includes('Paragraph 1 of the text') && !text.includes('Output of'));
	assertReaderBack(session, screen);
});

test('y puts the path on the clipboard with OSC 52; the wheel scrolls and a click opens a row', {timeout: 90_000}, async () => {
	const session = start({args: ['--dir', dir]});
	await session.waitFor('Alpha notes');
	// A wheel notch down over the list, then a click on the third row (the header is row 1).
	session.write('\u001B[<65;10;3M');
	await session.waitFor(text => selected(text).includes('Beta notes'));
	session.write('\u001B[<0;10;2M\u001B[<0;10;2m');
	const screen = await session.waitFor('Paragraph 1 of the text');
	assert.match(screen, /Alpha notes/);
	session.write('\u001B[<65;10;5M\u001B[<65;10;5M');
	await session.waitFor(text => /^ ?Alpha notes.* 7-/.test(statusOf(text)) || / 7-\d+\//.test(statusOf(text)));
	session.write('y');
	await session.waitFor(text => statusOf(text).includes('copied path'));
	assert.deepEqual(session.clipboard(), [join(dir, 'alpha.md')]);
});
