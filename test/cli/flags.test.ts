import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {runCli} from '../helpers/cli.js';

// The flag grammar people script against: long and short forms, `--no-` negation, numbers glued
// to short flags, and one-line refusals with exit 2 for everything else.
const posts = ['-d', 'posts'];

describe('flags', () => {
	test('long, short, glued numbers and = forms read the same', () => {
		const long = runCli(['show', 'blockchain', '--plain', '--width', '30', ...posts]);
		assert.equal(long.code, 0);
		for (const width of [['-w', '30'], ['-w30'], ['--width=30']]) {
			const run = runCli(['show', 'blockchain', '--plain', ...width, ...posts]);
			assert.equal(run.stdout, long.stdout, width.join(' '));
		}

		// `[n]: url` lines stay whole in a pipe (a URL is never cut in two); the rest wraps.
		assert.ok(long.stdout.split('\n').every(line => line.length <= 30 || /^\[\d+\]: \S+$/.test(line)));
	});

	test('flags may come before or after the command and its words', () => {
		const after = runCli(['search', 'p2p', '--json', ...posts]);
		const before = runCli([...posts, '--json', 'search', 'p2p']);
		assert.equal(after.code, 0);
		assert.equal(before.stdout, after.stdout);
		assert.equal((JSON.parse(after.stdout) as unknown[]).length, 1);
	});

	test('--no-<flag> turns a flag off', () => {
		const run = runCli(['list', '--json', '--no-json', ...posts]);
		assert.equal(run.code, 0);
		assert.match(run.stdout, /^2017-02-03\tBlockchain/);
	});

	test('words after -- are query words, even with a dash', () => {
		const run = runCli(['search', ...posts, '--', 'p2p', '-nothere']);
		assert.equal(run.code, 0);
		assert.match(run.stdout, /Blockchain/);
	});

	test('bad flags exit 2 with one line naming the flag', () => {
		const cases: Array<[string[], RegExp]> = [
			[['list', '--bogus'], /^blog-reader: unknown flag --bogus \(see --help\)\n$/],
			[['list', '-x'], /^blog-reader: unknown flag -x \(see --help\)\n$/],
			// A query word glued to one dash would otherwise read as `-d raft`, another folder.
			[['search', 'p2p', '-draft'], /^blog-reader: unknown flag -draft \(to search for it, put it after --\)\n$/],
			[['list', '--dir'], /^blog-reader: --dir needs a value \(see --help\)\n$/],
			[['list', '--tag'], /^blog-reader: --tag needs a value \(see --help\)\n$/],
			[['list', '--json=yes'], /^blog-reader: --json takes no value \(see --help\)\n$/],
		];
		for (const [args, message] of cases) {
			const run = runCli([...args, ...posts]);
			assert.equal(run.code, 2, args.join(' '));
			assert.equal(run.stdout, '');
			assert.match(run.stderr, message);
		}
	});

	test('a flag that takes one of a few values refuses another, even written apart', () => {
		// `--color sometimes` once read `sometimes` as part of the post's name.
		for (const args of [['show', 'blockchain', '--color', 'sometimes'], ['list', '--theme=blue']]) {
			const run = runCli([...args, ...posts]);
			assert.equal(run.code, 2, args.join(' '));
			assert.match(run.stderr, /^blog-reader: --(color takes auto, always or never, not 'sometimes'|theme takes auto, dark or light, not 'blue')\n$/);
		}

		// Bare `--color` still means always, before another flag or at the end.
		assert.equal(runCli(['show', 'blockchain', '--color', ...posts]).code, 0);
		assert.equal(runCli(['show', 'blockchain', ...posts, '--color']).code, 0);
	});

	test('--help opens with what the program is, from package.json', () => {
		const run = runCli(['--help']);
		assert.equal(run.code, 0);
		assert.match(run.stdout, /^\n {2}Read a local archive of blog posts in the terminal/);
		assert.match(run.stdout, /Usage\n {4}\$ blog-reader \[command\] \[options\]/);
	});

	test('--version prints the package version', () => {
		const run = runCli(['--version']);
		assert.equal(run.code, 0);
		assert.match(run.stdout, /^\d+\.\d+\.\d+\n$/);
	});
});
