import {useMemo} from 'react';
import type {Archive, Post} from '../../../archive/post.js';
import type {PreparedSearcher} from '../../../search/rank.js';
import {relatedPosts, type Related} from '../../../search/related.js';
import {seriesPlace, type SeriesPlace} from '../../../search/series.js';

export interface OpenPostPlaces {
	/** The posts related to the open one, while they are listed (`R`). */
	readonly related: readonly Related[] | undefined;
	/** Where the open post stands in its series. */
	readonly series: SeriesPlace | undefined;
}

/**
What the reader knows about the open post's neighbours: its related posts, scored only while
they are listed (from the word index of the archive's posts), and its place in its series.
*/
export function useRelated(open: Post | undefined, listing: boolean, archive: Archive, searcher: PreparedSearcher): OpenPostPlaces {
	const related = useMemo(() => (open && listing ? relatedPosts(open, archive.posts, searcher.wordIndex()) : undefined), [open, listing, archive, searcher]);
	// A post's series is among the posts, a page's among the pages.
	const series = useMemo(() => (open?.series === undefined ? undefined : seriesPlace(open, open.type === 'page' ? archive.pages : archive.posts)), [open, archive]);
	return {related, series};
}
