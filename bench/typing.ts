/**
The typing measures alone (`--typing`): key → typed character and key → results at 10k posts,
warm cache, for one build or several (`--dist <folder>`, repeatable). Sessions of the builds
alternate, so each build sees the same machine load; nothing is written to RESULTS.md.

	node --import tsx bench/run.ts --typing [--runs 6] [--dist before/dist --dist after/dist]
*/
import {loadavg} from 'node:os';
import {archiveOf} from './archives.js';
import {readerEntry} from './build-copy.js';
import {readerSession, stateFolder, warmCache} from './measures.js';
import {summarize, type Summary} from './stats.js';

function optionValues(argv: readonly string[], name: string): string[] {
	const values: string[] = [];
	for (let at = 0; at < argv.length - 1; at++) {
		if (argv[at] === name) {
			values.push(argv[at + 1]!);
		}
	}

	return values;
}

const format = (summary: Summary): string => `median ${summary.median.toFixed(1)} ms, p95 ${summary.p95.toFixed(1)} ms (min ${summary.min.toFixed(1)}, max ${summary.max.toFixed(1)}, n=${summary.count})`;

export async function typingOnly(argv: readonly string[], query: string, log: (text: string) => void): Promise<void> {
	const dists = optionValues(argv, '--dist');
	const builds = dists.length === 0 ? [{name: 'dist', entry: readerEntry()}] : dists.map(dist => ({name: dist, entry: readerEntry(dist)}));
	const runs = Number(optionValues(argv, '--runs').at(-1) ?? 6);
	const archive = archiveOf('10k', 10_000);
	const state = stateFolder();
	const loadBefore = loadavg()[0]!;
	const samples = builds.map(() => ({echo: [] as number[], results: [] as number[]}));
	try {
		state.empty();
		await warmCache(archive, state.path);
		for (let run = 0; run < runs; run++) {
			for (const [at, build] of builds.entries()) {
				log(`typing, run ${run + 1}/${runs}, ${build.name}`);
				 
				const session = await readerSession({dir: archive, stateDir: state.path, waitForIndex: true, query, rounds: 2, script: build.entry});
				samples[at]!.echo.push(...session.keyEchoMs);
				samples[at]!.results.push(...session.keyResultsMs);
			}
		}
	} finally {
		state.remove();
	}

	const lines = [`typing "${query}" at 10k posts, warm cache, load average ${loadBefore.toFixed(1)} before and ${loadavg()[0]!.toFixed(1)} after`];
	for (const [at, build] of builds.entries()) {
		lines.push(`${build.name}`, `  key → typed character shown: ${format(summarize(samples[at]!.echo))}`, `  key → results shown:         ${format(summarize(samples[at]!.results))}`);
	}

	process.stdout.write(`\n${lines.join('\n')}\n`);
}
