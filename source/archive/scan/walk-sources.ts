import {relative, sep} from 'node:path';
import {formatOf} from './formats.js';
import type {Layout} from '../site/site.js';
import type {WalkState} from './walk-state.js';
import {type FoundFile, walk} from './walk.js';

export interface WalkedFile {
	readonly found: FoundFile;
	/** Which of the layout's sources it was found in. */
	readonly source: number;
	/** Relative to the archive root, as the index keys it. */
	readonly path: string;
	readonly inDrafts: boolean;
}

/**
The post files of every source of a layout, in the order a load reads them (and the index
holds them). What the walks pass over goes to `onSkip` as it is met, relative to the root.
`_index.*` files of a site whose folders have section indexes are not posts.
*/
export function walkSources(root: string, layout: Layout, state: WalkState, onSkip: (path: string, reason: string) => void, stamps = false): WalkedFile[] {
	return layout.sources.flatMap((source, index) => {
		const prefix = archivePrefix(root, source.dir);
		const found = walk(source.dir, {
			wanted: name => formatOf(name) !== undefined,
			onSkip: (path, reason) => onSkip(path === '' ? prefix.slice(0, -1) || '.' : prefix + path, reason),
			state,
			stamps,
		});
		return found
			.filter(({name}) => !(layout.sectionIndexes && name.startsWith('_index.')))
			.map(file => ({found: file, source: index, path: prefix + file.relative, inDrafts: source.drafts}));
	});
}

/** What goes before a path relative to a source folder to make it relative to the root. */
export function archivePrefix(root: string, sourceDir: string): string {
	const prefix = relative(root, sourceDir).split(sep).join('/');
	return prefix === '' ? '' : `${prefix}/`;
}
