import assert from 'node:assert/strict';
import {test} from 'node:test';
import {runCli} from '../helpers/cli.js';
import {smallArchive} from './fixture.js';

const dir = smallArchive();
const titles = (stdout: string): string[] => stdout.trimEnd().split('\n').map(line => line.split('\t')[1] ?? '');

test('list --sort: newest is the default, oldest and title reorder the same lines', () => {
	const newest = runCli(['list', '--dir', dir]);
	assert.equal(runCli(['list', '--sort', 'newest', '--dir', dir]).stdout, newest.stdout);
	const oldest = runCli(['list', '--sort', 'oldest', '--dir', dir]);
	assert.equal(oldest.code, 0);
	assert.deepEqual(titles(oldest.stdout), [...titles(newest.stdout)].reverse());
	const byTitle = titles(runCli(['list', '--sort', 'title', '--dir', dir]).stdout);
	assert.deepEqual(byTitle, [...byTitle].sort((a, b) => a.localeCompare(b, 'en', {sensitivity: 'base'})));
	assert.deepEqual([...byTitle].sort(), [...titles(newest.stdout)].sort(), 'the same posts');
	const json = JSON.parse(runCli(['list', '--json', '--sort', 'oldest', '--dir', dir]).stdout) as Array<{title: string}>;
	assert.deepEqual(json.map(post => post.title), titles(oldest.stdout));
});

test('search --sort orders the matches before --limit takes the first ones; a bad order exits 2', () => {
	const all = titles(runCli(['search', 'e', '--sort', 'oldest', '--dir', dir]).stdout);
	assert.ok(all.length >= 2, 'the query matches several posts');
	assert.deepEqual(titles(runCli(['search', 'e', '--sort', 'oldest', '--limit', '1', '--dir', dir]).stdout), all.slice(0, 1));
	assert.deepEqual(titles(runCli(['search', 'e', '--sort', 'newest', '--dir', dir]).stdout), [...all].reverse());
	assert.equal(runCli(['search', 'e', '--sort', 'relevance', '--dir', dir]).code, 0);
	const bad = runCli(['list', '--sort', 'relevance', '--dir', dir]);
	assert.equal(bad.code, 2);
	assert.equal(bad.stderr, 'blog-reader: --sort takes newest, oldest or title, not \'relevance\'\n');
	assert.equal(runCli(['search', 'e', '--sort', 'sideways', '--dir', dir]).code, 2);
});
