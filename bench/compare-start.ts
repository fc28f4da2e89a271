/**
First frame of two or more builds, sessions alternating so each build sees the same machine load:
the wall time and the reader's main-thread CPU time until a list row shows (CPU time is what a
change moves; on a busy machine the wall time mostly measures the others). Warm cache; each
build fills its own. Nothing is written to RESULTS.md.

	node --import tsx bench/compare-start.ts [--runs 8] [--dir DIR] --dist A/dist --dist B/dist
*/
import {argv} from 'node:process';
import {readerEntry} from './build-copy.js';
import {startProbe} from './pty-probe.js';
import {showsPosts} from './screen.js';
import {stateFolder, warmCacheWith} from './measures.js';
import {summarize} from './stats.js';

const values = (name: string): string[] => argv.flatMap((value, at) => (argv[at - 1] === name ? [value] : []));
const runs = Number(values('--runs').at(-1) ?? 8);
const dir = values('--dir').at(-1);
const builds = values('--dist').map(dist => ({dist, entry: readerEntry(dist), state: stateFolder(), wall: [] as number[], cpu: [] as number[]}));
for (const build of builds) {
	build.state.empty();
	await warmCacheWith(build.entry, dir, build.state.path);
}

for (let run = 0; run < runs; run++) {
	for (const build of builds) {
		const probe = startProbe({args: dir === undefined ? [] : ['--dir', dir], env: {BLOG_READER_STATE_DIR: build.state.path}, script: build.entry, cpu: true});
		try {
			const at = await probe.waitFor(showsPosts, 'the first frame');
			build.wall.push(at - probe.spawnedAt);
			build.cpu.push(probe.cpuMsAt(at));
		} finally {
			probe.close();
		}
	}
}

for (const build of builds) {
	const wall = summarize(build.wall);
	const cpu = summarize(build.cpu.filter(Number.isFinite));
	process.stdout.write(`${build.dist}: first frame ${wall.median.toFixed(0)} ms wall (min ${wall.min.toFixed(0)}), main thread CPU ${cpu.median.toFixed(0)} ms (min ${cpu.min.toFixed(0)}), n=${wall.count}\n`);
	build.state.remove();
}
