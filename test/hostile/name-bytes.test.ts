/**
A post whose file name is not UTF-8 (Latin-1 `café.md`) is listed and opens, instead of being
skipped as "no longer exists". `npm test` builds first; run `npm run build` before this file alone.
*/
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {test} from 'node:test';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';
import {runBinary} from './run.js';

const root = removeAfterTests(tempDir());
const stateDir = removeAfterTests(tempDir('blog-reader-state-'));

writeFileSync(Buffer.concat([Buffer.from(`${root}/`), Buffer.from('café.md', 'latin1')]), '# Latin name\n\nCAFE-BODY text.\n');

test('list shows a Latin-1 file name decoded, and show opens it by slug or by that name', {timeout: 60_000}, () => {
	const list = runBinary(['list', '--json', '-d', root], {stateDir, timeout: 30_000});
	assert.equal(list.stderr, '');
	assert.deepEqual((JSON.parse(list.stdout) as Array<{path: string}>).map(post => post.path), ['café.md']);
	for (const name of ['café', 'café.md']) {
		const show = runBinary(['show', name, '--plain', '-d', root], {stateDir, timeout: 30_000});
		assert.equal(show.code, 0, show.stderr);
		assert.match(show.stdout, /CAFE-BODY text/);
	}
});
