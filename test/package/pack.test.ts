import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {repoRoot} from '../helpers/cli.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

test('npm pack gives a tarball that runs with npx from a folder outside the repo', {timeout: 180_000}, () => {
	const out = mkdtempSync(join(tmpdir(), 'blog-reader-pack-'));
	// `npm test` has just built dist/; packing without scripts keeps prepack from rebuilding it
	// underneath the other test files that run the binary at the same time.
	execFileSync(npm, ['pack', '--silent', '--ignore-scripts', '--pack-destination', out], {cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit']});
	const [tarball] = readdirSync(out).filter(name => name.endsWith('.tgz'));
	assert.ok(tarball, 'no tarball');

	const elsewhere = mkdtempSync(join(tmpdir(), 'blog-reader-npx-'));
	const npx = (...args: string[]) => spawnSync(npm, ['exec', '--yes', `--package=${join(out, tarball)}`, '--', 'blog-reader', ...args], {
		cwd: elsewhere,
		encoding: 'utf8',
		env: {...process.env, npm_config_update_notifier: 'false'},
	});

	const version = npx('--version');
	assert.equal(version.status, 0, version.stderr);
	assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);

	// The bundled archive travels with the package.
	const list = npx('list');
	assert.equal(list.status, 0, list.stderr);
	assert.match(list.stdout, /^2017-02-03\tBlockchain Technologies and the P2P Paradigm\t/);

	const show = npx('show', 'blockchain', '--plain');
	assert.equal(show.status, 0, show.stderr);
	assert.match(show.stdout, /Blockchain, Commons and P2P/);
});
