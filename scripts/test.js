// Runs the test files with node:test. `node scripts/test.js` runs them all (what npm test and CI
// run); `--fast` leaves out the folders that start the built program (end to end, hostile
// terminals, the package, the command line, real blogs) and the doubling tests (`*linear*`, which
// time growth on inputs made large on purpose), for a loop of about a minute.
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';

const slow = new Set(['e2e', 'hostile', 'package', 'corpus', 'commands', 'cli']);
const fast = process.argv.includes('--fast');

function testFiles(dir) {
	return readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			return fast && dir === 'test' && slow.has(entry.name) ? [] : testFiles(path);
		}

		return /\.test\.tsx?$/.test(entry.name) && !(fast && entry.name.includes('linear')) ? [path] : [];
	});
}

const files = testFiles('test').sort();
const {status, signal} = spawnSync(process.execPath, ['--import', 'tsx', '--import', './test/setup.ts', '--test', '--test-concurrency=2', ...files], {stdio: 'inherit'});
process.exitCode = status ?? (signal ? 1 : 0);
