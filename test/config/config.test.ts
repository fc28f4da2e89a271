import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {configFile, loadConfig} from '../../source/config/config.js';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';

const dir = removeAfterTests(tempDir('blog-reader-config-'));

test('the config file is in the platform config folder unless BLOG_READER_CONFIG names one', () => {
	assert.equal(configFile({BLOG_READER_CONFIG: '/tmp/x.json'}), '/tmp/x.json');
	assert.match(configFile({HOME: '/home/u', XDG_CONFIG_HOME: '/home/u/.config'}), /blog-reader[/\\]config\.json$/);
});

test('a missing file is the defaults, without a word', () => {
	assert.deepEqual(loadConfig({BLOG_READER_CONFIG: join(dir, 'none.json')}), {file: join(dir, 'none.json'), settings: {}, errors: []});
});

test('a file that is not JSON, or not an object, is one line naming the file', () => {
	const file = join(dir, 'broken.json');
	writeFileSync(file, '{"keys": ');
	let config = loadConfig({BLOG_READER_CONFIG: file});
	assert.equal(config.errors.length, 1);
	assert.ok(config.errors[0]?.startsWith(`${file}: not valid JSON`));
	writeFileSync(file, '[1]');
	config = loadConfig({BLOG_READER_CONFIG: file});
	assert.match(config.errors[0] ?? '', /must be a JSON object/);
});

test('known settings are kept for their readers; an unknown one is named', () => {
	const file = join(dir, 'config.json');
	writeFileSync(file, '\uFEFF{"keys": {"list": {"quit": "Q"}}, "kyes": {}}');
	const config = loadConfig({BLOG_READER_CONFIG: file});
	assert.deepEqual(config.settings, {keys: {list: {quit: 'Q'}}});
	assert.deepEqual(config.errors, [`${file}: unknown setting 'kyes' (settings: archive, theme, width, sort, images, keys)`]);
});

test('--help says where the config file is', async () => {
	const {runCli} = await import('../helpers/cli.js');
	const {stdout, code} = runCli(['--help'], {env: {BLOG_READER_CONFIG: '/somewhere/else/config.json'}});
	assert.equal(code, 0);
	assert.match(stdout, /Config file\n\s+\/somewhere\/else\/config\.json\n/);
	assert.match(stdout, /130 the reader quit with Ctrl-C/);
});

test('archive, theme, width and sort are checked and kept; the folder is taken from the file\'s own', () => {
	const file = join(dir, 'all.json');
	writeFileSync(file, JSON.stringify({archive: 'blog/posts', theme: 'light', width: 72, sort: 'oldest'}));
	const config = loadConfig({BLOG_READER_CONFIG: file});
	assert.deepEqual(config.errors, []);
	assert.deepEqual(config.settings, {archive: join(dir, 'blog', 'posts'), theme: 'light', width: 72, sort: 'oldest'});
});

test('each bad value is one line naming the file and the setting', () => {
	const file = join(dir, 'bad.json');
	writeFileSync(file, JSON.stringify({archive: 3, theme: 'blue', width: '80', sort: 'random'}));
	const config = loadConfig({BLOG_READER_CONFIG: file});
	assert.deepEqual(config.settings, {});
	assert.deepEqual(config.errors, [
		`${file}: archive must be a folder path (a string), not 3`,
		`${file}: theme must be "auto", "dark", "light", not "blue"`,
		`${file}: width must be a whole number from 20 to 1000, not "80"`,
		`${file}: sort must be "newest", "oldest", "title", not "random"`,
	]);
});
