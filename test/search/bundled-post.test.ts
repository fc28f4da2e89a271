import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {searchPosts} from '../../source/search/rank.js';
import {highlighted, makePost, titles} from './make-post.js';

// The bundled post's header and opening, as the archive loader gives them.
const bundled = makePost({
	slug: 'blockchain',
	title: 'Blockchain Technologies and the P2P Paradigm',
	date: '2017-02-03',
	tags: ['english', 'commons', 'blockchain', 'p2p'],
	summary: 'Michel Bauwens defines the term P2P as the relational dynamic of distributed networks.',
	path: 'blog/2017/blockchain.md',
	body: [
		'![](https://dgrmunch.github.io/blog/img/blockchain.jpg)',
		'## Blockchain, Commons and P2P',
		'Michel Bauwens defines the term **P2P** as the *relational dynamic of distributed networks*.',
		'*Distributed networks* are different from *centralized networks*, those with a centralized topology on one node.',
	].join('\n\n'),
});

describe('the bundled post', () => {
	it('is found by p2p, with P2P highlighted in its title', () => {
		const matches = searchPosts([bundled], 'p2p');
		assert.deepEqual(titles(matches), ['Blockchain Technologies and the P2P Paradigm']);
		assert.deepEqual(highlighted(matches[0]!), ['P2P']);
	});

	it('is found by words from its body and by a typo in its title', () => {
		assert.deepEqual(titles(searchPosts([bundled], 'bauwens topology')), [bundled.title]);
		assert.deepEqual(titles(searchPosts([bundled], 'paradgim')), [bundled.title]);
	});

	it('is not found by zzzz', () => {
		assert.deepEqual(searchPosts([bundled], 'zzzz'), []);
	});
});
