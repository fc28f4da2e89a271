import assert from 'node:assert/strict';
import {test} from 'node:test';
import {runCli, writeArchive} from '../helpers/cli.js';

// The built binary loads the YAML and TOML parsers from files of their own on first need
// (source/files/libraries.ts): a Hugo site's config and front matter beyond simple
// `key: value` lines must still be read, from wherever the bundle put the code that loads them.
test('the built binary reads TOML front matter, a Hugo TOML config and YAML that needs the full parser', () => {
	const root = writeArchive({
		'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "Site"\n',
		'content/posts/toml.md': '+++\ntitle = "From TOML"\ndate = 2020-01-02\ntags = ["alpha", "beta"]\n+++\nA TOML post.\n',
		'content/posts/anchored.md': '---\ntitle: &name "Anchored title"\nsubtitle: *name\ndate: 2021-03-04\ntags:\n  - {name: gamma}\n---\nA YAML post.\n',
	});
	const run = runCli(['--dir', root, 'list', '--json']);
	assert.equal(run.code, 0, run.stderr);
	const posts = JSON.parse(run.stdout) as Array<{slug: string; title: string; date: string | null; tags: string[]}>;
	const bySlug = new Map(posts.map(post => [post.slug, post]));
	assert.deepEqual(bySlug.get('toml'), {...bySlug.get('toml'), title: 'From TOML', date: '2020-01-02', tags: ['alpha', 'beta']});
	assert.deepEqual(bySlug.get('anchored'), {...bySlug.get('anchored'), title: 'Anchored title', date: '2021-03-04', tags: ['gamma']});
	const info = runCli(['--dir', root, 'info', '--json']);
	assert.equal(info.code, 0, info.stderr);
	const site = JSON.parse(info.stdout) as {generator: string; baseUrl: string | null};
	assert.equal(site.generator, 'hugo');
	assert.equal(site.baseUrl, 'https://example.org/');
});

// The entity tables are a library file of their own too, loaded by the first `&name;` met.
test('the built binary decodes character references in titles and bodies', () => {
	const root = writeArchive({'posts/refs.md': '# Fish &amp; chips &eacute;t&eacute;\n\nA &copy; B &#8217; C &nosuch; D\n'});
	const run = runCli(['--dir', root, 'list', '--json']);
	assert.equal(run.code, 0, run.stderr);
	assert.equal((JSON.parse(run.stdout) as Array<{title: string}>)[0]?.title, 'Fish & chips été');
	const shown = runCli(['--dir', root, 'show', 'refs', '--plain']);
	assert.equal(shown.code, 0, shown.stderr);
	assert.match(shown.stdout, /A © B ’ C &nosuch; D/);
});
