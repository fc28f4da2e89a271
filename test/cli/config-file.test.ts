import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {runCli, writeArchive} from '../helpers/cli.js';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';

const dir = removeAfterTests(tempDir('blog-reader-config-cli-'));
const archive = removeAfterTests(writeArchive({
	'posts/2020-01-02-alpha.md': '---\ntitle: Alpha post\n---\n\nThe first words of a paragraph long enough to be wrapped at a narrow width of twenty columns.\n',
	'posts/2021-03-04-beta.md': '---\ntitle: Beta post\n---\n\nBeta body.\n',
}));

function config(name: string, settings: unknown): string {
	const file = join(dir, name);
	writeFileSync(file, typeof settings === 'string' ? settings : JSON.stringify(settings));
	return file;
}

test('pipes read the archive the config file names, relative to the file; --dir and BLOG_READER_DIR win', () => {
	const file = config('archive.json', {archive: join(archive, 'posts')});
	const listed = runCli(['list'], {env: {BLOG_READER_CONFIG: file}});
	assert.equal(listed.code, 0, listed.stderr);
	assert.match(listed.stdout, /^2021-03-04\tBeta post\t/);
	assert.match(listed.stdout, /Alpha post/);

	const relative = config('relative.json', {archive: 'no-such-folder'});
	const missing = runCli(['list'], {env: {BLOG_READER_CONFIG: relative}});
	assert.equal(missing.code, 2);
	assert.equal(missing.stderr, `blog-reader: ${relative}: archive: no such folder: ${join(dir, 'no-such-folder')}\n`);

	const bundled = runCli(['list', '--dir', 'posts'], {env: {BLOG_READER_CONFIG: file}});
	assert.match(bundled.stdout, /Blockchain Technologies/);
	const fromEnvironment = runCli(['list'], {env: {BLOG_READER_CONFIG: relative, BLOG_READER_DIR: join(archive, 'posts')}});
	assert.equal(fromEnvironment.code, 0, fromEnvironment.stderr);
});

test('the file\'s width is show\'s width; --width wins', () => {
	const file = config('width.json', {archive: archive, width: 24});
	const narrow = runCli(['show', 'alpha'], {env: {BLOG_READER_CONFIG: file}});
	assert.equal(narrow.code, 0, narrow.stderr);
	const lines = narrow.stdout.split('\n');
	assert.ok(lines.every(line => line.length <= 24), narrow.stdout);
	const wide = runCli(['show', 'alpha', '--width', '100'], {env: {BLOG_READER_CONFIG: file}});
	assert.ok(wide.stdout.split('\n').some(line => line.length > 24), wide.stdout);
});

test('a bad file stops every command with one line naming the file and the setting, exit 2', () => {
	const cases: Array<[unknown, RegExp]> = [
		['{"theme": ', /: not valid JSON \(/],
		['[]', /: must be a JSON object of settings/],
		[{colour: 'dark'}, /: unknown setting 'colour' \(settings: archive, theme, width, sort, images, keys\)$/],
		[{theme: 'blue'}, /: theme must be "auto", "dark", "light", not "blue"$/],
		[{width: 5}, /: width must be a whole number from 20 to 1000, not 5$/],
		[{sort: 1, width: '9'}, /: sort must be .* \(and 1 more\)$/],
	];
	for (const [index, [settings, message]] of cases.entries()) {
		const file = config(`bad-${index}.json`, settings);
		for (const args of [['list'], ['show', 'alpha'], ['search', 'beta'], ['info']]) {
			const run = runCli([...args, '--dir', archive], {env: {BLOG_READER_CONFIG: file}});
			assert.equal(run.code, 2, `${args.join(' ')} with ${JSON.stringify(settings)}`);
			assert.equal(run.stdout, '');
			const lines = run.stderr.trimEnd().split('\n');
			assert.equal(lines.length, 1, run.stderr);
			assert.ok(lines[0]!.startsWith(`blog-reader: ${file}: `), run.stderr);
			assert.match(lines[0]!, message);
			assert.doesNotMatch(run.stderr, /\bat .*\.js:\d+/);
		}
	}
});

test('--help and --version still answer with a bad file, and --help names the file as resolved', () => {
	const file = config('bad-for-help.json', '{');
	const help = runCli(['--help'], {env: {BLOG_READER_CONFIG: file}});
	assert.equal(help.code, 0);
	assert.ok(help.stdout.includes(`Config file\n    ${file}\n`), help.stdout);
	assert.match(help.stdout, /"archive" \(the\n\s+default folder\), "theme", "width", "sort"/);
	assert.equal(runCli(['--version'], {env: {BLOG_READER_CONFIG: file}}).code, 0);
	const home = runCli(['--help'], {env: {BLOG_READER_CONFIG: '', XDG_CONFIG_HOME: '/somewhere/config'}});
	assert.ok(home.stdout.includes('/somewhere/config/blog-reader/config.json'), home.stdout);
});
