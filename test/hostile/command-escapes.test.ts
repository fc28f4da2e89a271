/**
Escape sequences of every family, from every place archive text comes from, through every
command of the built binary: none reaches stdout or stderr. `npm test` builds first.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';
import {runCli, type Run} from '../helpers/cli.js';
import {anyInPlainOutput, foreignInStyledOutput} from './escapes.js';
import {allFamilies, payloadWords, writeInjectionArchive} from './injections.js';

const parent = removeAfterTests(tempDir());
const archive = writeInjectionArchive(parent);
const dir = ['-d', archive.root];

function assertClean(run: Run, label: string, styled = false): void {
	const check = styled ? foreignInStyledOutput : anyInPlainOutput;
	assert.deepEqual(check(run.stdout), [], `${label}: stdout`);
	assert.deepEqual(anyInPlainOutput(run.stderr), [], `${label}: stderr`);
	for (const word of payloadWords) {
		assert.ok(!run.stdout.includes(word) && !run.stderr.includes(word), `${label}: the payload ${word} is gone with its sequence`);
	}

	assert.doesNotMatch(run.stderr, /\n\s+at /, `${label}: no stack trace`);
}

test('list, search and tags: every post listed, nothing but text', () => {
	const list = runCli(['list', ...dir]);
	assert.equal(list.code, 0);
	assertClean(list, 'list');
	for (const title of ['Rawtitle', 'Yamltitle', 'Heading Headlessbody', 'Filetitle']) {
		assert.match(list.stdout, new RegExp(`^[^\\n]*\\t${title}`, 'm'), `${title} listed`);
	}

	assert.match(list.stdout, /\tRawtitle HIDDEN shownX end\trawtag, othertag\traw-jbake$/m, 'the visible text around the sequences is kept');
	assertClean(runCli(['list', '--color=always', ...dir]), 'list --color=always', true);
	assertClean(runCli(['search', 'Rawbody', ...dir]), 'search');
	assert.match(runCli(['search', 'Rawbody', ...dir]).stdout, /Rawtitle/);
	assertClean(runCli(['search', `Raw${allFamilies}title`, ...dir]), 'search with a hostile query');
	assertClean(runCli(['tags', ...dir]), 'tags');
	assertClean(runCli(['tags', '--color=always', ...dir]), 'tags --color=always', true);
	assert.match(runCli(['tags', ...dir]).stdout, /^rawtag\t1$/m);
});

test('--json output carries no raw control character (escaped in JSON is fine)', () => {
	for (const args of [['list', '--json'], ['search', 'Final', '--json'], ['tags', '--json'], ['info', '--json'], ['show', 'raw-jbake', '--json'], ['show', 'yaml-escaped', '--json']]) {
		const run = runCli([...args, ...dir]);
		assert.equal(run.code, 0, args.join(' '));
		assert.deepEqual(anyInPlainOutput(run.stdout.replaceAll('\n', '')), [], args.join(' '));
		assert.doesNotThrow(() => JSON.parse(run.stdout));
	}

	const info = JSON.parse(runCli(['info', '--json', ...dir]).stdout) as {root: string};
	assert.equal(info.root, archive.root, 'JSON keeps the folder name exact for scripts');
	const posts = JSON.parse(runCli(['list', '--json', ...dir]).stdout) as Array<{summary: string; authors: string[]}>;
	const raw = posts.find(post => post.summary.startsWith('Rawsummary'));
	assert.equal(raw?.summary, 'Rawsummary HIDDEN shownX', 'the summary from the header, cleaned');
	assert.deepEqual(raw?.authors, ['Rawauthor HIDDEN shownX']);
});

test('show: styled, plain, raw and piped, every post', () => {
	for (const slug of [...archive.slugs, 'name-0-pwntitle-2j-2-pwntitle']) {
		for (const mode of [['--color=always'], ['--color=always', '--width', '40'], ['--plain'], ['--raw'], []]) {
			const run = runCli(['show', slug, ...mode, ...dir]);
			assert.equal(run.code, 0, `${slug} ${mode.join(' ')}: ${run.stderr}`);
			assertClean(run, `show ${slug} ${mode.join(' ')}`, mode.includes('--color=always'));
		}
	}

	const plain = runCli(['show', 'raw-jbake', ...dir]).stdout;
	for (const word of ['Rawtitle', 'Heading Rawbody', 'link Rawbody', 'alt Rawbody', 'const Rawbody', 'quote Rawbody', 'item Rawbody', 'cell Rawbody', 'html Rawbody', 'Final Rawbody line.']) {
		assert.ok(plain.includes(word), `${word} is shown`);
	}
});

test('info and every error message name hostile things harmlessly', () => {
	const info = runCli(['info', ...dir]);
	assertClean(info, 'info');
	assert.match(info.stdout, /^archive\t.*blog {2}name$/m);
	// The loader reports the binary file by its (cleaned) name.
	assert.match(info.stderr, /^blog-reader: skipped skipped \.md: binary file/m);
	const errors: Array<readonly string[]> = [
		['show', `no such ${allFamilies} post`, ...dir],
		['show', `${allFamilies}/../../etc/passwd`, ...dir],
		['show', `/etc/${allFamilies}.md`, ...dir],
		['list', '-d', `/nonexistent/${allFamilies}`],
		['list', '--tag', allFamilies, ...dir],
		['search', allFamilies, ...dir],
		[`frob${allFamilies}`],
		['list', '--width', allFamilies],
		['list', `--color=${allFamilies}`],
		['list', `--${allFamilies}`],
	];
	for (const args of errors) {
		const run = runCli(args);
		assert.ok(run.code === 1 || run.code === 2, `${JSON.stringify(args)} exits 1 or 2, not ${run.code}`);
		assert.match(run.stderr, /^blog-reader: /, JSON.stringify(args));
		assertClean(run, JSON.stringify(args));
	}
});
