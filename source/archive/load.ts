import type {Archive, Skipped} from './post.js';

export interface LoadOptions {
	/** Include `status=draft` posts in `posts`. */
	readonly drafts?: boolean;
	/** Called once per file passed over; the CLI prints `blog-reader: skipped <path>: <reason>`. */
	readonly onSkip?: (skipped: Skipped) => void;
}

/** A folder that cannot be read as an archive at all (missing, not a folder, unreadable). */
export class ArchiveError extends Error {}

/** STUB: replaced by the real loader. */
export function loadArchive(dir: string, _options: LoadOptions = {}): Archive {
	return {root: dir, site: {generator: 'plain', contentRoot: dir, baseUrl: null}, posts: [], pages: [], drafts: 0, skipped: []};
}
