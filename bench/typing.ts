/**
The typing measures alone (`--typing`): key → typed character and key → results at 10k posts,
warm cache, for one build or several (`--dist <folder>`, repeatable). Sessions of the builds
alternate, so each build sees the same machine load; nothing is written to RESULTS.md.

	node --import tsx bench/run.ts --typing [--runs 6] [--posts 50k] [--dist before/dist --dist after/dist]

Each key's results are also given by how long the query was then: the first letter of a round
ranks nearly every post, so it is the one the tail is made of.
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
	const size = optionValues(argv, '--posts').at(-1) ?? '10k';
	const archive = size === '50k' ? archiveOf('50k', 50_000) : archiveOf('10k', 10_000);
	const state = stateFolder();
	const loadBefore = loadavg()[0]!;
	const samples = builds.map(() => ({echo: [] as number[], results: [] as number[], rss: [] as number[]}));
	try {
		state.empty();
		await warmCache(archive, state.path);
		for (let run = 0; run < runs; run++) {
			for (const [at, build] of builds.entries()) {
				log(`typing, run ${run + 1}/${runs}, ${build.name}`);
				 
				const session = await readerSession({dir: archive, stateDir: state.path, waitForIndex: true, query, rounds: 2, script: build.entry});
				samples[at]!.echo.push(...session.keyEchoMs);
				samples[at]!.results.push(...session.keyResultsMs);
				samples[at]!.rss.push(session.peakRssBytes / 1024 / 1024);
			}
		}
	} finally {
		state.remove();
	}

	const lines = [`typing "${query}" at ${size} posts, warm cache, load average ${loadBefore.toFixed(1)} before and ${loadavg()[0]!.toFixed(1)} after`];
	for (const [at, build] of builds.entries()) {
		const {echo, results, rss} = samples[at]!;
		lines.push(`${build.name}`, `  key → typed character shown: ${format(summarize(echo))}`, `  key → results shown:         ${format(summarize(results))}`, `  peak RSS: median ${summarize(rss).median.toFixed(0)} MB`);
		for (let length = 1; length <= query.length; length++) {
			const byLength = results.filter((_, key) => key % query.length === length - 1);
			lines.push(`    "${query.slice(0, length)}": ${format(summarize(byLength))}`);
		}
	}

	process.stdout.write(`\n${lines.join('\n')}\n`);
}
