import assert from 'node:assert/strict';
import {test} from 'node:test';
import {filterHeadings, sectionAt} from '../../../../source/ui/screens/reader/outline.js';

const headings = [
	{level: 1, text: 'Introduction', id: 'introduction', line: 4},
	{level: 2, text: 'Blockchain, Commons and P2P', id: 'blockchain-commons-and-p2p', line: 10},
	{level: 2, text: 'Bitmind and the Open Value Networks', id: 'bitmind', line: 40},
	{level: 3, text: 'The transfer', id: 'the-transfer', line: 70},
];

test('the outline filters fuzzily as you type; empty shows all', () => {
	assert.equal(filterHeadings(headings, '').length, 4);
	assert.equal(filterHeadings(headings, 'bitmnd')[0]?.id, 'bitmind');
	assert.equal(filterHeadings(headings, 'comons')[0]?.id, 'blockchain-commons-and-p2p');
});

test('the section a line is in is the last heading at or above it', () => {
	assert.equal(sectionAt(headings, 0), undefined);
	assert.equal(sectionAt(headings, 10)?.id, 'blockchain-commons-and-p2p');
	assert.equal(sectionAt(headings, 69)?.id, 'bitmind');
	assert.equal(sectionAt(headings, 500)?.id, 'the-transfer');
});
