import {after} from 'node:test';
import {removeDir, tempDir} from '../fixtures/tree.js';

/**
Imported first by every archive test file: the loader's index cache goes to a temp folder of
this file's own, never to the user's cache folder, and is removed afterwards.
*/
const stateDir = tempDir('blog-reader-state-');
process.env['BLOG_READER_STATE_DIR'] = stateDir;
after(() => {
	removeDir(stateDir);
});

export {stateDir};
