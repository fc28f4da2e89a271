/**
File and folder names that are not valid UTF-8 (old Latin-1 exports, copies from other systems):
before, Node decoded them with U+FFFD, the mangled name no longer opened, and each was skipped
as "no longer exists". They load, their paths shown decoded as file contents are (UTF-8, else
Windows-1252) and cleaned of control characters.
*/
import './isolated-cache.js';
import assert from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import {test} from 'node:test';
import {loadArchive} from '../../source/archive/load.js';
import {isClean} from '../../source/text/sanitize.js';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
const under = (root: string, ...parts: Buffer[]): Buffer => Buffer.concat([Buffer.from(`${root}/`), ...parts.flatMap((part, index) => (index === 0 ? [part] : [Buffer.from('/'), part]))]);

function archiveWithOddNames(): string {
	const root = tempDir();
	removeAfterTests(root);
	writeFileSync(under(root, latin1('café.md')), '# Latin name\n\nCafé body.\n');
	mkdirSync(under(root, latin1('déjà')));
	writeFileSync(under(root, latin1('déjà'), Buffer.from('inside.md')), '# In a Latin-1 folder\n');
	writeFileSync(under(root, latin1('déjà'), latin1('été.md')), '# Both Latin-1\n');
	// ESC, a lone continuation byte and a C1 control byte in one name.
	writeFileSync(under(root, Buffer.from([0x1B, 0x5B, 0x32, 0x4A, 0x78, 0x80, 0x9B, 0x2E, 0x6D, 0x64])), '# Control name\n');
	writeFileSync(`${root}/plain.md`, '# Plain\n');
	return root;
}

test('names that are not UTF-8 load, shown decoded and clean', () => {
	const root = archiveWithOddNames();
	for (const cache of [true, true, false]) {
		const archive = loadArchive(root, {cache});
		assert.deepEqual(archive.skipped, []);
		const byTitle = Object.fromEntries(archive.posts.map(post => [post.title, post.path]));
		assert.deepEqual(byTitle, {
			'Latin name': 'café.md',
			'In a Latin-1 folder': 'déjà/inside.md',
			'Both Latin-1': 'déjà/été.md',
			'Control name': 'x€›.md',
			'Plain': 'plain.md',
		});
		const cafe = archive.posts.find(post => post.title === 'Latin name')!;
		assert.equal(cafe.body, '# Latin name\n\nCafé body.\n');
		assert.equal(cafe.slug, 'café');
		for (const post of archive.posts) {
			assert.ok(isClean(post.path), post.path);
		}
	}
});
