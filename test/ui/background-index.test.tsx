import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {setTimeout as sleep} from 'node:timers/promises';
import {Text} from 'ink';
import {cleanup, render} from 'ink-testing-library';
import type {PreparedSearcher} from '../../source/search/rank.js';
import {useBackgroundIndex} from '../../source/ui/screens/list/use-background-index.js';

afterEach(() => {
	cleanup();
});

/** A build of `slices` slices that counts how often it was given time. */
function fakeSearcher(slices: number): PreparedSearcher & {calls: number} {
	const searcher = {
		calls: 0,
		prepare: () => ++searcher.calls >= slices,
		progress: () => Math.min(1, searcher.calls / slices),
	};
	return searcher as unknown as PreparedSearcher & {calls: number};
}

function Probe({searcher, searching}: {readonly searcher: PreparedSearcher; readonly searching: boolean}) {
	const {complete} = useBackgroundIndex(searcher, searching);
	return <Text>{complete ? 'complete' : 'building'}</Text>;
}

test('the build waits while a typed query\'s results are still to be drawn, then goes on', async () => {
	const searcher = fakeSearcher(5);
	const view = render(<Probe searcher={searcher} searching />);
	await sleep(100);
	assert.equal(searcher.calls, 0, 'no slice while results are awaited');
	view.rerender(<Probe searcher={searcher} searching={false} />);
	for (let wait = 0; wait < 50 && !view.lastFrame()!.includes('complete'); wait++) {
		await sleep(10);
	}

	assert.equal(view.lastFrame(), 'complete');
});

test('a query whose results never come does not hold the build back for long', async () => {
	const searcher = fakeSearcher(3);
	const view = render(<Probe searcher={searcher} searching />);
	for (let wait = 0; wait < 100 && !view.lastFrame()!.includes('complete'); wait++) {
		await sleep(10);
	}

	assert.equal(view.lastFrame(), 'complete', 'built within a second though `searching` stayed true');
});
