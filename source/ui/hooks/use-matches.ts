import {useDeferredValue, useMemo} from 'react';
import type {Post} from '../../archive/post.js';
import {createSearcher, type Match} from '../../search/rank.js';
import {useBackgroundIndex} from './use-background-index.js';

export interface Matches {
	/** The query the shown results belong to; lags the typed query while a search is under way. */
	readonly query: string;
	readonly matches: readonly Match[];
	/** The search index is still being built in the background. */
	readonly indexing: boolean;
}

/**
The current list for a query. The query is deferred so the typed character reaches the screen
first and ranking runs after, interruptible by the next key (in ink's concurrent mode).
*/
export function useMatches(posts: readonly Post[], query: string): Matches {
	const searcher = useMemo(() => createSearcher(posts), [posts]);
	const indexing = useBackgroundIndex(searcher);
	const all = useMemo(() => posts.map(post => ({post, score: 0, titleRanges: []})), [posts]);
	const deferred = useDeferredValue(query);
	const matches = useMemo(() => (deferred.trim() === '' ? all : searcher(deferred)), [all, searcher, deferred]);
	return {query: deferred, matches, indexing};
}
