import assert from 'node:assert/strict';
import {homedir} from 'node:os';
import {test} from 'node:test';
import {keyedFileName, stateDirs} from '../../source/state/paths.js';

test('BLOG_READER_STATE_DIR moves the cache and state folders', () => {
	assert.deepEqual(stateDirs({BLOG_READER_STATE_DIR: '/tmp/elsewhere'}), {cache: '/tmp/elsewhere/cache', state: '/tmp/elsewhere/state'});
});

test('without it, the platform cache and state folders of blog-reader are used', () => {
	const dirs = stateDirs({HOME: homedir()});
	assert.ok(dirs.cache.includes('blog-reader'));
	assert.ok(dirs.state.includes('blog-reader'));
	assert.notEqual(dirs.cache, dirs.state);
});

test('keyed file names are stable, distinct and safe for any key', () => {
	const one = keyedFileName('/home/a/blog');
	assert.equal(keyedFileName('/home/a/blog'), one);
	assert.notEqual(keyedFileName('/home/a/Blog'), one);
	assert.match(one, /^[\da-f]{32}\.json$/);
	assert.match(keyedFileName('/x/\n\u001B[2J/../..', '.idx'), /^[\da-f]{32}\.idx$/);
});
