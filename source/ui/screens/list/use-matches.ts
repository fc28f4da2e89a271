import {useDeferredValue, useMemo} from 'react';
import type {Post} from '../../../archive/post.js';
import type {WordIndexStore} from '../../../search/cache/word-index-store.js';
import {createSearcher, type PreparedSearcher, type Ranked} from '../../../search/rank.js';
import {asksReadState} from '../../../search/query.js';
import {useBackgroundIndex} from './use-background-index.js';

export interface Matches {
	/** The query the shown results belong to; lags the typed query while a search is under way. */
	readonly query: string;
	/** Best first; a row asks for its own match, so only the rows on screen make one. */
	readonly matches: Ranked;
	/** The search index is still being built in the background. */
	readonly indexing: boolean;
	/** How much of it is built, in percent (see `BackgroundIndex`). */
	readonly indexedPercent: number;
	/** The searcher behind the list, for what else reads its word index (related posts). */
	readonly searcher: PreparedSearcher;
}

/**
The current list for a query (while the index is built, of names only). The query is deferred so the typed character reaches the screen
first and ranking runs after, interruptible by the next key (in ink's concurrent mode). `stored`
keeps the word index between starts.
*/
export function useMatches(posts: readonly Post[], query: string, isRead?: (slug: string) => boolean, stored?: WordIndexStore): Matches {
	const searcher = useMemo(() => {
		// Before the first frame of a first start: its first keys are answered from names.
		const made = createSearcher(posts, {stored});
		made.prepareNames();
		return made;
	}, [posts, stored]);
	const deferred = useDeferredValue(query);
	// While the results of a typed query are still to be drawn, the build waits for them.
	const {indexing, complete, percent} = useBackgroundIndex(searcher, deferred !== query);
	// The empty query's list is the same object every time, so clearing the search redraws no row.
	const all = useMemo(() => searcher.ranked(''), [searcher]);
	// The read state matters only to a query that asks it (`is:read`): others keep their results as posts are read.
	const asksRead = asksReadState(deferred) ? isRead : undefined;
	// Until the build completes, a query is answered from names: a key never waits for the whole build.
	const matches = useMemo(() => (deferred.trim() === '' ? all : (complete ? searcher.ranked : searcher.rankedSoFar)(deferred, undefined, asksRead)), [all, searcher, deferred, asksRead, complete]);
	return {query: deferred, matches, indexing, indexedPercent: percent, searcher};
}
