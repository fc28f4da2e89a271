import {realpathSync} from 'node:fs';
import {basename, isAbsolute, resolve, sep} from 'node:path';
import {isInside, outsideReason} from '../archive/scan/inside.js';
import type {Archive, Post} from '../archive/post.js';
import type {WordIndexStore} from '../search/cache/word-index-store.js';
import type {Match} from '../search/rank.js';

export type Resolution =
	| {readonly kind: 'found'; readonly post: Post}
	| {readonly kind: 'refused'; readonly reason: string}
	| {readonly kind: 'ambiguous'; readonly candidates: readonly Post[]}
	| {readonly kind: 'none'};

/**
What `show <post>` means by `<post>`: a slug, a path inside the archive, or a search whose best
match is clear. A path that leads outside the archive is refused before anything is read.
*/
export interface ResolveOptions {
	/** Where paths are relative to; the process's folder by default. */
	readonly cwd?: string;
	/** The posts' word index store (`wordIndexStores`), for the search a name may become. */
	readonly stored?: WordIndexStore;
}

export async function resolvePost(archive: Archive, wanted: string, {cwd = process.cwd(), stored}: ResolveOptions = {}): Promise<Resolution> {
	const found = await findPost(archive, wanted, cwd, stored);
	// However it was named, a post whose file is a link to somewhere outside the archive is not
	// shown: an archive from elsewhere could otherwise display any file the user can read.
	if (found.kind === 'found' && !isInside(realRoot(archive.root), realOrSelf(found.post.file))) {
		return {kind: 'refused', reason: outsideReason};
	}

	return found;
}

async function findPost(archive: Archive, wanted: string, cwd: string, stored: WordIndexStore | undefined): Promise<Resolution> {
	const all = [...archive.posts, ...archive.pages];
	const bySlug = all.find(post => post.slug === wanted) ?? all.find(post => post.slug.toLowerCase() === wanted.toLowerCase());
	if (bySlug) {
		return {kind: 'found', post: bySlug};
	}

	if (looksLikePath(wanted)) {
		return resolvePath(archive, all, wanted, cwd);
	}

	// Posts through their searcher (with the stored index when there is one), pages only when no
	// post matches: `show` answers as `search` ranks. Loaded only now: a slug, the usual name,
	// spares compiling the search code (~45 KB with fuse.js) on every `show`.
	const {parseQuery} = await import('../search/query.js');
	const {createSearcher, searchPosts} = await import('../search/rank.js');
	const searcher = createSearcher(archive.posts, {stored});
	const terms = Math.max(1, parseQuery(wanted).include.length);
	let matches = plausible(searcher(wanted, {limit: 10}), terms);
	searcher.persist();
	if (matches.length === 0) {
		matches = plausible(searchPosts(archive.pages, wanted, {limit: 10}), terms);
	}

	const [first, second] = matches;
	if (!first) {
		return {kind: 'none'};
	}

	const exactTitle = matches.filter(match => match.post.title.toLowerCase() === wanted.trim().toLowerCase());
	if (exactTitle.length === 1 && exactTitle[0]) {
		return {kind: 'found', post: exactTitle[0].post};
	}

	// A best match counts as the answer only when it stands clearly above the next one.
	if (!second || first.score >= second.score * 2) {
		return {kind: 'found', post: first.post};
	}

	return {kind: 'ambiguous', candidates: matches.map(match => match.post)};
}

/**
The matches a reader could have meant: every word in a title, tag or slug, or a close fuzzy
guess, or else the one post holding every word. Words found only in bodies (`no-such-post` finds "no", "such" and "post" in many) name
no post.
*/
function plausible(matches: readonly Match[], terms: number): Match[] {
	const meant = matches.filter(match => (match.tier === 'fuzzy' ? match.score >= 1.8 * terms : match.inNames));
	// The only post holding every word is clear, wherever the words are (`hugo fast`).
	return meant.length === 0 && matches.length === 1 && matches[0]!.tier === 'words' ? [...matches] : meant;
}

function looksLikePath(text: string): boolean {
	return text.includes('/') || text.includes(sep) || /\.(?:md|markdown|txt|adoc|asciidoc|html?)$/i.test(text);
}

function resolvePath(archive: Archive, posts: readonly Post[], wanted: string, cwd: string): Resolution {
	const root = realRoot(archive.root);
	// Relative paths are tried against the archive first, then the working folder, as a user types them.
	const tries = isAbsolute(wanted) ? [wanted] : [resolve(archive.root, wanted), resolve(archive.site.contentRoot, wanted), resolve(cwd, wanted)];
	const inside = tries.filter(candidate => isInside(root, realOrSelf(candidate)) || isInside(archive.root, candidate));
	if (inside.length === 0) {
		return {kind: 'refused', reason: 'outside the archive'};
	}

	for (const candidate of inside) {
		const real = realOrSelf(candidate);
		if (!isInside(root, real)) {
			return {kind: 'refused', reason: outsideReason};
		}

		// Resolving every post's real path would be a system call per post; only same-named files can be it.
		const name = basename(candidate);
		const post = posts.find(p => p.file === candidate)
			?? posts.find(p => basename(p.file) === name && realOrSelf(p.file) === real)
			// A link with a name of its own: only then is every post's real path worth asking for.
			?? (real === candidate ? undefined : posts.find(p => realOrSelf(p.file) === real));
		if (post) {
			return {kind: 'found', post};
		}
	}

	return {kind: 'none'};
}

function realRoot(root: string): string {
	return realOrSelf(root);
}

function realOrSelf(path: string): string {
	try {
		return realpathSync(path);
	} catch {
		return resolve(path);
	}
}
