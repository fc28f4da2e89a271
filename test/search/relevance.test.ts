import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {corpusRoot, measureRelevance} from './relevance/measure.js';
import {relevanceBlogs} from './relevance/queries.js';

/*
The rank of each query's wanted post on real blogs, against the ranks recorded in
relevance/baseline.json (null: not in the first hundred). No query may rank its post lower than
the baseline says; when a change ranks one better, the baseline is updated in the same commit.
*/
type Baseline = Record<string, Record<string, number | null>>;
const baseline = JSON.parse(readFileSync(join(import.meta.dirname, 'relevance', 'baseline.json'), 'utf8')) as Baseline;
const worst = (rank: number | null | undefined): number => rank ?? Number.POSITIVE_INFINITY;

describe('relevance on real blogs', {timeout: 120_000}, () => {
	it('ranks every query\'s post at least as well as the baseline, and reports the share in the top three', t => {
		const {measured, missing} = measureRelevance();
		if (missing.length === relevanceBlogs.length) {
			t.skip(`no real blogs under ${corpusRoot} (set BLOG_READER_CORPUS to a folder holding ${missing.join(', ')})`);
			return;
		}

		if (missing.length > 0) {
			t.diagnostic(`not present, skipped: ${missing.join(', ')}`);
		}

		const topThree = measured.filter(entry => entry.rank !== null && entry.rank <= 3).length;
		const before = measured.filter(entry => worst(baseline[entry.blog]?.[entry.query]) <= 3).length;
		t.diagnostic(`top three: ${topThree}/${measured.length} (baseline ${before}/${measured.length})`);
		const worse = measured
			.filter(entry => worst(entry.rank) > worst(baseline[entry.blog]?.[entry.query]))
			.map(entry => `${entry.query} (${entry.blog}): rank ${entry.rank ?? 'not found'}, baseline ${baseline[entry.blog]?.[entry.query]}`);
		assert.deepEqual(worse, []);
	});
});
