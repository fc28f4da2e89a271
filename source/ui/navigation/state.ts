/**
The reader's state (which screen, the query, the selection, the scroll positions) and what the
transitions know of the screen as drawn. The transitions are pure, in the files beside this one.
*/
import type {Footnote, Heading, Link} from '../../render/structure.js';
import type {SortOrder} from '../../search/sort-order.js';
import type {Action} from '../keys/keymap.js';
import type {Hit} from '../screens/reader/find.js';
import type {ViewEntries, ViewKind} from '../screens/views/entries.js';

export type View = 'list' | 'reader' | 'output' | 'help';

/** A command line open over the reader (`|`): what it is for and what is typed so far. */
export interface Prompt {
	readonly purpose: 'pipe';
	readonly text: string;
}

/** Find in post (`/`): the query, whether its line is still open, and the hit last gone to. */
export interface Find {
	readonly text: string;
	readonly editing: boolean;
	/** Index into the query's hits. */
	readonly current?: number;
	/** Go to the first hit once the post has rendered (opened from a search of the list). */
	readonly land?: boolean;
	/** Came from the list's search, not typed here: it leaves with the post, Esc does not stop at it. */
	readonly fromSearch?: boolean;
}

/** The outline (`t`): the filter typed so far and the selected heading among those it keeps. */
export interface Outline {
	readonly filter: string;
	readonly selected: number;
}

/** The links list (`L`): the selected link, and the digits typed to pick one by number. */
export interface LinksList {
	readonly selected: number;
	readonly digits: string;
}

/** A place to come back to: a post (by slug) and its top line. */
export interface Place {
	readonly slug: string;
	readonly top: number;
}

/** Posts, or the `type=page` entries a blog keeps beside them. */
export type Section = 'posts' | 'pages';

/** The related posts list (`R`): the selected row; the rows are the viewport's `related`. */
export interface RelatedList {
	readonly selected: number;
}

/** A view open over the list: which one, the filter typed (pickers only), the selected row. */
export interface ListView {
	readonly kind: ViewKind;
	readonly filter: string;
	readonly selected: number;
}

/** What the views need from the screen as drawn: their entries, and where a post goes when sorted. */
export interface ViewsPort {
	/** The entries of a view over the list's posts (the caller remembers them). */
	readonly entries: (kind: ViewKind) => ViewEntries;
	/** Where the selected post would be in the list sorted by `order`; -1 when it is not there. */
	readonly rankIn: (order: SortOrder) => number;
}

export interface Navigation {
	readonly view: View;
	readonly section: Section;
	/** The search line is open (on the list). */
	readonly searching: boolean;
	readonly query: string;
	/** Index into the current (filtered) list. */
	readonly selected: number;
	readonly listTop: number;
	/** First reader line shown, counted in a rendering of `readerTotal` lines (see `readerTop`). */
	readonly readerTop: number;
	readonly readerTotal: number;
	/** The first line of each block in that rendering (the document's `blocks`), when known. */
	readonly readerBlocks?: readonly number[];
	readonly helpTop: number;
	readonly helpFrom: 'list' | 'reader';
	/** The command line over the reader, while it is open. */
	readonly prompt: Prompt | undefined;
	/** First line shown of a command's output (the `output` view). */
	readonly outputTop: number;
	/** A one-line note for the status line (`last post of the list`), until the next key. */
	readonly notice: string;
	readonly find?: Find;
	readonly outline?: Outline;
	readonly links?: LinksList;
	/** The related posts (`R`), while they are listed. */
	readonly related?: RelatedList;
	/** The list shows the selected post beside it (`p`); kept for the session. */
	readonly preview?: boolean;
	/**
	A post opened by following a link, by slug: shown instead of the list's selection, so it need
	not be in the current (filtered) list. app.tsx finds it in the archive.
	*/
	readonly followed?: string;
	/** The heading a followed link named (`post/#heading`): gone to once that post has rendered. */
	readonly followedAnchor?: string;
	/** Places before jumps and followed links (the last is the newest), and the ones gone back from. */
	readonly history?: readonly Place[];
	readonly future?: readonly Place[];
	/** Where `F` came from: `F` again goes back there. */
	readonly footnoteReturn?: number;
	/** The text column the reader asked for with `<` and `>`; the default when undefined. */
	readonly textWidth?: number;
	/** The list's order chosen with `s`; undefined for the default (see `sortInEffect`). */
	readonly sort?: SortOrder;
	/** The tags, timeline, sections or authors view open over the list. */
	readonly listView?: ListView;
	/** `i` turned the reader's image previews off. */
	readonly imagesOff?: boolean;
}

/** What the transitions need to know about the screen as it is drawn now. */
export interface Viewport {
	/** Posts in the current list. */
	readonly count: number;
	/** Rows of posts visible. */
	readonly listHeight: number;
	/** Lines of text visible in the reader or the help. */
	readonly pageHeight: number;
	/** Lines the open post (or the help) has at the current width; 0 while it renders. */
	readonly lineCount: number;
	/** The first line of each block of the open post's source, at the current width. */
	readonly blocks?: readonly number[];
	/** The open post's slug (where a followed link comes back to). */
	readonly slug?: string;
	readonly headings?: readonly Heading[];
	readonly links?: readonly Link[];
	readonly footnotes?: readonly Footnote[];
	/** The hits of a find query in the open post (memoised by the caller). */
	readonly hits?: (query: string) => readonly Hit[];
	/** The text column in effect, and the widest it may be (the terminal's). */
	readonly textWidth?: number;
	readonly maxTextWidth?: number;
	/** The slugs of the related posts listed, best first. */
	readonly related?: readonly string[];
	/** The parts before and after the open post in its series. */
	readonly series?: {readonly previous?: string; readonly next?: string};
	/** Whether the terminal is wide enough for the list's preview pane. */
	readonly previewFits?: boolean;
	/** The list's views (tags, timeline, ...) and sorting. */
	readonly views?: ViewsPort;
}

export type NavigationEvent =
	| {readonly type: 'action'; readonly action: Action}
	| {readonly type: 'type'; readonly text: string}
	/** The mouse wheel: lines (or list rows) to scroll, negative is up. */
	| {readonly type: 'wheel'; readonly lines: number}
	/** A click on a row of the screen, 0 at the top. */
	| {readonly type: 'click'; readonly row: number}
	/** Something happened that the status line should say (what was copied, how a command ended). */
	| {readonly type: 'notice'; readonly text: string}
	/** A command's output arrived: show it. */
	| {readonly type: 'show-output'}
	/** The open post has rendered whole: a find waiting for it (`land`) goes to its first hit. */
	| {readonly type: 'land'}
	/** The followed post has rendered whole: go to the heading its link named. */
	| {readonly type: 'land-anchor'}
	/**
	The list changed under the reader (the archive was checked and replaced): the selected post is
	now at `index`, or gone (-1). It stays `offset` rows below the top of the list, as it was.
	`reading`: a post was open when the list changed (a key may have opened one since).
	*/
	| {readonly type: 'moved'; readonly index: number; readonly offset: number; readonly reading?: boolean}
	/** The open post goes back to where it was left (read state): its top line in this rendering. */
	| {readonly type: 'resume'; readonly top: number}
	/** Opens a post ("continue reading"): the list's `index`, or by slug when the list hides it. */
	| {readonly type: 'open-post'; readonly index: number | undefined; readonly slug: string};

export const initialNavigation: Navigation = {
	view: 'list',
	section: 'posts',
	searching: false,
	query: '',
	selected: 0,
	listTop: 0,
	readerTop: 0,
	readerTotal: 0,
	helpTop: 0,
	helpFrom: 'list',
	prompt: undefined,
	outputTop: 0,
	notice: '',
};
