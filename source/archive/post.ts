/**
The one shape every part of blog-reader agrees on. `archive` makes them, `search` ranks them,
`render` turns their body into lines, and `ui` and `commands` show them.
*/
export type PostFormat = 'markdown' | 'asciidoc' | 'html';

export interface Post {
	/** Unique within an archive: front matter `slug`, else the file name without date prefix. */
	readonly slug: string;
	readonly title: string;
	/** `YYYY-MM-DD`, or null when neither the header nor the file name gives one. */
	readonly date: string | null;
	readonly tags: readonly string[];
	readonly authors: readonly string[];
	/** `published` unless the header says otherwise; `draft` posts are hidden unless asked for. */
	readonly status: string;
	/** `post` unless the header says otherwise; `page` posts are kept apart from posts. */
	readonly type: string;
	readonly summary: string;
	readonly words: number;
	readonly minutes: number;
	/** Relative to the archive root, with `/` separators. */
	readonly path: string;
	/** The sub-blog a post belongs to (first folder under the content root), or null. */
	readonly section: string | null;
	readonly format: PostFormat;
	/**
	The series the post is a part of (front matter `series`, a string or a list, or a `series`
	taxonomy); absent when it is in none.
	*/
	readonly series?: readonly string[];
	/**
	Where the front matter says the post is published, site-absolute or relative to the site: Zola
	`path`, Hugo `url`, Jekyll `permalink`, then each generator's `aliases` or `redirect_from`;
	absent when it says nothing. Links to these paths lead to the post.
	*/
	readonly permalinks?: readonly string[];
	/** The source text without its header; still archive data, never written raw to a terminal. */
	readonly body: string;
	/** Absolute path of the file, for renderers that resolve includes and relative links. */
	readonly file: string;
}

/** A file the loader passed over, reported once as `blog-reader: skipped <path>: <reason>`. */
export interface Skipped {
	readonly path: string;
	readonly reason: string;
}

export type Generator = 'jbake' | 'jekyll' | 'hugo' | 'zola' | 'plain';

export interface Site {
	readonly generator: Generator;
	/** Absolute path of the folder posts are read from. */
	readonly contentRoot: string;
	/** The blog's own URL, when its configuration names one. */
	readonly baseUrl: string | null;
}

export interface Archive {
	/** Absolute path the user named (or the bundled archive). */
	readonly root: string;
	readonly site: Site;
	/** Posts (type other than `page`), newest first; drafts only when asked for. */
	readonly posts: readonly Post[];
	/** `type=page` entries, kept apart from posts. */
	readonly pages: readonly Post[];
	/** How many drafts were found (whether or not they are in `posts`). */
	readonly drafts: number;
	readonly skipped: readonly Skipped[];
	/**
	A digest of every post file's path, size and time and of the loader's version, for caches
	built from the posts (the search index). Absent when loaded without the catalog, or when
	a file changed too recently to be told apart from its next change.
	*/
	readonly fingerprint?: string;
	/**
	Set when `posts` are only the first posts of the archive (a first frame drawn from the
	catalog's head, before the whole catalog is read): how many posts and pages it has in all, and
	the sections its posts are in (so the list lays out its columns as for the whole).
	*/
	readonly whole?: {readonly posts: number; readonly pages: number; readonly sections?: ReadonlyArray<string | null>};
	/**
	Set on the answer of a check by folder times (folder-stamps.ts): the files were last looked at
	one by one then, and one changed in place since may differ from its post here until looked at.
	*/
	readonly unsureSince?: number;
}

/** How many posts and pages the archive has, when it holds only its first posts too. */
export function wholeCounts(archive: Archive): {readonly posts: number; readonly pages: number} {
	return archive.whole ?? {posts: archive.posts.length, pages: archive.pages.length};
}

/** The JSON contract of `list --json`; `show --json` adds `body`. */
export function postToJson(post: Post, withBody = false): Record<string, unknown> {
	const json: Record<string, unknown> = {
		slug: post.slug,
		title: post.title,
		date: post.date,
		tags: [...post.tags],
		authors: [...post.authors],
		status: post.status,
		type: post.type,
		summary: post.summary,
		words: post.words,
		minutes: post.minutes,
		path: post.path,
		section: post.section,
		format: post.format,
	};
	if (withBody) {
		json['body'] = post.body;
	}

	return json;
}
