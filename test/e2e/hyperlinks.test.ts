/**
Links in the reader stay clickable in place: on a terminal that shows OSC 8 hyperlinks the link
text is wrapped in one (and the `(url)` suffix goes); where it does not, and under TERM=dumb,
no OSC 8 is ever written. Read from the terminal's own OSC parser, so what counts is what the
terminal was sent. `npm test` builds first; run `npm run build` before running this file alone.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';
import {exitOf, startPty} from '../hostile/pty.js';
import {sessionsOfThisFile, type Session} from './pty-session.js';

const start = sessionsOfThisFile();
const imageUrl = 'https://dgrmunch.github.io/blog/img/blockchain.jpg';

/** The targets of every OSC 8 hyperlink the program opened (`8;params;url`; an empty url closes one). */
function hyperlinks(session: Session): string[] {
	const opened: string[] = [];
	// Returning false leaves the sequence to xterm's own handler as well.
	session.terminal.parser.registerOscHandler(8, data => {
		const url = data.slice(data.indexOf(';') + 1);
		if (url !== '') {
			opened.push(url);
		}

		return false;
	});
	return opened;
}

async function openBundledPost(session: Session): Promise<string> {
	await session.waitFor('Blockchain Technologies');
	session.write('\r');
	return session.waitFor('[image: blockchain.jpg]');
}

test('with hyperlinks on, the reader writes a link as OSC 8 around its text, without the (url) suffix', {timeout: 60_000}, async () => {
	const session = start({env: {FORCE_HYPERLINK: '1'}});
	const opened = hyperlinks(session);
	const screen = await openBundledPost(session);
	assert.ok(opened.includes(imageUrl), `OSC 8 to the image's URL; saw ${JSON.stringify(opened)}`);
	assert.ok(!screen.includes(`(${imageUrl})`), 'the URL is not repeated in the text');
});

test('where hyperlinks are not known to work, the reader writes no OSC 8 and shows the URL', {timeout: 60_000}, async () => {
	const session = start({env: {FORCE_HYPERLINK: undefined}});
	const opened = hyperlinks(session);
	const screen = await openBundledPost(session);
	assert.ok(screen.includes(`(${imageUrl})`), 'the URL is in the text');
	assert.deepEqual(opened, []);
});

test('under TERM=dumb nothing is written as OSC 8, neither the list nor show', {timeout: 60_000}, async () => {
	const stateDir = removeAfterTests(tempDir('blog-reader-state-'));
	for (const args of [[], ['show', 'blockchain']]) {
		const run = startPty({args, env: {TERM: 'dumb', FORCE_HYPERLINK: undefined}, stateDir});
		const {code} = await exitOf(run, 30_000);
		assert.equal(code, 0);
		assert.match(run.raw(), /blockchain/);
		assert.ok(!run.raw().includes('\u001B]8;'), `no OSC 8 from ${args.join(' ') || 'the reader'}`);
		if (args.length > 0) {
			assert.ok(run.raw().includes(imageUrl), 'show keeps the URL as text');
		}
	}
});
