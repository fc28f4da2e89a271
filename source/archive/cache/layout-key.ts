import {relative} from 'node:path';
import type {Layout} from '../site/site.js';

/**
What about a site's layout decides how its files read: the generator and the folders posts
come from, relative to the root so an archive reached through a link keeps its index.
*/
export function layoutKey(root: string, layout: Layout): string {
	return JSON.stringify({
		generator: layout.site.generator,
		contentRoot: relative(root, layout.site.contentRoot),
		sources: layout.sources.map(source => [relative(root, source.dir), source.drafts]),
		sectionIndexes: layout.sectionIndexes,
	});
}
