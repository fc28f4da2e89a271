import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Action} from '../../../source/ui/keys/keymap.js';
import {navigate} from '../../../source/ui/navigation/navigate.js';
import {screenOf} from '../../../source/ui/navigation/screen.js';
import {initialNavigation, type Navigation, type Viewport} from '../../../source/ui/navigation/state.js';
import {mainSection, shownEntries, viewEntries, type ViewKind} from '../../../source/ui/screens/views/entries.js';
import type {SortOrder} from '../../../source/search/sort-order.js';
import {postWith} from '../../helpers/post.js';

const posts = [
	postWith({slug: 'a', title: 'Alpha', date: '2021-02-01', tags: ['rust', 'Async'], section: null, authors: ['Niko']}),
	postWith({slug: 'b', title: 'Beta', date: '2021-01-15', tags: ['rust'], section: 'inside-rust', authors: ['Aaron Turon']}),
	postWith({slug: 'c', title: 'Gamma', date: '2019-07-04', tags: ['cargo'], section: 'inside-rust', authors: []}),
];

function viewport(rankIn: (order: SortOrder) => number = () => 0): Viewport {
	return {count: 30, listHeight: 10, pageHeight: 20, lineCount: 0, views: {entries: (kind: ViewKind) => viewEntries(kind, posts), rankIn}};
}

function run(state: Navigation, port: Viewport, ...steps: Array<Action | `type:${string}`>): Navigation {
	return steps.reduce<Navigation>((current, step) => navigate(current, step.startsWith('type:') ? {type: 'type', text: step.slice(5)} : {type: 'action', action: step as Action}, port), state);
}

test('s cycles the order, keeping the selected post selected at its new place, and says which', () => {
	// The selected post is 7th newest, 20th oldest, 3rd by title.
	const places: Record<SortOrder, number> = {newest: 7, oldest: 20, title: 3, relevance: 0};
	const port = viewport(order => places[order]);
	let state = run(initialNavigation, port, ...Array.from({length: 7}, () => 'select-next' as const));
	state = run(state, port, 'sort');
	assert.equal(state.sort, 'oldest');
	assert.equal(state.selected, 20);
	assert.ok(state.listTop <= 20 && state.listTop + 10 > 20, 'the selection is on screen');
	assert.equal(state.notice, 'sorted by oldest first');
	state = run(state, port, 'sort');
	assert.equal(state.sort, 'title');
	assert.equal(state.selected, 3);
	assert.equal(run(state, port, 'sort').sort, undefined, 'no query: relevance is skipped, back to the default newest');
	assert.equal(run(state, port, 'sort').notice, 'sorted by newest first');
	const searched = run({...state, query: 'borrow'}, port, 'sort');
	assert.equal(searched.sort, undefined, 'with a query relevance is offered: the query\'s own order');
	assert.equal(searched.notice, 'sorted by relevance');
});

test('# opens the tags, typing filters them, Enter puts the tag into the search line; Esc goes back', () => {
	const port = viewport();
	let state = run({...initialNavigation, query: 'borrow tag:old'}, port, 'tags');
	assert.equal(screenOf(state), 'picker');
	state = run(state, port, 'type:car');
	assert.equal(state.listView?.filter, 'car');
	assert.deepEqual(shownEntries(viewEntries('tags', posts).entries, 'car').map(entry => entry.label), ['cargo']);
	state = run(state, port, 'open');
	assert.equal(screenOf(state), 'list');
	assert.equal(state.query, 'borrow tag:cargo', 'the tag chosen before is replaced, the words kept');
	assert.equal(state.selected, 0);
	state = run(state, port, 'tags', 'type:zzzz', 'open');
	assert.equal(screenOf(state), 'picker', 'Enter on no entry stays');
	state = run(state, port, 'back');
	assert.equal(screenOf(state), 'list');
	assert.equal(state.query, 'borrow tag:cargo');
});

test('a picker\'s filter is fuzzy: a typo forgiven, letters in order with gaps, unrelated names left out', () => {
	const names = ['Aaron Turon', 'Pietro Albini', 'Jonathan Turner', 'cargo', 'compiler'].map(label => ({label, count: 1, filter: '', level: 0}));
	const labels = (filter: string) => shownEntries(names, filter).map(entry => entry.label);
	assert.deepEqual(labels('crg'), ['cargo']);
	assert.deepEqual(labels('cagro'), ['cargo']);
	assert.ok(labels('turon')[0] === 'Aaron Turon' && !labels('turon').includes('Pietro Albini'));
	assert.equal(labels('').length, 5);
});

test('the timeline lists years then their months; Enter on a month filters to it', () => {
	const port = viewport();
	const {entries} = viewEntries('timeline', posts);
	assert.deepEqual(entries.map(entry => `${entry.level}:${entry.label}:${entry.count}`), ['0:2021:2', '1:2021-02:1', '1:2021-01:1', '0:2019:1', '1:2019-07:1']);
	let state = run(initialNavigation, port, 'timeline');
	assert.equal(screenOf(state), 'timeline');
	state = run(state, port, 'select-next', 'select-next', 'open');
	assert.equal(state.query, 'after:2020-12 before:2021-02');
	state = run(state, port, 'timeline', 'select-last', 'select-previous', 'open');
	assert.equal(state.query, 'year:2019', 'the period chosen before is replaced');
});

test('sections and authors: the main blog is every post outside the sub-blogs', () => {
	const sections = viewEntries('sections', posts).entries;
	assert.deepEqual(sections.map(entry => [entry.label, entry.count, entry.filter]), [['inside-rust', 2, 'section:inside-rust'], [mainSection, 1, '-section:inside-rust']]);
	const authors = viewEntries('authors', posts).entries;
	assert.deepEqual(authors.map(entry => entry.filter), ['author:"Aaron Turon"', 'author:Niko']);
	const port = viewport();
	assert.equal(run(initialNavigation, port, 'sections', 'select-next', 'open').query, '-section:inside-rust');
	const one: Viewport = {...port, views: {entries: kind => viewEntries(kind, posts.slice(0, 1)), rankIn: () => 0}};
	const state = run(initialNavigation, one, 'sections');
	assert.equal(screenOf(state), 'list', 'one section is no choice');
	assert.equal(state.notice, 'this archive has one section');
	assert.equal(run(initialNavigation, {...port, views: {entries: kind => viewEntries(kind, []), rankIn: () => 0}}, 'authors').notice, 'no authors in this list');
});
