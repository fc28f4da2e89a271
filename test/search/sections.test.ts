import assert from 'node:assert/strict';
import {test} from 'node:test';
import {withFilter, filterValue} from '../../source/search/filter-text.js';
import {countAuthors, countSections} from '../../source/search/sections.js';
import {countTags} from '../../source/search/tag-counts.js';
import {countTags as commandCount} from '../../source/commands/tags.js';
import {postWith} from '../helpers/post.js';

const posts = [
	postWith({slug: 'a', title: 'A', section: null, authors: ['Aaron Turon', 'Niko']}),
	postWith({slug: 'b', title: 'B', section: 'inside-rust', authors: ['niko']}),
	postWith({slug: 'c', title: 'C', section: 'inside-rust', authors: []}),
	postWith({slug: 'd', title: 'D', section: null, authors: ['Niko', 'Niko']}),
	postWith({slug: 'e', title: 'E', section: 'inside-rust', authors: []}),
	postWith({slug: 'f', title: 'F', section: 'zz', authors: []}),
];

test('sections are listed with their posts, the main blog (no folder) as null', () => {
	assert.deepEqual(countSections(posts), [{section: 'inside-rust', count: 3}, {section: null, count: 2}, {section: 'zz', count: 1}]);
	assert.deepEqual(countSections(posts.slice(0, 2).concat(posts[3]!, posts[2]!)), [{section: null, count: 2}, {section: 'inside-rust', count: 2}], 'on a tie the main blog first');
	assert.deepEqual(countSections([]), []);
});

test('authors are counted once per post, names differing in case as one', () => {
	assert.deepEqual(countAuthors(posts), [{author: 'Niko', count: 3}, {author: 'Aaron Turon', count: 1}]);
});

test('the tags command and the tags view count with the same function', () => {
	assert.equal(commandCount, countTags);
});

test('a view\'s filter replaces the one of its kind in the query, keeping words and other filters', () => {
	assert.equal(withFilter('', 'tag:rust', ['tag']), 'tag:rust');
	assert.equal(withFilter('borrow tag:old year:2019', 'tag:rust', ['tag']), 'borrow year:2019 tag:rust');
	assert.equal(withFilter('#old -tag:x borrow', 'tag:rust', ['tag']), 'borrow tag:rust');
	assert.equal(withFilter('year:2019 "a phrase" after:2019-02', 'after:2019-12 before:2020-02', ['year', 'after', 'before']), '"a phrase" after:2019-12 before:2020-02');
	assert.equal(withFilter('author:"Aaron Turon" x', 'author:niko', ['author']), 'x author:niko');
	assert.equal(filterValue('Aaron Turon'), '"Aaron Turon"');
	assert.equal(filterValue('p2p'), 'p2p');
});
