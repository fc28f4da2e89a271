import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {test} from 'node:test';
import {type BlogResult, type Category, checkBlog, corpusBlogs, corpusFolder, tally, topPatterns} from './corpus.js';

/**
Every post of real blogs (Zola, Hugo, Jekyll, JBake/AsciiDoc, plain Markdown), rendered as a pipe
gets it, and counted for raw markup left in prose, words of the source lost, and link targets
not shown byte for byte. The blogs are not part of the repository: `BLOG_READER_CORPUS` names a
folder with one site root per sub-folder. The test fails only when a count grows past the
baseline recorded for that blog; each fix lowers the baseline, and the aim is zero everywhere.
`BLOG_READER_CORPUS_REPORT=<file>` writes every blog's patterns there as Markdown;
`BLOG_READER_CORPUS_BASELINE=write` records today's counts as the baseline (after a fix).
*/

const categories: readonly Category[] = ['markup', 'words', 'links'];
type Baseline = Record<string, Partial<Record<Category, number>>>;
const baselineFile = new URL('baseline.json', import.meta.url);
const folder = corpusFolder();
const blogs = corpusBlogs(folder);
const skip = blogs.length === 0 ? `no blogs in ${folder}: set BLOG_READER_CORPUS to a folder of real blog site roots` : false;

test('real blogs: raw markup, lost words and link targets stay within the baseline', {skip, timeout: 600_000}, async t => {
	const baseline = JSON.parse(readFileSync(baselineFile, 'utf8')) as Baseline;
	const results: BlogResult[] = [];
	const over: string[] = [];
	for (const name of blogs) {
		const started = performance.now();
		const result = await checkBlog(folder, name);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		results.push(result);
		const counts = categories.map(category => `${category} ${tally(result, category).hits} (${tally(result, category).posts} posts)`);
		t.diagnostic(`${name} [${result.generator}]: ${result.posts.length} posts read; ${counts.join(', ')}; internal links ${tally(result, 'internal').hits}; ${seconds} s (render ${result.seconds.render.toFixed(1)} s, checks ${result.seconds.checks.toFixed(1)} s)`);
		for (const category of categories) {
			for (const pattern of topPatterns(result, category, 3)) {
				t.diagnostic(`  ${category}: ${pattern.hits}× ${pattern.pattern} — ${pattern.example.path}: ${pattern.example.excerpt.slice(0, 100)}`);
			}

			const allowed = baseline[name]?.[category] ?? 0;
			const {hits} = tally(result, category);
			if (hits > allowed) {
				over.push(`${name} ${category}: ${hits} > baseline ${allowed}`);
			}
		}
	}

	if (process.env['BLOG_READER_CORPUS_BASELINE'] === 'write') {
		for (const result of results) {
			baseline[result.name] = Object.fromEntries(categories.map(category => [category, tally(result, category).hits]));
		}

		writeFileSync(baselineFile, `${JSON.stringify(baseline, null, '\t')}\n`);
		over.length = 0;
	}

	const report = process.env['BLOG_READER_CORPUS_REPORT'];
	if (report) {
		writeFileSync(report, markdownReport(results));
	}

	t.diagnostic(`${results.reduce((sum, result) => sum + result.posts.length, 0)} posts read in ${results.length} blogs`);
	assert.deepEqual(over, [], 'counts above test/corpus/baseline.json (lower the baseline when a fix brings one down)');
});

function markdownReport(results: readonly BlogResult[]): string {
	const lines: string[] = [];
	for (const result of results) {
		lines.push(`## ${result.name} (${result.generator}, ${result.posts.length} posts)`, '');
		for (const category of [...categories, 'internal'] as const) {
			const {hits, posts} = tally(result, category);
			lines.push(`### ${category}: ${hits} hits in ${posts} posts`, '');
			for (const pattern of topPatterns(result, category, 10)) {
				lines.push(`- ${pattern.hits}× in ${pattern.posts} posts — **${pattern.pattern}** — \`${pattern.example.path}\`: ${'`'}${pattern.example.excerpt.replaceAll('`', "'").slice(0, 160)}${'`'}`);
			}

			lines.push('');
		}
	}

	return lines.join('\n');
}
