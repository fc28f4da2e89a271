/**
Pipe commands of two or more builds, side by side with `node -e 0`: each round runs the baseline
and then every build once, so all of them see the same machine load. Warm cache; each build
fills its own. Prints medians and ratios; nothing is written to RESULTS.md.

	node --import tsx bench/compare-pipes.ts [--runs 10] [--dir DIR] --dist A/dist --dist B/dist \
		[--command "show post-5"] [--command "search ledger --json"]

The first-frame side of a comparison is bench/compare-start.ts.
*/
import {argv} from 'node:process';
import {readerEntry} from './build-copy.js';
import {nodeBaseline, stateFolder, warmCacheWith} from './measures.js';
import {timeReader} from './processes.js';
import {summarize} from './stats.js';

const values = (name: string): string[] => argv.flatMap((value, at) => (argv[at - 1] === name ? [value] : []));
const runs = Number(values('--runs').at(-1) ?? 10);
const dir = values('--dir').at(-1);
const given = values('--command');
const commands = (given.length > 0 ? given : ['list', 'show post-5', 'search ledger --json']).map(command => command.split(' '));
const builds = values('--dist').map(dist => ({dist, entry: readerEntry(dist), state: stateFolder(), times: commands.map(() => [] as number[])}));
if (builds.length === 0) {
	process.stderr.write('compare-pipes: name at least one build with --dist\n');
	process.exit(2);
}

for (const build of builds) {
	build.state.empty();
	await warmCacheWith(build.entry, dir, build.state.path);
}

const where = dir === undefined ? [] : ['--dir', dir];
const baseline: number[] = [];
for (let run = 0; run < runs; run++) {
	baseline.push(await nodeBaseline());
	for (const [at, command] of commands.entries()) {
		for (const build of builds) {
			const {ms} = await timeReader([...where, ...command], {BLOG_READER_STATE_DIR: build.state.path}, build.entry);
			build.times[at]!.push(ms);
		}
	}
}

const node = summarize(baseline).median;
process.stdout.write(`node -e 0: ${node.toFixed(0)} ms median, n=${baseline.length}\n`);
for (const [at, command] of commands.entries()) {
	const cells = builds.map(build => {
		const {median, min} = summarize(build.times[at]!);
		return `${build.dist}: ${median.toFixed(0)} ms (min ${min.toFixed(0)}) ${(median / node).toFixed(2)}x`;
	});
	process.stdout.write(`${command.join(' ')}\t${cells.join('\t')}\n`);
}

for (const build of builds) {
	build.state.remove();
}
