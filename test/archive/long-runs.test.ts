/**
Posts made of long runs of one markup character: before, each of these took seconds to tens of
seconds to load (a post with 200,000 `[` took 38 s, its summary and title rescanned from every
`[`), and deeply nested front matter could abort the process. They load, with the fields a
reader sees, well within the timeout.
*/
import './isolated-cache.js';
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {loadArchive} from '../../source/archive/load.js';
import type {Post} from '../../source/archive/post.js';
import {removeAfterTests, tempDir, writeTree} from '../fixtures/tree.js';

const size = 200_000;
const run = (unit: string): string => unit.repeat(Math.ceil(size / unit.length));

// Each run where the scanning happens: the first paragraph (summary), the heading (title) and
// the front matter, for every format the loader reads.
const files: Record<string, string> = {
	'brackets.md': `# Brackets\n\n${run('[')}x\n`,
	'images.md': `# Images\n\n${run('![')}x\n`,
	'targets.md': `# Targets\n\n${run('[a](')}x\n`,
	'underscores.md': `# Underscores\n\na${run('_')}x\n`,
	'angles.md': `# Angles\n\n${run('<')}x\n`,
	'scripts.md': `# Scripts\n\n${run('<script')}x\n`,
	'spaced-heading.md': `# Spaced${run(' ')}x\n\nBody.\n`,
	'hashes-heading.md': `# Hashes ${run('#')}x\n\nBody.\n`,
	'yaml-spaces.md': `---\ntitle: Yaml${run(' ')}x\n---\nBody.\n`,
	'yaml-nested.md': `---\ntitle: ${run('[')}x\n---\nNested body.\n`,
	'yaml-braces.md': `---\ntitle: ${run('{')}x\n---\nBraces body.\n`,
	'yaml-closers.md': `---\ntitle: ${run(']')}x\n---\nClosers body.\n`,
	'yaml-quotes.md': `---\ntitle: ${run('"')}x\n---\nQuotes body.\n`,
	'yaml-commas.md': `---\ntitle: [${run(',')}x\n---\nCommas body.\n`,
	'yaml-list.md': `---\ntags:\n- a${run(' ')}x\n---\nList body.\n`,
	'paragraphs.html': `title=Paragraphs\n~~~~~~\n${run('<p>')}x\n`,
	'headings.html': `date=2020-01-01\n~~~~~~\n${run('<h1>')}x\n`,
	'titles.html': `date=2020-01-01\n~~~~~~\n${run('<title')}x\n`,
	'equals.adoc': `:jbake-type: post\n\n= Equals ${run('=')}x\n\nBody.\n`,
	'spaces.adoc': `:jbake-type: post\n\n= Spaces${run(' ')}x\n\nBody.\n`,
	'attribute.adoc': `:jbake-title: Attribute${run(' ')}x\n\nBody.\n`,
	'links.adoc': `:jbake-title: Links\n\n${run('link:')}x\n`,
	'urls.adoc': `:jbake-title: Urls\n\n${run('https://a')}x\n`,
	'xrefs.adoc': `:jbake-title: Xrefs\n\n${run('<<')}x\n`,
	'xref-spaces.adoc': `:jbake-title: Xref spaces\n\n<<a,${run(' ')}x\n`,
};

test('posts of 200,000 markup characters in a row load with their titles', {timeout: 120_000}, () => {
	const dir = tempDir();
	removeAfterTests(dir);
	const archive = loadArchive(writeTree(dir, files), {cache: false});
	const byPath = new Map<string, Post>(archive.posts.map(post => [post.path, post]));
	assert.deepEqual(archive.skipped, []);
	assert.deepEqual([...byPath.keys()].sort(), Object.keys(files).sort());
	const title = (path: string): string => byPath.get(path)!.title;
	assert.equal(title('brackets.md'), 'Brackets');
	assert.equal(title('scripts.md'), 'Scripts');
	assert.equal(title('spaced-heading.md'), 'Spaced x');
	assert.equal(title('hashes-heading.md'), `Hashes ${run('#')}x`.slice(0, title('hashes-heading.md').length));
	assert.equal(title('yaml-spaces.md'), 'Yaml x');
	assert.equal(title('paragraphs.html'), 'Paragraphs');
	assert.equal(title('equals.adoc'), `Equals ${run('=')}x`.slice(0, title('equals.adoc').length));
	assert.equal(title('spaces.adoc'), 'Spaces x');
	assert.equal(title('attribute.adoc'), 'Attribute x');
	assert.deepEqual(byPath.get('yaml-list.md')!.tags, ['a x']);
	// Front matter no YAML reader should be handed is broken front matter: the body is still the post.
	for (const path of ['yaml-nested.md', 'yaml-braces.md', 'yaml-closers.md', 'yaml-quotes.md', 'yaml-commas.md']) {
		assert.equal(title(path), path.slice(0, -3).replace('-', ' '));
		assert.match(byPath.get(path)!.body, /body\.\n$/);
	}

	for (const post of archive.posts) {
		assert.ok(post.summary.length <= 201, `${post.path}: a summary of at most 200 characters`);
	}
});

test('links, images and cross references still read as their text', () => {
	const dir = tempDir();
	removeAfterTests(dir);
	const archive = loadArchive(writeTree(dir, {
		'a.md': '# A\n\nSee [the *docs*](https://x.org/a) and ![alt](i.png) or [ref][1], _quiet_ words.\n',
		'b.adoc': ':jbake-title: B\n\nSee link:https://x.org[the docs], https://y.org[a site], (xref:other.adoc[Other]) and <<id,the part>> or <<plain>>.\n',
		'c.md': '# Closing hashes ##\n\nBody.\n',
		'd.adoc': ':jbake-type: post\n\n= Closing equals ==\n\nBody.\n',
		'e.html': 'date=2020-01-01\n~~~~~~\n<P class="x">First <b>para</b>.</p><p>Second</p>\n',
	}), {cache: false});
	const by = new Map(archive.posts.map(post => [post.path, post]));
	assert.equal(by.get('a.md')!.summary, 'See the docs and or ref, quiet words.');
	assert.equal(by.get('b.adoc')!.summary, 'See the docs, a site, (Other) and the part or plain.');
	assert.equal(by.get('c.md')!.title, 'Closing hashes');
	assert.equal(by.get('d.adoc')!.title, 'Closing equals');
	assert.equal(by.get('e.html')!.summary, 'First para.');
});
