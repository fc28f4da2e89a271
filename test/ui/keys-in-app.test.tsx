import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup, render} from 'ink-testing-library';
import {App} from '../../source/ui/app.js';
import type {ChildSpec} from '../../source/ui/terminal/hand-off.js';
import type {Host} from '../../source/ui/terminal/host.js';
import {checkKeys} from '../../source/ui/keys/keys-config.js';
import {defaultKeymap} from '../../source/ui/keys/keymap.js';
import type {MouseEvent} from '../../source/ui/keys/mouse.js';
import {keys, longBody, makeArchive, makePost, settle, waitFor, waitForText} from './helpers.js';

afterEach(() => {
	cleanup();
});

const posts = [
	makePost({title: 'Nightingales', slug: 'nightingales', file: '/archive/nightingales.md', date: '2020-01-03', body: longBody(60)}),
	makePost({title: 'Nettles', slug: 'nettles', file: '/archive/nettles.md', date: '2020-01-02'}),
	makePost({title: 'Oak trees', slug: 'oak', file: '/archive/oak.md', date: '2020-01-01'}),
];

function fakeHost(output = '', status = 0) {
	const copied: string[] = [];
	const ran: Array<{child: ChildSpec; row: number}> = [];
	let mouse: ((event: MouseEvent) => void) | undefined;
	const host: Host = {
		env: {EDITOR: 'vim', PAGER: 'mypager'},
		copy(text) {
			copied.push(text);
		},
		run(child, row) {
			ran.push({child, row});
			return {status, signal: undefined, output, complaint: ''};
		},
		afterFrame(callback) {
			setTimeout(callback, 0);
		},
		onMouse(listener) {
			mouse = listener;
			return () => {
				mouse = undefined;
			};
		},
		readFile: path => `---\ntitle: x\n---\n${posts.find(post => post.file === path)?.body ?? ''}\n`,
	};
	return {host, copied, ran, mouse: (event: MouseEvent) => mouse?.(event)};
}

const selectedRow = (frame: string): string => frame.split('\n').find(line => line.startsWith('›')) ?? '';

test('select-next on n for the list: n moves on the list and is still typed on the search line', async () => {
	const {keymap} = checkKeys({list: {'select-next': ['n']}}, defaultKeymap);
	const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" keymap={keymap} size={{columns: 80, rows: 12}} />);
	await waitForText(lastFrame, 'Oak trees');
	await settle();
	stdin.write('n');
	await waitFor(lastFrame, frame => selectedRow(frame).includes('Nettles'));
	stdin.write('/n');
	const frame = await waitFor(lastFrame, text => text.split('\n').at(-1)?.startsWith('/n') ?? false);
	assert.match(frame.split('\n')[0] ?? '', /“n”/);
});

test('the list\'s status line shows the position, and Backspace on an empty search line keeps it open', async () => {
	const codes: number[] = [];
	const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 80, rows: 12}} onQuit={code => codes.push(code)} />);
	const frame = await waitForText(lastFrame, 'Oak trees');
	assert.match(frame.split('\n').at(-1) ?? '', / 1\/3$/);
	await settle();
	stdin.write('j');
	await waitFor(lastFrame, text => / 2\/3$/.test(text.split('\n').at(-1) ?? ''));
	stdin.write('/');
	await waitFor(lastFrame, text => text.split('\n').at(-1)?.startsWith('/') ?? false);
	stdin.write(keys.backspace);
	stdin.write(keys.backspace);
	stdin.write('q');
	await waitFor(lastFrame, text => text.split('\n').at(-1)?.startsWith('/q') ?? false);
	assert.deepEqual(codes, [], 'q was typed, not a quit');
});

test('? from the reader shows the reader\'s keys first', async () => {
	const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 80, rows: 12}} />);
	await waitForText(lastFrame, 'Oak trees');
	await settle();
	stdin.write(keys.enter);
	await waitForText(lastFrame, 'Paragraph 1');
	stdin.write('?');
	const frame = await waitForText(lastFrame, 'Keys');
	assert.equal(frame.split('\n')[1], 'Reader');
});

test('y copies the post\'s path and Y says when there is no URL; the status line tells', async () => {
	const {host, copied} = fakeHost();
	const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 100, rows: 12}} host={host} />);
	await waitForText(lastFrame, 'Oak trees');
	await settle();
	stdin.write(keys.enter);
	await waitForText(lastFrame, 'Paragraph 1');
	stdin.write('y');
	await waitForText(lastFrame, 'copied path: /archive/nightingales.md');
	assert.deepEqual(copied, ['/archive/nightingales.md']);
	stdin.write('Y');
	await waitForText(lastFrame, 'no URL');
});

test('Y copies the URL the site gives the post', async () => {
	const {host, copied} = fakeHost();
	const archive = {...makeArchive(posts), site: {generator: 'jbake' as const, contentRoot: '/archive', baseUrl: 'https://example.org/blog'}};
	const {lastFrame, stdin} = render(<App archive={archive} title="Blog" size={{columns: 100, rows: 12}} host={host} />);
	await waitForText(lastFrame, 'Oak trees');
	await settle();
	stdin.write(keys.enter);
	await waitForText(lastFrame, 'Paragraph 1');
	stdin.write('Y');
	await waitForText(lastFrame, 'copied url: https://example.org/blog/nightingales.html');
	assert.deepEqual(copied, ['https://example.org/blog/nightingales.html']);
});

test('e hands the file to the editor at a line, P the rendered post to the pager, on the frame\'s last row', async () => {
	const {host, ran} = fakeHost();
	const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 80, rows: 12}} host={host} />);
	await waitForText(lastFrame, 'Oak trees');
	await settle();
	stdin.write(keys.enter);
	await waitForText(lastFrame, 'Paragraph 1');
	stdin.write('jjjjjjjjjjjjjjjjjjjj');
	await waitForText(lastFrame, ' 21-');
	stdin.write('e');
	await waitFor(() => String(ran.length), text => text === '1');
	assert.equal(ran[0]?.child.command, 'vim');
	const [line, file] = ran[0]?.child.args ?? [];
	assert.equal(file, '/archive/nightingales.md');
	// 20 of ~120 rendered lines down a body of 119 source lines after a 3-line header.
	assert.ok(Number(line?.slice(1)) > 15 && Number(line?.slice(1)) < 30, `near the line on screen: ${line}`);
	assert.equal(ran[0]?.row, 11);
	await waitForText(lastFrame, 'Paragraph 1');
	stdin.write('P');
	await waitFor(() => String(ran.length), text => text === '2');
	assert.equal(ran[1]?.child.command, 'mypager');
	assert.deepEqual(ran[1]?.child.env, {LESS: 'R'}, 'a pager left to less shows colours');
	assert.match(String(ran[1]?.child.input), /Paragraph 1 of the text/);
	await waitForText(lastFrame, 'Paragraph 1');
});

test('| reads a command on the shared text line (q is typed) and shows its output', async () => {
	const {host, ran} = fakeHost('12 words\n');
	const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 80, rows: 12}} host={host} />);
	await waitForText(lastFrame, 'Oak trees');
	await settle();
	stdin.write(keys.enter);
	await waitForText(lastFrame, 'Paragraph 1');
	stdin.write('|');
	await waitFor(lastFrame, text => text.split('\n').at(-1)?.startsWith('|') ?? false);
	stdin.write('wc -q');
	await waitFor(lastFrame, text => text.split('\n').at(-1)?.startsWith('|wc -q') ?? false);
	stdin.write(keys.enter);
	const frame = await waitForText(lastFrame, 'Output of wc -q');
	assert.match(frame, /12 words/);
	assert.match(String(ran[0]?.child.input), /^---\ntitle: x\n---\nParagraph 1 of the text/, 'the post\'s source, header and all');
	stdin.write('q');
	await waitForText(lastFrame, 'Paragraph 1');
});

test('a | command that fails says so over its output', async () => {
	const {host} = fakeHost('hi\n', 3);
	const {lastFrame, stdin} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 80, rows: 12}} host={host} />);
	await waitForText(lastFrame, 'Oak trees');
	await settle();
	stdin.write(keys.enter);
	await waitForText(lastFrame, 'Paragraph 1');
	stdin.write('|');
	await waitFor(lastFrame, text => text.split('\n').at(-1)?.startsWith('|') ?? false);
	stdin.write('false');
	await waitFor(lastFrame, text => text.split('\n').at(-1)?.startsWith('|false') ?? false);
	stdin.write(keys.enter);
	const frame = await waitForText(lastFrame, 'exited with status 3');
	assert.match(frame, /Output of false/);
	assert.match(frame, /hi/);
});

test('the wheel moves through the list and a click opens the row', async () => {
	const fake = fakeHost();
	const {lastFrame} = render(<App archive={makeArchive(posts)} title="Blog" size={{columns: 80, rows: 12}} host={fake.host} />);
	await waitForText(lastFrame, 'Oak trees');
	await settle();
	fake.mouse({type: 'wheel', lines: 3, column: 0, row: 3});
	await waitFor(lastFrame, frame => selectedRow(frame).includes('Nettles'));
	fake.mouse({type: 'click', column: 5, row: 3});
	await waitForText(lastFrame, 'Some text.');
});
