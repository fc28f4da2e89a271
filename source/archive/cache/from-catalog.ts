import type {CatalogFile, CatalogView, Settled} from './catalog-format.js';
import {repeatedColumns} from './catalog-format.js';
import {type IndexedColumns, IndexedPost} from './indexed-post.js';
import {TextRows} from './text-rows.js';
import {arePlainPaths} from '../fields/values.js';
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
export function archiveFromCatalog(index: IndexedColumns, parts: IndexedArchiveParts): Archive {
	const {files, posts, settled} = index;
	const fileRow = new Int32Array(settled.order.length);
	for (let row = 0; row < files.post.length; row++) {
		const post = files.post[row]!;
		if (post >= 0) {
			fileRow[post] = row;
		}
	}

	const {path} = files;
	const source = {columns: index, fileOf: parts.fileOf, plainPaths: path instanceof TextRows && arePlainPaths(path.text)};
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

		(posts.type[post] === 'page' ? pages : listed).push(new IndexedPost(source, post, fileRow[post]!));
	}

	return {root: parts.root, site: parts.site, posts: listed, pages, drafts, skipped: parts.skipped, fingerprint: settled.fingerprint};
}

/** A settled view's columns as `archiveFromCatalog` reads them, its own texts left unsplit; undefined when one is damaged. */
export function indexedColumns(view: CatalogView): (IndexedColumns & {readonly skip: ReadonlyArray<string | null>; readonly source: Uint8Array}) | undefined {
	const repeated = view.fingerprint === null ? undefined : repeatedColumns(view, true);
	const path = view.rows('path');
	const title = view.rows('title');
	const summary = view.rows('summary');
	const slug = view.rows('unique');
	if (!repeated || !path || !title || !summary || !slug) {
		return undefined;
	}

	const {skip, section, ...shared} = repeated;
	return {
		root: view.root,
		skip,
		source: view.source,
		files: {post: view.post, path},
		posts: {...shared, title, summary, words: view.words},
		settled: {slug, section, order: view.order, fingerprint: view.fingerprint!},
	};
}
