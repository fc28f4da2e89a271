import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parseQuery} from '../../source/search/query.js';
import {snippetOf} from '../../source/search/snippet.js';

const terms = (query: string) => parseQuery(query).include;
const hits = (snippet: ReturnType<typeof snippetOf>) => snippet?.ranges.map(([start, end]) => snippet.text.slice(start, end));

describe('snippetOf', () => {
	it('gives the first line with a hit, markup dropped, every hit as a range', () => {
		const snippet = snippetOf('# Title\n\nNothing here.\nThe **ledger** keeps a Ledger of ledgers.\nledger again', terms('ledger'));
		assert.equal(snippet?.text, 'The ledger keeps a Ledger of ledgers.');
		assert.deepEqual(hits(snippet), ['ledger', 'Ledger', 'ledger']);
	});

	it('cuts a long line around the first hit, marking the cuts', () => {
		const line = `${'lorem ipsum '.repeat(30)}the consensus protocol ${'dolor sit '.repeat(30)}`;
		const snippet = snippetOf(line, terms('consensus'), 60)!;
		assert.ok(snippet.text.startsWith('…') && snippet.text.endsWith('…'));
		assert.ok(snippet.text.length <= 62);
		assert.deepEqual(hits(snippet), ['consensus']);
	});

	it('maps folded hits back onto the original text', () => {
		const snippet = snippetOf('Une crème brûlée.', terms('creme brulee'));
		assert.deepEqual(hits(snippet), ['crème', 'brûlée']);
	});

	it('gives nothing when no line holds a word', () => {
		assert.equal(snippetOf('nothing to see', terms('ledger')), undefined);
		assert.equal(snippetOf('', terms('ledger')), undefined);
	});
});
