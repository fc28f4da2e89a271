import {useEffect, useState} from 'react';
import type {PreparedSearcher} from '../../../search/rank.js';

/**
Short enough that a key pressed during indexing is handled within a frame (the event loop sees
stdin between slices), long enough that the slices' overhead stays small.
*/
const sliceMs = 8;

/**
Builds the search index in slices after the first frame, so the list shows at once and the first
search keystroke does not wait for the whole build. True while the build is still under way;
it stays false when the first slice finishes it, so small archives never flash an indicator.
*/
export function useBackgroundIndex(searcher: PreparedSearcher): boolean {
	const [indexing, setIndexing] = useState(false);
	useEffect(() => {
		let pending: NodeJS.Immediate | undefined;
		let shown = false;
		const step = (): void => {
			pending = undefined;
			if (searcher.prepare(sliceMs)) {
				// Also when this searcher never showed the indicator: the one it replaced may have.
				setIndexing(false);
				return;
			}

			if (!shown) {
				shown = true;
				setIndexing(true);
			}

			pending = setImmediate(step);
		};

		pending = setImmediate(step);
		return () => {
			if (pending !== undefined) {
				clearImmediate(pending);
			}
		};
	}, [searcher]);
	return indexing;
}
