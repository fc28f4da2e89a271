// Runs the test files with node:test. `node scripts/test.js` runs them all (what npm test and CI
// run). `--fast` runs the core's unit tests, for a loop of under a minute on two cores. It leaves
// out the folders that start the built program (end to end, hostile terminals, the package, the
// command line, real blogs) and the screens' component tests (ui: each file loads Ink and React).
// It also leaves out the files whose inputs are large on purpose: the doubling tests (`*linear*`,
// which time growth), the renderer's and loader's hostile inputs (a 5 MB post, thousands of
// nested levels), the render budgets (which wait them out) and the relevance table (which reads
// real blogs).
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';

const slow = new Set(['e2e', 'hostile', 'package', 'corpus', 'commands', 'cli', 'ui']);
const slowFiles = ['linear', 'hostile', 'bounded', 'relevance'];
const fast = process.argv.includes('--fast');

function testFiles(dir) {
	return readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			return fast && dir === 'test' && slow.has(entry.name) ? [] : testFiles(path);
		}

		return /\.test\.tsx?$/.test(entry.name) && !(fast && slowFiles.some(part => entry.name.includes(part))) ? [path] : [];
	});
}

// `--only ui` (or any folder of test/): that folder's files alone, the component tests for one.
const only = process.argv[process.argv.indexOf('--only') + 1];
const files = testFiles(process.argv.includes('--only') && only ? join('test', only) : 'test').sort();
const {status, signal} = spawnSync(process.execPath, ['--import', 'tsx', '--import', './test/setup.ts', '--test', '--test-concurrency=2', ...files], {stdio: 'inherit'});
process.exitCode = status ?? (signal ? 1 : 0);
