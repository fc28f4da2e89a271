/**
The reader as one component: the navigation state, the open post's document, the list's matches
and views, and which screen draws them. It composes; the screens, hooks and transitions it uses
live in their folders. Over 300 lines because every screen is chosen here from the same state
and viewport, which splitting would pass around in pieces.
*/
import type {SortOrder} from '../search/sort-order.js';
import {useCallback, useEffect, useLayoutEffect, useMemo, useRef} from 'react';
import {Box, Text, useApp} from 'ink';
import {type Archive, wholeCounts} from '../archive/post.js';
import {renderDocument, type LinkStyle, type RenderOptions} from '../render/render.js';
import {lazyLinkLookup} from '../archive/site/link-target.js';
import {linkPosts} from '../render/post-links.js';
import {decorator, hitsOf, markStyles} from './screens/reader/hit-marks.js';
import {movedSelection, type Shown} from './screens/list/moved-selection.js';
import {sectionNote} from './screens/list/section-note.js';
import {LinksScreen} from './screens/reader/links.js';
import {OutlineScreen} from './screens/reader/outline-screen.js';
import {readerFacts} from './screens/reader/facts.js';
import {fitText} from '../text/fit.js';
import type {WordIndexStores} from '../search/cache/word-index-store.js';
import {useMatches} from './screens/list/use-matches.js';
import {createDocumentCache, useDocument, type DocumentRenderer} from './screens/reader/use-document.js';
import {useTerminalSize, type TerminalSize} from './hooks/use-terminal-size.js';
import {useImagePreviews} from './screens/reader/use-image-previews.js';
import {createPreviewer, type Previewer} from '../images/previewer.js';
import {colourDepth} from '../images/depth.js';
import {useKeyNavigation} from './keys/use-key-navigation.js';
import {useReadingPlace, useReadState, type ReadStateView} from './hooks/use-read-state.js';
import type {ReadStateFile} from '../state/read-state-file.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {Host} from './terminal/host.js';
import {useKeyEffects, type Shown as ShownScreen} from './hooks/use-key-effects.js';
import {defaultKeymap, statusHints, type Keymap} from './keys/keymap.js';
import {navigate} from './navigation/navigate.js';
import {screenOf} from './navigation/screen.js';
import {listTopFor, readerTop} from './navigation/scroll.js';
import type {NavigationEvent, Viewport} from './navigation/state.js';
import {HelpScreen, helpLines} from './screens/help/help.js';
import {ListScreen} from './screens/list/list.js';
import {ListViewScreen} from './screens/views/list-views.js';
import {useListViews} from './screens/views/use-list-views.js';
import {ReaderScreen} from './screens/reader/reader.js';
import {RelatedScreen} from './screens/related/related.js';
import {PreviewPane, previewColumns, previewSplit} from './screens/list/preview.js';
import {useRelated} from './screens/related/use-related.js';
import {usePreview} from './screens/list/use-preview.js';
import {styleCodes, ThemeProvider, themes, type Theme} from './theme.js';

export interface AppProps {
	readonly archive: Archive;
	/** Archive name for the list header. */
	readonly title: string;
	/** Fixed size instead of the terminal's (tests). */
	readonly size?: TerminalSize;
	readonly links?: LinkStyle;
	/** Coloured post text; off for NO_COLOR. */
	readonly color?: boolean;
	/** The screens' palette; by default dark with colour, monochrome without. */
	readonly theme?: Theme;
	/** Renders the open post (run.tsx gives the bounded render thread); default: on this thread. */
	readonly render?: DocumentRenderer;
	/** The widest the text column may be; a wider terminal leaves the rest empty. */
	readonly textWidth?: number;
	readonly keymap?: Keymap;
	/** Called with the exit code before the app unmounts. */
	readonly onQuit?: (code: number) => void;
	/**
	The archive shown is the one the index last saw, and its files are being checked: the list
	says so. When the checked archive replaces it, the selection follows its post by slug.
	*/
	readonly checking?: boolean;
	/** The terminal, clipboard and mouse; without one, hand-off and copy say they are not available. */
	readonly host?: Host;
	/** Said in the status line when the reader opens (a problem with the config file). */
	readonly notice?: string;
	/** Where posts read and places are kept; without one (`--no-state`) nothing is. */
	readonly readState?: ReadStateFile;
	/** The order the list starts in; newest first without one. */
	readonly sort?: SortOrder;
	/** Makes image previews (run.tsx gives the image thread); default: on this thread. */
	readonly previewer?: Previewer;
	/** Where each archive shown keeps its word indexes between starts; without it, nowhere. */
	readonly wordIndexStores?: (archive: Archive) => WordIndexStores;
	/** Image previews at all (`--images off`: none, the `[image: …]` line and link only). */
	readonly images?: boolean;
	/** The files of the posts on screen (the list's rows, or the post open), each time they change. */
	readonly onShown?: (files: readonly string[]) => void;
}


/** A comfortable measure for prose: wider terminals keep this text column (`--width` changes it). */
export const readingWidth = 100;

const renderHere: DocumentRenderer = async (post, options) => renderDocument(post, options);
const previewHere = createPreviewer(undefined);

/** Rows an image preview may take: a third of the screen, 4 to 12. */
export const imageRowsFor = (height: number): number => Math.min(12, Math.max(4, Math.floor(height / 3)));

/** Below this the frame cannot hold a header, a row and a status line. */
export const minimumSize: TerminalSize = {columns: 20, rows: 5};

export function App({archive, title, size: fixedSize, links = 'inline', color = true, theme = color ? themes.dark : themes.mono, render = renderHere, textWidth = readingWidth, keymap = defaultKeymap, onQuit, checking = false, host, notice, readState, sort, previewer = previewHere, wordIndexStores, images = true, onShown}: AppProps) {
	const {exit} = useApp();
	const size = useTerminalSize(fixedSize);
	const reads = useRef<ReadStateView | undefined>(undefined);
	const quit = useCallback((code: number) => {
		reads.current?.flush();
		onQuit?.(code);
		exit(code);
	}, [exit, onQuit]);
	// The effects read the screen as it is now: the open post, its lines, the scroll.
	const current = useRef<ShownScreen>({post: undefined, lines: undefined, top: 0, height: 1});
	const dispatchRef = useRef<(event: NavigationEvent) => void>(() => {});
	const {onEffect, handOff, output} = useKeyEffects(host, archive, current, reads, dispatchRef);
	const {state: keyed, viewport: viewportRef, dispatch} = useKeyNavigation(keymap, quit, onEffect, sort);
	dispatchRef.current = dispatch;
	useEffect(() => {
		if (notice) {
			dispatch({type: 'notice', text: notice});
		}
	}, [notice, dispatch]);
	useEffect(() => host?.onNote?.(text => {
		dispatch({type: 'notice', text});
	}), [host, dispatch]);
	// The wheel scrolls and a click opens a row; the rows start below the list's header line.
	useEffect(() => host?.onMouse(event => {
		dispatch(event.type === 'wheel' ? {type: 'wheel', lines: event.lines} : {type: 'click', row: event.row});
	}), [host, dispatch]);
	const cache = useRef(createDocumentCache()).current;
	// Each section keeps its own searcher (and index); only the shown one gets the query.
	// `is:read` on the search line asks the read state as it was when the list was last shown.
	const read = useReadState(readState, keyed.view === 'list');
	reads.current = read;
	const stores = useMemo(() => wordIndexStores?.(archive) ?? {}, [wordIndexStores, archive]);
	const postResults = useMatches(archive.posts, keyed.section === 'posts' ? keyed.query : '', read.isRead, stores.posts);
	const pageResults = useMatches(archive.pages, keyed.section === 'pages' ? keyed.query : '', read.isRead, stores.pages);
	const {matches: found, query: resultsQuery, indexing, indexedPercent} = keyed.section === 'posts' ? postResults : pageResults;
	// The list's order (`s`) and its views (tags, timeline, sections, authors).
	const views = useListViews(keyed.section === 'posts' ? archive.posts : archive.pages, found, keyed.sort, keyed.selected, keyed.section === 'posts' ? archive.whole?.sections : undefined);
	const {matches} = views;

	// The last column stays empty: ink ends each rewritten line with "erase to end of line", which
	// in a terminal's last column erases the character just written there.
	const width = Math.max(1, size.columns - 1);
	// One row short of the terminal: a frame exactly `rows` tall makes ink 6.8 clear the screen on every update.
	const height = size.rows - 1;
	const tooSmall = size.columns < minimumSize.columns || size.rows < minimumSize.rows;
	const listHeight = Math.max(1, height - 2);
	// Kept after each commit (not during a render, which concurrent React may throw away).
	const shown = useRef<Shown | undefined>(undefined);
	const moved = movedSelection(keyed, shown.current, archive, matches, listHeight);
	// This frame already shows the selection where it moved; the event keeps it there. A layout
	// effect, run in the same commit: a key read between this frame and a later (passive) effect
	// would act on the state before the move (q closing a post the frame no longer shows).
	const state = moved === undefined ? keyed : navigate(keyed, moved, {count: matches.length, listHeight, pageHeight: 1, lineCount: 0});
	useLayoutEffect(() => {
		if (moved !== undefined) {
			dispatch(moved);
		}
	}, [moved, dispatch]);
	useEffect(() => {
		shown.current = {archive, matches};
	}, [archive, matches]);
	const screen = screenOf(state);
	// Stable between keys, so the memoised status line is not re-rendered for a new array each frame.
	const hints = useMemo(() => statusHints(keymap, screen), [keymap, screen]);
	const selected = Math.min(state.selected, Math.max(0, matches.length - 1));
	// The output of a `|` command is shown over its post, which stays open underneath.
	// A followed link's post comes from the whole archive: it need not be in the filtered list.
	// Built when a link is first looked at, not for the first frame.
	const lookup = useMemo(() => lazyLinkLookup(archive), [archive]);
	const reading = state.view === 'reader' || state.view === 'output';
	const followed = reading && state.followed !== undefined ? lookup.bySlug(state.followed) : undefined;
	const open = followed ?? (reading && selected < matches.length ? matches.post(selected) : undefined);
	// AsciiDoc includes may reach anywhere in the blog's content folder, and relative links resolve
	// against the blog's own URL, as `show` renders them.
	// The palette is the run's, like the archive: the header's title takes its colour.
	const inArchive = useMemo<Partial<RenderOptions>>(
		() => ({archiveRoot: archive.site.contentRoot, siteRoot: archive.root, baseUrl: archive.site.baseUrl ?? undefined, theme: theme.name === 'mono' ? undefined : theme.name}),
		[archive, theme],
	);
	const columnWidth = Math.min(width, Math.max(20, state.textWidth ?? textWidth));
	// Image previews are colour: under NO_COLOR the `[image: …]` line is all an image shows.
	const imageRows = color && images && !state.imagesOff ? imageRowsFor(height) : 0;
	// The text shows each link's number, as the links list (`L`) numbers them.
	const rendered = useDocument(open, {width: columnWidth, color, links, imageRows, numberLinks: true}, inArchive, render, cache);
	const places = useRelated(open, state.related !== undefined, archive, postResults.searcher);
	// The preview pane (`p`): beside the list on a wide terminal, rendered as the reader renders.
	const previewFits = size.columns >= previewColumns;
	const split = previewSplit(width);
	const previewing = state.view === 'list' && state.preview === true && previewFits && !tooSmall;
	const previewed = previewing && selected < matches.length ? matches.post(selected) : undefined;
	const previewLines = usePreview(previewed, {width: Math.max(20, split.pane - 2), color, links}, inArchive, render, cache);
	const document = useMemo(() => (rendered.document && open ? linkPosts(rendered.document, lookup, open) : undefined), [rendered.document, lookup, open]);
	const lines = document?.lines;
	const hitsFor = useMemo(() => hitsOf(document), [document]);
	// Only the help screen needs them; laid out on the first frame they cost as much as the list.
	const help = useMemo(() => (state.view === 'help' ? helpLines(keymap, width, state.helpFrom) : []), [state.view, keymap, width, state.helpFrom]);
	const outputLines = useMemo(() => output.lines.map(line => ({text: fitText(line, width), isHeading: false})), [output, width]);

	const titled = state.view === 'help' || state.view === 'output';
	const pageHeight = titled ? Math.max(1, height - 2) : Math.max(1, height - 1);
	const lineCount = state.view === 'help' ? help.length : state.view === 'output' ? outputLines.length : lines?.length ?? 0;
	const viewport: Viewport = {
		count: matches.length,
		listHeight,
		pageHeight,
		lineCount,
		blocks: document?.blocks,
		slug: open?.slug,
		headings: document?.headings,
		links: document?.links,
		footnotes: document?.footnotes,
		hits: hitsFor,
		textWidth: columnWidth,
		maxTextWidth: width,
		related: places.related?.map(item => item.post.slug),
		series: places.series && {previous: places.series.previous?.slug, next: places.series.next?.slug},
		previewFits,
		views: views.port,
	};
	viewportRef.current = viewport;
	const listTop = listTopFor(state.listTop, selected, listHeight, matches.length);
	const shownFiles = useMemo(() => {
		if (onShown === undefined) {
			return '';
		}

		if (reading) {
			return open === undefined ? '' : open.file;
		}

		const files: string[] = [];
		for (let rank = listTop; rank < Math.min(matches.length, listTop + listHeight); rank++) {
			files.push(matches.post(rank).file);
		}

		return files.join('\0');
	}, [onShown, reading, open, matches, listTop, listHeight]);
	useEffect(() => {
		if (shownFiles !== '') {
			onShown?.(shownFiles.split('\0'));
		}
	}, [shownFiles, onShown]);

	const top = readerTop(state, viewport);
	current.current = {post: open, lines, images: document?.images, top, height: Math.max(1, height), listed: selected < matches.length ? matches.post(selected) : undefined, matches, knows: slug => lookup.bySlug(slug) !== undefined};
	useReadingPlace(read, {
		slug: state.view === 'reader' ? open?.slug : undefined,
		lines: lineCount,
		blocks: document?.blocks,
		whole: document !== undefined && !document.partial,
		top,
		pageHeight,
		landing: state.find?.land === true || state.followedAnchor !== undefined,
	}, dispatch);
	// A post opened from a search goes to the query's first hit once it is whole.
	const landing = state.view === 'reader' && state.find?.land === true && document !== undefined && !document.partial;
	useEffect(() => {
		if (landing) {
			dispatch({type: 'land'});
		}
	}, [landing, dispatch]);
	// A followed link's post goes to the heading the link named once it is whole.
	const anchoring = state.view === 'reader' && state.followedAnchor !== undefined && document !== undefined && !document.partial;
	useEffect(() => {
		if (anchoring) {
			dispatch({type: 'land-anchor'});
		}
	}, [anchoring, dispatch]);
	const find = state.view === 'reader' ? state.find : undefined;
	const hits = find && find.text !== '' ? hitsFor(find.text) : [];
	const marks = useMemo(() => markStyles(theme), [theme]);
	const imageNote = useMemo(() => styleCodes(theme.hints), [theme]);
	const fill = useImagePreviews(imageRows > 0 ? document?.images : undefined, previewer, {depth: colourDepth(host?.env ?? {}), top, pageHeight, width: columnWidth, note: imageNote, graphics: host?.graphics});
	const decorate = useMemo(() => {
		const marked = hits.length === 0 ? undefined : decorator(hits, find?.current, marks);
		return marked && fill ? (line: string, index: number) => marked(fill(line, index), index) : marked ?? fill;
	}, [hits, find?.current, marks, fill]);

	let body;
	if (handOff !== undefined) {
		// Blank while a child has the terminal (see the effect above).
		body = <Text> </Text>;
	} else if (tooSmall) {
		body = <Text wrap="truncate">{fitText('terminal too small', Math.max(1, width))}</Text>;
	} else if (state.view === 'help') {
		body = <HelpScreen lines={help} top={Math.min(state.helpTop, Math.max(0, help.length - pageHeight))} width={width} height={height} hints={statusHints(keymap, 'help')} />;
	} else if (state.view === 'output' && open) {
		body = (
			<HelpScreen
				title={`Output of ${sanitizeLine(output.command)}`}
				lines={outputLines}
				top={Math.min(state.outputTop, Math.max(0, outputLines.length - pageHeight))}
				width={width}
				height={height}
				hints={statusHints(keymap, 'output')}
				notice={state.notice}
			/>
		);
	} else if (open && state.outline !== undefined) {
		body = <OutlineScreen post={open} headings={document?.headings ?? []} outline={state.outline} width={width} height={height} hints={statusHints(keymap, 'outline')} />;
	} else if (open && state.links !== undefined) {
		body = <LinksScreen post={open} links={document?.links ?? []} titleOf={slug => lookup.bySlug(slug)?.title} selected={state.links.selected} width={width} height={height} hints={statusHints(keymap, 'links')} notice={state.notice} />;
	} else if (open && state.related !== undefined) {
		body = <RelatedScreen post={open} related={places.related ?? []} selected={state.related.selected} width={width} height={height} hints={statusHints(keymap, 'related')} notice={state.notice} />;
	} else if (open) {
		const facts = readerFacts(document?.headings, top, places.series, find, hits);
		body = (
			<ReaderScreen
				post={open}
				lines={lines}
				facts={facts}
				decorate={decorate}
				promptNote={find?.editing && find.text !== '' ? (hits.length === 0 ? 'no hits' : `${hits.length} ${hits.length === 1 ? 'hit' : 'hits'}`) : undefined}
				notice={document?.notice}
				error={rendered.error}
				top={top}
				width={width}
				height={height}
				hints={statusHints(keymap, state.prompt ? 'prompt' : 'reader')}
				message={state.notice}
				prompt={state.prompt === undefined ? (find?.editing ? `/${find.text}` : undefined) : `|${state.prompt.text}`}
			/>
		);
	} else if (state.listView !== undefined) {
		body = <ListViewScreen view={state.listView} entries={views.port.entries(state.listView.kind)} width={width} height={height} hints={statusHints(keymap, screen)} notice={state.notice} />;
	} else {
		const list = (
			<ListScreen
				title={title}
				noun={state.section === 'posts' ? 'post' : 'page'}
				total={wholeCounts(archive)[state.section]}
				listed={archive.whole !== undefined && matches.length === archive[state.section].length ? wholeCounts(archive)[state.section] : undefined}
				otherSection={sectionNote(archive, state.section)}
				query={state.query}
				resultsQuery={resultsQuery}
				indexing={indexing}
				indexedPercent={indexedPercent}
				searching={state.searching}
				matches={matches}
				selected={selected}
				top={listTop}
				checking={checking}
				width={previewing ? split.list : width}
				height={height}
				hints={hints}
				notice={state.notice}
				marks={read.markOf}
				order={views.order}
				sectionColumns={views.sectionColumns}
			/>
		);
		body = previewing ? <Box flexDirection="row">{list}<PreviewPane post={previewed} lines={previewLines} width={split.pane} height={height} /></Box> : list;
	}

	return (
		<ThemeProvider value={theme}>
			<Box width={width} height={Math.max(1, height)} flexDirection="column">{body}</Box>
		</ThemeProvider>
	);
}
