import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {anyEscape, binary, runCli, writeArchive} from '../helpers/cli.js';
import {smallArchive} from './fixture.js';

const dir = smallArchive();

describe('list', () => {
	test('piped: tab-separated date, title, tags, slug, newest first, no colour', () => {
		const {stdout, code} = runCli(['list', '--dir', dir]);
		assert.equal(code, 0);
		const lines = stdout.trimEnd().split('\n');
		assert.deepEqual(lines.map(line => line.split('\t')[1]), [
			'Rust performance and stability',
			'Evil title',
			'Static sites with Hugo',
			'Blockchain Technologies and the P2P Paradigm',
		]);
		assert.deepEqual(lines[3]?.split('\t'), ['2017-02-03', 'Blockchain Technologies and the P2P Paradigm', 'english, commons, blockchain, p2p', 'blockchain']);
		assert.doesNotMatch(stdout, anyEscape);
	});

	test('the bundled archive is read when no folder is given', () => {
		const {stdout, code} = runCli(['list']);
		assert.equal(code, 0);
		assert.equal(stdout, '2017-02-03\tBlockchain Technologies and the P2P Paradigm\tenglish, commons, blockchain, p2p\tblockchain\n');
	});

	test('BLOG_READER_DIR names the archive; --dir wins over it', () => {
		assert.match(runCli(['list'], {env: {BLOG_READER_DIR: dir}}).stdout, /Static sites with Hugo/);
		assert.doesNotMatch(runCli(['list', '-d', dir], {env: {BLOG_READER_DIR: '/nonexistent'}}).stdout, /^$/);
	});

	test('--json gives the post objects without bodies', () => {
		const {stdout, code} = runCli(['list', '--json', '--dir', dir]);
		assert.equal(code, 0);
		const posts = JSON.parse(stdout) as Array<Record<string, unknown>>;
		const post = posts.find(p => p['slug'] === 'blockchain');
		assert.ok(post);
		for (const key of ['slug', 'title', 'date', 'tags', 'authors', 'status', 'type', 'summary', 'words', 'minutes', 'path']) {
			assert.ok(key in post, `missing ${key}`);
		}

		assert.equal(post['date'], '2017-02-03');
		assert.deepEqual(post['tags'], ['english', 'commons', 'blockchain', 'p2p']);
		assert.equal(post['body'], undefined);
	});

	test('--tag, --year, --drafts and --pages filter', () => {
		assert.equal(runCli(['list', '--tag', 'RUST', '-d', dir]).stdout.split('\t')[1], 'Rust performance and stability');
		assert.match(runCli(['list', '--year', '2019', '-d', dir]).stdout, /^2019-09-30\tStatic sites with Hugo/);
		assert.doesNotMatch(runCli(['list', '-d', dir]).stdout, /Unfinished/);
		assert.match(runCli(['list', '--drafts', '-d', dir]).stdout, /Unfinished thoughts/);
		assert.match(runCli(['list', '--pages', '-d', dir]).stdout, /About me/);
		assert.doesNotMatch(runCli(['list', '-d', dir]).stdout, /About me/);
	});

	test('nothing found exits 1 with a message', () => {
		const {stdout, stderr, code} = runCli(['list', '--tag', 'nope', '-d', dir]);
		assert.equal(code, 1);
		assert.equal(stdout, '');
		assert.match(stderr, /^blog-reader: no posts match\n$/);
	});

	test('no command, piped: the same as list', () => {
		assert.equal(runCli(['-d', dir]).stdout, runCli(['list', '-d', dir]).stdout);
	});
});

describe('show', () => {
	test('by slug, piped: plain text, header first, links as numbered references', () => {
		const {stdout, code} = runCli(['show', 'blockchain', '-d', dir]);
		assert.equal(code, 0);
		assert.doesNotMatch(stdout, /\u001B/);
		assert.match(stdout, /Blockchain Technologies and the P2P Paradigm/);
		assert.match(stdout, /2017-02-03/);
		assert.match(stdout, /Blockchain, Commons and P2P/);
		assert.match(stdout, /Bitmind \[1\]/);
		assert.match(stdout, /\[1\]: http:\/\/www\.sciartlab\.com\/\?page_id=186/);
		assert.ok(stdout.indexOf('Blockchain Technologies') < stdout.indexOf('Blockchain, Commons'));
	});

	test('by path inside the archive and by a clear search', () => {
		assert.match(runCli(['show', '2017/blockchain.md', '-d', dir, '--raw']).stdout, /^## Blockchain, Commons and P2P/m);
		assert.match(runCli(['show', 'hugo fast', '-d', dir, '--raw']).stdout, /Hugo builds sites fast/);
	});

	test('--raw prints the Markdown body without its header', () => {
		const {stdout} = runCli(['show', 'blockchain', '--raw', '-d', dir]);
		assert.doesNotMatch(stdout, /~~~~~~|title=/);
		assert.match(stdout, /\*\*P2P\*\*/);
	});

	test('--json adds the body', () => {
		const post = JSON.parse(runCli(['show', 'blockchain', '--json', '-d', dir]).stdout) as Record<string, unknown>;
		assert.equal(post['slug'], 'blockchain');
		assert.match(String(post['body']), /Michel Bauwens/);
	});

	test('--color always styles even into a pipe (for less -R); --color never and NO_COLOR do not', () => {
		assert.match(runCli(['show', 'blockchain', '--color', '-d', dir]).stdout, /\u001B\[/);
		assert.match(runCli(['show', 'blockchain', '--color=always', '-d', dir]).stdout, /\u001B\[/);
		assert.doesNotMatch(runCli(['show', 'blockchain', '--color=never', '-d', dir]).stdout, /\u001B/);
		assert.doesNotMatch(runCli(['show', 'blockchain', '--plain', '-d', dir], {env: {FORCE_COLOR: '1'}}).stdout, /\u001B/);
		assert.match(runCli(['show', 'blockchain', '-d', dir], {env: {FORCE_COLOR: '1'}}).stdout, /\u001B\[/);
		assert.doesNotMatch(runCli(['show', 'blockchain', '-d', dir], {env: {NO_COLOR: '1'}}).stdout, /\u001B/);
	});

	test('--width wraps the text', () => {
		const {stdout} = runCli(['show', 'blockchain', '--width', '30', '-d', dir]);
		for (const line of stdout.split('\n')) {
			// `[n]: url` lines stay whole in a pipe (a URL is never cut in two); the rest wraps.
			assert.ok([...line].length <= 30 || /^\[\d+\]: \S+$/.test(line), `too wide: ${line}`);
		}
	});

	test('a path outside the archive is refused with exit 2', () => {
		for (const path of ['../../etc/passwd', '/etc/passwd']) {
			const {stdout, stderr, code} = runCli(['show', path, '-d', dir]);
			assert.equal(code, 2, path);
			assert.equal(stdout, '');
			assert.match(stderr, /^blog-reader: refused .*outside the archive\n$/);
		}
	});

	test('nothing found exits 1; an ambiguous search lists the candidates', () => {
		const none = runCli(['show', 'zzzzqqq', '-d', dir]);
		assert.equal(none.code, 1);
		assert.match(none.stderr, /no post matches zzzzqqq/);
		const several = runCli(['show', 't', '-d', dir]);
		assert.equal(several.code, 1);
		assert.equal(several.stdout, '');
		assert.match(several.stderr, /matches several posts/);
		assert.match(several.stderr, /^ {2}blockchain\t2017-02-03\tBlockchain Technologies and the P2P Paradigm$/m);
	});

	test('hostile text is shown harmlessly', () => {
		const {stdout, code} = runCli(['show', 'evil', '-d', dir, '--color=always']);
		assert.equal(code, 0);
		assert.match(stdout, /clipboard and/);
		assert.doesNotMatch(stdout, /\u001B\]52|\u001B\]0|\u001B\[2J|\u0007/);
	});
});

describe('search', () => {
	test('ranked matches in list format; prefix words', () => {
		const {stdout, code} = runCli(['search', 'perf', '-d', dir]);
		assert.equal(code, 0);
		assert.match(stdout, /^2021-05-01\tRust performance and stability\trust, performance\trust-performance\n/);
	});

	test('--json and --limit', () => {
		const posts = JSON.parse(runCli(['search', 'p2p', '--json', '--limit', '1', '-d', dir]).stdout) as Array<{slug: string}>;
		assert.deepEqual(posts.map(post => post.slug), ['blockchain']);
	});

	test('a typo in a title word still finds it', () => {
		assert.match(runCli(['search', 'stabilty', '-d', dir]).stdout, /Rust performance and stability/);
	});

	test('no match exits 1', () => {
		const {code, stderr} = runCli(['search', 'zzzz', '-d', dir]);
		assert.equal(code, 1);
		assert.match(stderr, /no posts match/);
	});
});

describe('tags and info', () => {
	test('tags: most used first, tab-separated when piped, JSON on request', () => {
		const {stdout, code} = runCli(['tags', '-d', dir]);
		assert.equal(code, 0);
		assert.match(stdout, /^english\t1$/m);
		const json = JSON.parse(runCli(['tags', '--json', '-d', dir]).stdout) as Array<{tag: string; count: number}>;
		assert.ok(json.some(entry => entry.tag === 'rust' && entry.count === 1));
	});

	test('info tells the generator and counts', () => {
		const facts = JSON.parse(runCli(['info', '--json', '-d', dir]).stdout) as Record<string, unknown>;
		assert.equal(facts['generator'], 'plain');
		assert.equal(facts['pages'], 1);
		assert.equal(facts['drafts'], 1);
	});
});

describe('usage and failures', () => {
	test('--help and --version work for each command', () => {
		assert.match(runCli(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
		assert.match(runCli(['--help']).stdout, /Usage/);
		for (const command of ['list', 'show', 'search', 'tags', 'info']) {
			const {stdout, code} = runCli([command, '--help']);
			assert.equal(code, 0);
			assert.match(stdout, new RegExp(`blog-reader ${command}`));
			assert.equal(runCli([command, '--version']).code, 0);
		}
	});

	test('bad usage exits 2 with one line, never a stack trace', () => {
		for (const args of [['frob'], ['list', '--width', 'abc'], ['show'], ['search'], ['list', '--color=sometimes'], ['show', 'x', '--raw', '--json']]) {
			const {stderr, code} = runCli(args);
			assert.equal(code, 2, args.join(' '));
			assert.match(stderr, /^blog-reader: .+\n$/);
			assert.doesNotMatch(stderr, /\n\s+at /);
		}
	});

	test('an unreadable archive folder exits 2', () => {
		for (const args of [['list', '-d', '/nonexistent/blog'], ['list', '-d', '/etc/hostname']]) {
			const {stderr, code} = runCli(args);
			assert.equal(code, 2);
			assert.match(stderr, /^blog-reader: .+\n$/);
		}
	});

	test('piping into head ends quietly', () => {
		const many: Record<string, string> = {};
		for (let index = 0; index < 3000; index++) {
			many[`post-${index}.md`] = `# Post number ${index}\n\nText.\n`;
		}

		const big = writeArchive(many);
		const result = spawnSync('bash', ['-c', `"${process.execPath}" "${binary}" list -d "${big}" | head -n 1; echo "status=\${PIPESTATUS[0]}" >&2`], {encoding: 'utf8'});
		assert.equal(result.stdout.split('\n').length, 2);
		assert.equal(result.stderr, 'status=0\n');
	});
});

describe('the metadata index cache', () => {
	test('a warm start lists the same; --no-cache reads every file and writes no index', () => {
		const state = writeArchive({});
		const env = {BLOG_READER_STATE_DIR: state};
		const cold = runCli(['list', '--json', '-d', dir], {env});
		const warm = runCli(['list', '--json', '-d', dir], {env});
		assert.equal(warm.stdout, cold.stdout);
		assert.ok(readdirSync(state, {recursive: true}).length > 0, 'an index was written');

		const none = writeArchive({});
		const uncached = runCli(['list', '--json', '--no-cache', '-d', dir], {env: {BLOG_READER_STATE_DIR: none}});
		assert.equal(uncached.stdout, cold.stdout);
		assert.deepEqual(readdirSync(none), []);
	});
});
