import type {Archive, Post} from '../post.js';

/** What a reload found, against the archive on screen. */
export interface ReloadOutcome {
	/** The archive to show: the reloaded one, with the posts that did not change kept as they were. */
	readonly archive: Archive;
	readonly added: number;
	readonly changed: number;
	readonly removed: number;
}

/** The fields a person sees of a post: any of them different is a changed post. */
function sameFields(a: Post, b: Post): boolean {
	return a.slug === b.slug
		&& a.title === b.title
		&& a.date === b.date
		&& a.status === b.status
		&& a.type === b.type
		&& a.summary === b.summary
		&& a.words === b.words
		&& a.section === b.section
		&& a.format === b.format
		&& a.file === b.file
		&& a.tags.join('\0') === b.tags.join('\0')
		&& a.authors.join('\0') === b.authors.join('\0');
}

/**
Compares a reloaded archive with the one shown. `touched` holds the files a watch saw change:
a post whose file is not among them and whose fields are the same is the same post, so the very
object is kept (its rendering, its body already read, stay; the open post is not drawn again).
Without `touched` (a reload by hand) nothing is known of the files, so every post is taken anew
and only changed fields count as changed.
*/
export function compareReloaded(shown: Archive, loaded: Archive, touched?: ReadonlySet<string>): ReloadOutcome {
	const before = new Map<string, Post>();
	for (const post of [...shown.posts, ...shown.pages]) {
		before.set(post.path, post);
	}

	let added = 0;
	let changed = 0;
	const seen = new Set<string>();
	const keep = (post: Post): Post => {
		seen.add(post.path);
		const old = before.get(post.path);
		if (old === undefined) {
			added++;
			return post;
		}

		const same = sameFields(old, post);
		if (!same || touched?.has(post.file)) {
			changed++;
			return post;
		}

		return touched === undefined ? post : old;
	};

	const posts = loaded.posts.map(keep);
	const pages = loaded.pages.map(keep);
	let removed = 0;
	for (const path of before.keys()) {
		if (!seen.has(path)) {
			removed++;
		}
	}

	return {archive: {...loaded, posts, pages}, added, changed, removed};
}

/** The status line's word on a reload: `reloaded: 2 added, 1 changed`. */
export function reloadNote({added, changed, removed}: Pick<ReloadOutcome, 'added' | 'changed' | 'removed'>): string {
	const parts = [[added, 'added'], [changed, 'changed'], [removed, 'removed']].filter(([count]) => count !== 0).map(([count, word]) => `${count} ${word}`);
	return `reloaded: ${parts.length === 0 ? 'no changes' : parts.join(', ')}`;
}
