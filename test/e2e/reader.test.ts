/**
The built binary in a real pseudo-terminal, read through a headless xterm. `npm test` builds first;
run `npm run build` before running this file alone.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {sessionsOfThisFile, type Session} from './pty-session.js';

const start = sessionsOfThisFile();

// At 80 columns the list cuts the title after "P2P".
const title = 'Blockchain Technologies and the P2P';
const statusOf = (screen: string): string => screen.trimEnd().split('\n').at(-1) ?? '';

function assertRestored(session: Session, screen: string, status: number): void {
	assert.match(screen, new RegExp(`EXIT=${status}\\b`));
	assert.equal(session.bufferType(), 'normal', 'back on the main screen');
	assert.ok(session.cursorVisible(), 'cursor visible again');
	assert.match(screen, /^icanon echo $/m, 'line mode and echo restored');
	assert.equal(session.mouseMode(), 'none', 'mouse reports off');
	assert.ok(!screen.includes(title), 'nothing of the reader left on the main screen');
}

test('list, search, read, and quit in a real terminal', {timeout: 90_000}, async t => {
	const session = start();
	let screen = await session.waitFor(title);
	t.diagnostic(`spawn to first frame: ${Math.round(performance.now() - session.startedAt)} ms`);
	assert.equal(session.bufferType(), 'alternate');
	assert.ok(!session.cursorVisible(), 'cursor hidden while reading');
	assert.equal(session.screen()[23], '', 'the frame leaves the last row free');
	assert.match(screen, /1 post/);

	session.write('/p2p');
	screen = await session.waitFor(text => /^\/p2p/m.test(text) && text.includes('1 match'));
	assert.ok(screen.includes(title), 'typing p2p keeps the post');

	session.write('\u007F\u007F\u007Fzzzz');
	screen = await session.waitFor('no posts match');
	assert.ok(!screen.includes(title));

	session.write('\u007F\u007F\u007F\u007Fp2p');
	await session.waitFor(text => /^\/p2p/m.test(text) && text.includes(title));
	session.write('\r');
	await session.waitFor(text => !/^\/p2p/m.test(text) && text.includes('“p2p”'));
	session.write('\r');
	screen = await session.waitFor('Blockchain, Commons and P2P');
	assert.match(statusOf(screen), /1-\d+\/\d+ \d+%/);

	session.write('G');
	screen = await session.waitFor(text => / 100% *$/.test(statusOf(text)));
	assert.ok(!screen.includes('Blockchain, Commons and P2P'), 'the top scrolled away');

	session.write('q');
	screen = await session.waitFor(text => text.includes('“p2p”') && !text.includes('100%'));
	assert.ok(screen.split('\n').some(line => line.startsWith('›') && line.includes('Blockchain')), 'the post is still selected');
	assert.ok(!screen.includes('In July 2016'), 'no line of the post is left behind on the list');

	session.write('q');
	screen = await session.waitFor(/icanon|-icanon/);
	assertRestored(session, screen, 0);
});

test('a resize re-wraps the post at the new width and keeps the place', {timeout: 90_000}, async () => {
	const session = start({columns: 100, rows: 30});
	await session.waitFor(title);
	session.write('\r');
	let screen = await session.waitFor('Blockchain, Commons and P2P');
	const widest = (text: string): number => Math.max(...text.split('\n').slice(0, -2).map(line => line.length));
	assert.ok(widest(screen) > 60, 'wide terminal, wide lines');
	const total = (text: string): number => Number(/\/(\d+) \d+%/.exec(statusOf(text))?.[1]);
	const wideTotal = total(screen);
	session.write('jjjjjjjjjj');
	await session.waitFor(text => statusOf(text).includes('11-'));

	session.resize(60, 30);
	screen = await session.waitFor(text => total(text) > wideTotal);
	assert.ok(widest(screen) <= 60, 'every line fits the narrower terminal');
	const first = Number(/(\d+)-\d+\//.exec(statusOf(screen))?.[1]);
	assert.ok(first > 11, `kept the place proportionally (now at line ${first})`);

	session.resize(100, 30);
	screen = await session.waitFor(text => total(text) === wideTotal);
	assert.ok(widest(screen) > 60);
	session.write('\u0003');
	screen = await session.waitFor(/icanon/);
	assertRestored(session, screen, 130);
});

test('Ctrl-C quits from the reader with status 130 and restores the terminal', {timeout: 60_000}, async () => {
	const session = start();
	await session.waitFor(title);
	session.write('\r');
	await session.waitFor('Blockchain, Commons and P2P');
	session.write('\u0003');
	const screen = await session.waitFor(/icanon/);
	assertRestored(session, screen, 130);
});

for (const [signal, status] of [['SIGTERM', 143], ['SIGHUP', 129], ['SIGINT', 130]] as const) {
	test(`${signal} from outside restores the terminal`, {timeout: 60_000}, async () => {
		const session = start();
		await session.waitFor(title);
		session.write('\r');
		await session.waitFor('Blockchain, Commons and P2P');
		process.kill(session.readerPid(), signal);
		const screen = await session.waitFor(/icanon/);
		assertRestored(session, screen, status);
	});
}

test('a crash inside a component restores the terminal and reports the error on the main screen', {timeout: 60_000}, async () => {
	const session = start({entry: ['--import', 'tsx', 'test/e2e/crash-entry.ts', 'render']});
	await session.waitFor('Doomed post');
	process.kill(session.readerPid(), 'SIGUSR2');
	await session.waitFor('armed');
	// Opening the post draws its title in a new screen (list rows are memoised and would not ask again).
	session.write('\r');
	const screen = await session.waitFor(/icanon/);
	assert.match(screen, /blog-reader: a component failed/);
	assertRestored(session, screen, 5);
});

test('an uncaught exception outside React restores the terminal too', {timeout: 60_000}, async () => {
	const session = start({entry: ['--import', 'tsx', 'test/e2e/crash-entry.ts', 'timer']});
	await session.waitFor('Doomed post');
	process.kill(session.readerPid(), 'SIGUSR2');
	const screen = await session.waitFor(/icanon/);
	assert.match(screen, /blog-reader: a timer failed/);
	assertRestored(session, screen, 5);
});
