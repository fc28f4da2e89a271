/**
`blog-reader search` with the query language, fuzzy matching, match fields and snippets, on the
built binary (`npm run build` first when running this file alone): piped, and in a real
pseudo-terminal for the highlighted snippet.
*/
import assert from 'node:assert/strict';
import {after, describe, test} from 'node:test';
import {startReader, type Session} from '../e2e/pty-session.js';
import {anyEscape, runCli} from '../helpers/cli.js';
import {smallArchive} from './fixture.js';

const dir = smallArchive();
const sessions: Session[] = [];
after(() => {
	for (const session of sessions) {
		session.close();
	}
});

describe('search with the query language', () => {
	test('filters narrow, fuzzy words find titles, and the four fields stay as they were', () => {
		const byTag = runCli(['search', 'tag:rust', '-d', dir]);
		assert.equal(byTag.code, 0);
		assert.deepEqual(byTag.stdout.trimEnd().split('\n').map(line => line.split('\t')), [['2021-05-01', 'Rust performance and stability', 'rust, performance', 'rust-performance']]);
		assert.match(runCli(['search', 'blkchn', '-d', dir]).stdout, /^2017-02-03\tBlockchain Technologies and the P2P Paradigm\tenglish, commons, blockchain, p2p\tblockchain\n$/);
		assert.match(runCli(['search', 'web', 'before:2020', 'after:2019-01', '-d', dir]).stdout, /Static sites with Hugo/);
		assert.equal(runCli(['search', '#p2p', 'year:2018', '-d', dir]).code, 1);
	});

	test('a filter it cannot read is named on stderr with exit 2', () => {
		const bad = runCli(['search', 'rust', 'year:20x7', '-d', dir]);
		assert.equal(bad.code, 2);
		assert.equal(bad.stdout, '');
		assert.match(bad.stderr, /^blog-reader: year:20x7: a year is four digits/);
		assert.match(runCli(['search', 'before:yesterday', '-d', dir]).stderr, /before:yesterday: a date is YYYY, YYYY-MM or YYYY-MM-DD/);
		const long = runCli(['search', ...Array.from({length: 25_000}, (_, at) => `w${at}`), '-d', dir]);
		assert.equal(long.code, 2);
		assert.match(long.stderr, /more than 64 words/);
	});

	test('an unknown prefix is words', () => {
		assert.match(runCli(['search', 'michel:bauwens', '-d', dir]).stdout, /Blockchain/);
	});

	test('--json adds score and fields; --snippets adds title ranges and the snippet', () => {
		const [match] = JSON.parse(runCli(['search', 'bauwens', '--json', '-d', dir]).stdout) as Array<Record<string, unknown>>;
		assert.equal(match?.['slug'], 'blockchain');
		assert.equal(typeof match['score'], 'number');
		assert.ok((match['fields'] as string[]).includes('body'));
		assert.equal(match['titleRanges'], undefined);
		assert.equal(match['snippet'], undefined);
		const [titled] = JSON.parse(runCli(['search', 'p2p', '--json', '--snippets', '-d', dir]).stdout) as Array<Record<string, unknown>>;
		assert.deepEqual(titled?.['titleRanges'], [[32, 35]]);
		assert.deepEqual(titled['snippet'], {text: 'Michel Bauwens defines the term P2P. See Bitmind.', ranges: [[32, 35]]});
	});

	test('piped, --snippets adds the snippet as a fifth field, cleaned', () => {
		const {stdout} = runCli(['search', 'clipboard', '--snippets', '-d', dir]);
		const fields = stdout.trimEnd().split('\t');
		assert.equal(fields.length, 5);
		assert.match(fields[4]!, /^Body with .*clipboard and .*red\.$/);
		assert.doesNotMatch(stdout, anyEscape);
	});
});

test('on a terminal, a body hit shows a line of its text under the title, the words highlighted', {timeout: 60_000}, async () => {
	const session = startReader({args: ['search', 'bauwens', '-d', dir, '--color', 'always']});
	sessions.push(session);
	const screen = await session.waitFor(/EXIT=0/);
	const rows = screen.split('\n');
	const at = rows.findIndex(row => row.includes('Blockchain Technologies'));
	assert.ok(at >= 0, screen);
	assert.match(rows[at + 1]!, /^ {12}Michel Bauwens defines the term P2P\./);
});
