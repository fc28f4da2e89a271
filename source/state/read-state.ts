/**
What the reader remembers of an archive between sessions: which posts were read, where each was
left, and the last one read. Pure values and their merge; read-state-file.ts keeps them on disk.

Every entry carries the time it last changed, so two readers of the same archive merge by
entry: the newer one wins, and nothing is lost but the older of two places in the same post.
*/

/** One post, by slug. */
export interface PostState {
	readonly read: boolean;
	/** When this entry last changed (ms since the epoch): the newer of two entries wins a merge. */
	readonly at: number;
	/** Where the post was left: see `Place`. Absent when it was never scrolled or opened here. */
	readonly place?: Place;
}

/**
A reading position that survives another width: the block (paragraph, heading, code block) at
the top of the screen and the lines into it, with the top line and the line count as a
fallback for a rendering whose blocks differ (an edited post, another renderer).
*/
export interface Place {
	readonly top: number;
	readonly lines: number;
	readonly block?: number;
	readonly blocks?: number;
	readonly offset?: number;
	/** How much of the post had been on screen, 0 to 1, for the list's `40%`. */
	readonly seen: number;
}

export interface ReadState {
	readonly posts: ReadonlyMap<string, PostState>;
	/** The post read last, for "continue reading". */
	readonly last?: {readonly slug: string; readonly at: number};
}

export const emptyReadState: ReadState = {posts: new Map()};

/** Both states' entries, the newer of each pair; the newer `last`. */
export function mergeReadStates(a: ReadState, b: ReadState): ReadState {
	const posts = new Map(a.posts);
	for (const [slug, entry] of b.posts) {
		const other = posts.get(slug);
		if (other === undefined || entry.at >= other.at) {
			posts.set(slug, entry);
		}
	}

	const last = a.last === undefined || (b.last !== undefined && b.last.at >= a.last.at) ? b.last : a.last;
	return last === undefined ? {posts} : {posts, last};
}

/** The state with one post's entry replaced (and, when it was opened, that post as the last read). */
export function withPost(state: ReadState, slug: string, entry: PostState, opened = false): ReadState {
	const posts = new Map(state.posts);
	posts.set(slug, entry);
	const last = opened ? {slug, at: entry.at} : state.last;
	return last === undefined ? {posts} : {posts, last};
}

/** The list's progress for a post: a percentage while it is started and not finished, else undefined. */
export function progressOf(entry: PostState | undefined): number | undefined {
	const seen = entry?.place?.seen;
	if (seen === undefined || seen >= 1 || !entry!.read) {
		return undefined;
	}

	return Math.max(1, Math.min(99, Math.floor(seen * 100)));
}

/**
The place of a top line in a rendering: `blocks` are the first line of each block (the
document's `blocks`), `pageHeight` the lines on screen.
*/
export function placeOf(top: number, lines: number, pageHeight: number, blocks?: readonly number[]): Place {
	const seen = lines <= 0 ? 1 : Math.min(1, (top + pageHeight) / lines);
	const base = {top, lines, seen: Math.round(seen * 1000) / 1000};
	if (blocks === undefined || blocks.length === 0 || blocks[0]! > top) {
		return base;
	}

	let block = 0;
	while (block + 1 < blocks.length && blocks[block + 1]! <= top) {
		block++;
	}

	return {...base, block, blocks: blocks.length, offset: top - blocks[block]!};
}

/**
The top line a place comes back to in a rendering of `lines` lines: the same block and as far
into it as it still reaches when the blocks are the same ones, else the same share of the post.
*/
export function topOf(place: Place, lines: number, pageHeight: number, blocks?: readonly number[]): number {
	let top: number;
	if (place.block !== undefined && blocks !== undefined && blocks.length === place.blocks && place.block < blocks.length) {
		const start = blocks[place.block]!;
		const end = place.block + 1 < blocks.length ? blocks[place.block + 1]! : lines;
		top = start + Math.min(place.offset ?? 0, Math.max(0, end - start - 1));
	} else {
		top = place.lines > 0 ? Math.round(place.top * lines / place.lines) : 0;
	}

	return Math.max(0, Math.min(top, lines - pageHeight));
}

/** The state as stored: plain JSON. */
export function readStateToJson(state: ReadState, archive: string): StoredReadState {
	// fromEntries defines own properties: a post slugged `__proto__` stays a post.
	const posts: Record<string, PostState> = Object.fromEntries(state.posts);
	return {format, archive, ...(state.last === undefined ? {} : {last: state.last}), posts};
}

const format = 'blog-reader read state 1';

export interface StoredReadState {
	readonly format: typeof format;
	readonly archive: string;
	readonly last?: {readonly slug: string; readonly at: number};
	readonly posts: Readonly<Record<string, PostState>>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const optionalCount = (value: unknown): boolean => value === undefined || isCount(value);

function isPlace(value: unknown): value is Place {
	return isObject(value) && isCount(value['top']) && isCount(value['lines']) && typeof value['seen'] === 'number' && value['seen'] >= 0 && value['seen'] <= 1
		&& optionalCount(value['block']) && optionalCount(value['blocks']) && optionalCount(value['offset']);
}

function isPostState(value: unknown): value is PostState {
	return isObject(value) && typeof value['read'] === 'boolean' && isTime(value['at']) && (value['place'] === undefined || isPlace(value['place']));
}

/** A file's JSON as a state, or why not (another program's file, another archive's). */
export function readStateFromJson(value: unknown, archive: string): ReadState | string {
	if (!isObject(value) || value['format'] !== format || !isObject(value['posts'])) {
		return 'not a read state blog-reader wrote';
	}

	if (value['archive'] !== archive) {
		return 'the read state of another archive';
	}

	const posts = new Map<string, PostState>();
	for (const [slug, entry] of Object.entries(value['posts'])) {
		if (!isPostState(entry)) {
			return `a damaged entry (${slug.slice(0, 40)})`;
		}

		posts.set(slug, entry);
	}

	const last = value['last'];
	if (last === undefined) {
		return {posts};
	}

	return isObject(last) && typeof last['slug'] === 'string' && isTime(last['at']) ? {posts, last: {slug: last['slug'], at: last['at']}} : 'a damaged last post';
}
