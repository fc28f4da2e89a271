import {startTransition, useEffect, useRef, useState} from 'react';
import type {PreparedSearcher} from '../../../search/rank.js';

/**
Short enough that a key pressed during indexing is handled within a frame (the event loop sees
stdin between slices), long enough that the slices' overhead stays small.
*/
const sliceMs = 8;

/**
How long the build waits, at most, for the results of a query typed meanwhile: React renders them
a few milliseconds at a time, and a slice of the build between each of those stretched a 20 ms
render to 50.
*/
const waitForResultsMs = 250;

export interface BackgroundIndex {
	/** The build is still under way; false when the first slice finishes it, so small archives never flash an indicator. */
	readonly indexing: boolean;
	/** Every post of this searcher is searchable: its full answers replace those of names only. */
	readonly complete: boolean;
	/** How much of the build is done while `indexing`, in percent, a tenth at a time (few redraws). */
	readonly percent: number;
}

/**
Builds the search index in slices after the first frame, so the list shows at once and no search
keystroke waits for the whole build (the list answers from names meanwhile, `rankedSoFar`).
*/
export function useBackgroundIndex(searcher: PreparedSearcher, searching = false): BackgroundIndex {
	const [indexing, setIndexing] = useState(false);
	// Read by the slices, which outlive renders: since when a query's results have been awaited.
	const awaited = useRef<number | undefined>(undefined);
	useEffect(() => {
		awaited.current = searching ? (awaited.current ?? performance.now()) : undefined;
	}, [searching]);
	const [percent, setPercent] = useState(0);
	// The searcher whose build finished: a new searcher (a reloaded list) starts incomplete.
	const [completed, setCompleted] = useState<PreparedSearcher>();
	useEffect(() => {
		let pending: NodeJS.Immediate | undefined;
		let waiting: NodeJS.Timeout | undefined;
		let shown = false;
		let said = 0;
		const step = (): void => {
			pending = undefined;
			waiting = undefined;
			if (awaited.current !== undefined && performance.now() - awaited.current < waitForResultsMs) {
				// A timer, not the next turn: nothing to do until React has drawn them.
				waiting = setTimeout(step, 2);
				return;
			}

			if (searcher.prepare(sliceMs)) {
				// Also when this searcher never showed the indicator: the one it replaced may have.
				setIndexing(false);
				// A searcher is a function: as it is, React would call it as an updater.
				setCompleted(() => searcher);
				return;
			}

			const now = Math.floor(searcher.progress() * 10) * 10;
			if (!shown) {
				// With the indicator, this build's own figure: a reloaded list's build does not go on
				// from where the last one stopped.
				shown = true;
				said = now;
				setIndexing(true);
				setPercent(now);
			} else if (now !== said) {
				// Only when it moves, and as a transition: an urgent update would hold back the results
				// of a search typed meanwhile (they are deferred), each time it came.
				said = now;
				startTransition(() => {
					setPercent(now);
				});
			}

			pending = setImmediate(step);
		};

		pending = setImmediate(step);
		return () => {
			if (pending !== undefined) {
				clearImmediate(pending);
			}

			clearTimeout(waiting);
		};
	}, [searcher]);
	return {indexing, complete: completed === searcher, percent};
}
