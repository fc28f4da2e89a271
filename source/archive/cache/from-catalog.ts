import type {CatalogFile, Settled} from './catalog-format.js';
import {postFieldsAt, postFromFields} from './post-fields.js';
import type {Archive, Post, Site, Skipped} from '../post.js';

/** An index written by a load that saw every file: what it made of the posts as a whole is in it. */
export type SettledCatalog = CatalogFile & {readonly settled: Settled};

export function isSettled(index: CatalogFile): index is SettledCatalog {
	return index.settled !== null;
}

export interface IndexedArchiveParts {
	readonly root: string;
	readonly site: Site;
	/** Already reported, in the order a load reports them. */
	readonly skipped: readonly Skipped[];
	/** The absolute path of a file row, as the walk reaches it. */
	readonly fileOf: (row: number) => string;
	readonly drafts: boolean;
}

/**
The archive as the load that wrote the index made it: every post with its unique slug and
section, newest first, bodies read on first use. Nothing is sorted, counted or made unique
again: an unchanged archive has the same answer.
*/
export function archiveFromCatalog(index: SettledCatalog, parts: IndexedArchiveParts): Archive {
	const {files, posts, settled} = index;
	const fileRow = new Int32Array(posts.slug.length);
	for (let row = 0; row < files.post.length; row++) {
		const post = files.post[row]!;
		if (post >= 0) {
			fileRow[post] = row;
		}
	}

	const listed: Post[] = [];
	const pages: Post[] = [];
	let drafts = 0;
	for (const post of settled.order) {
		const status = posts.status[post]!;
		if (status === 'draft') {
			drafts++;
			if (!parts.drafts) {
				continue;
			}
		}

		const row = fileRow[post]!;
		const type = posts.type[post]!;
		// The slug made unique across the archive, in place of the file's own.
		const fields = postFieldsAt(posts, post, settled.slug[post]!);
		(type === 'page' ? pages : listed).push(postFromFields(fields, files.path[row]!, parts.fileOf(row), index.root, settled.section[post]!));
	}

	return {root: parts.root, site: parts.site, posts: listed, pages, drafts, skipped: parts.skipped, fingerprint: settled.fingerprint};
}
