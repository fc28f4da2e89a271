import {join} from 'node:path';
import {after, beforeEach} from 'node:test';
import {removeAfterTests, removeDir, tempDir} from '../fixtures/tree.js';

/**
Imported first by every archive test file: the loader's index cache goes to a temp folder of
this file's own, never to the user's cache folder, and is removed afterwards.
*/
const stateDir = tempDir('blog-reader-state-');
process.env['BLOG_READER_STATE_DIR'] = stateDir;
after(() => {
	removeDir(stateDir);
});

/**
For a file whose tests each start with an empty cache folder of their own: gives the folder of
the test running now. The file's shared folder is set back after its last test.
*/
export function emptyCacheEachTest(): () => string {
	let root = '';
	beforeEach(() => {
		root = join(tempDir('blog-reader-state-'), 'state');
		removeAfterTests(root);
		process.env['BLOG_READER_STATE_DIR'] = root;
	});
	after(() => {
		process.env['BLOG_READER_STATE_DIR'] = stateDir;
	});
	return () => root;
}

export {stateDir};
