import assert from 'node:assert/strict';
import {join, resolve} from 'node:path';
import {test} from 'node:test';
import {checkArchive, checkImages, checkSort, checkTheme, checkWidth} from '../../source/config/settings.js';

const home = (): string => '/home/reader';

test('archive: ~ is the home folder, a relative path is from the config file\'s folder', () => {
	assert.deepEqual(checkArchive('~', '/etc/x/config.json', home), {value: resolve('/home/reader')});
	assert.deepEqual(checkArchive('~/blog', '/etc/x/config.json', home), {value: join('/home/reader', 'blog')});
	assert.deepEqual(checkArchive('posts', '/etc/x/config.json', home), {value: join('/etc/x', 'posts')});
	assert.deepEqual(checkArchive('../posts', '/etc/x/config.json', home), {value: join('/etc', 'posts')});
	assert.deepEqual(checkArchive('/srv/blog/', '/etc/x/config.json', home), {value: resolve('/srv/blog')});
	// `~user` is no shell here: an ordinary name, relative to the file.
	assert.deepEqual(checkArchive('~bob', '/etc/x/config.json', home), {value: join('/etc/x', '~bob')});
});

test('archive: anything but a non-empty string is refused', () => {
	for (const value of [3, '', '   ', null, true, ['~/blog'], {dir: '~'}]) {
		const checked = checkArchive(value, '/c.json', home);
		assert.ok('error' in checked, JSON.stringify(value));
		assert.match(checked.error, /^archive must be a folder path \(a string\), not /);
	}
});

test('theme: auto, dark or light', () => {
	for (const value of ['auto', 'dark', 'light']) {
		assert.deepEqual(checkTheme(value), {value});
	}

	for (const value of ['Dark', 'blue', 1, null]) {
		assert.ok('error' in checkTheme(value), String(value));
	}
});

test('width: a whole number from 20 to 1000, as --width', () => {
	assert.deepEqual(checkWidth(20), {value: 20});
	assert.deepEqual(checkWidth(1000), {value: 1000});
	for (const value of [19, 1001, 72.5, '72', null, Number.NaN, -80]) {
		const checked = checkWidth(value);
		assert.ok('error' in checked, String(value));
		assert.match(checked.error, /^width must be a whole number from 20 to 1000, not /);
	}
});

test('sort: newest, oldest or title', () => {
	for (const value of ['newest', 'oldest', 'title']) {
		assert.deepEqual(checkSort(value), {value});
	}

	const checked = checkSort('relevance');
	assert.ok('error' in checked);
	assert.equal(checked.error, 'sort must be "newest", "oldest", "title", not "relevance"');
});

test('a long or hostile value is shown short and on one line', () => {
	const checked = checkTheme(`\u001B]52;c;x\u0007${'y'.repeat(100)}`);
	assert.ok('error' in checked);
	assert.doesNotMatch(checked.error, /[\u0000-\u001F\u007F]/);
	assert.ok(checked.error.length < 100);
});

test('images: auto, kitty, iterm, sixel, blocks or off, as --images', () => {
	assert.deepEqual(checkImages('kitty'), {value: 'kitty'});
	assert.deepEqual(checkImages('off'), {value: 'off'});
	assert.deepEqual(checkImages('png'), {error: 'images must be "auto", "kitty", "iterm", "sixel", "blocks", "off", not "png"'});
});
