import {memo, useMemo} from 'react';
import {Box, Text} from 'ink';
import type {Post} from '../../../archive/post.js';
import type {Match, Ranked} from '../../../search/rank.js';
import {filterChips} from '../../../search/query.js';
import type {SortOrder} from '../../../search/sort-order.js';
import {sanitizeLine} from '../../../text/sanitize.js';
import {titleParts} from '../../../text/title-markup.js';
import {columnsOf, fitSpans, fitText, highlightParts, padText, type Span} from '../../../text/fit.js';
import {useTheme, type Style, type Theme} from '../../theme.js';
import {ListStatusLine} from './list-status-line.js';
import type {ReadMark} from '../../hooks/use-read-state.js';

export interface ListScreenProps {
	readonly title: string;
	/** What the rows are: `post`, or `page` in the pages section. */
	readonly noun?: 'post' | 'page';
	readonly total: number;
	/** How to reach the other section (`Tab: 3 pages`), or empty. */
	readonly otherSection?: string;
	/** The query as typed. */
	readonly query: string;
	/** The query `matches` belong to; behind `query` while the search catches up. */
	readonly resultsQuery: string;
	/** The search index is still being built: searches will wait for it. */
	readonly indexing: boolean;
	/** How much of it is built, in percent; 0 says nothing. */
	readonly indexedPercent?: number;
	/** The list is the one the index last saw, while the files are checked. */
	readonly checking?: boolean;
	readonly searching: boolean;
	readonly matches: Ranked;
	readonly selected: number;
	readonly top: number;
	readonly width: number;
	/** Rows for the whole screen: header, posts, status line. */
	readonly height: number;
	readonly hints: readonly string[];
	/** Said in the status line instead of the key hints. */
	readonly notice?: string;
	/** Each post's read state, for a column of marks: `•` unread, `40%` started. None without it. */
	readonly marks?: (slug: string) => ReadMark;
	/** The order the rows are in, named in the status line. */
	readonly order?: SortOrder;
	/**
	The posts come from several sections (sub-blogs): each row names its own, in a column this wide
	(the longest section name's columns); 0 for none.
	*/
	readonly sectionColumns?: number;
	/** How many rows the list has in all, when `matches` are only its first (the catalog's head). */
	readonly listed?: number;
}

const dateColumns = 10;
const markColumns = 4;

/** `  • ` for an unread post, `40% ` for one started, blank for one read. */
function markText(mark: ReadMark | undefined): string {
	if (mark === undefined) {
		return '';
	}

	return `${mark.unread ? '•' : mark.progress === undefined ? '' : `${mark.progress}%`}`.padStart(markColumns - 1) + ' ';
}

interface Columns {
	/** The read state's column (`  • `, `40% `), when there is a read state. */
	readonly mark: number;
	readonly date: number;
	/** The section column, 0 for none. */
	readonly section: number;
	readonly title: number;
	readonly tags: number;
}

// Every search measures the tags of all its matches (10,000 at most archives' worst): each post's once.
const tagColumns = new WeakMap<Post, number>();

function tagColumnsOf(post: Post): number {
	let columns = tagColumns.get(post);
	if (columns === undefined) {
		columns = columnsOf(tagText(post.tags));
		tagColumns.set(post, columns);
	}

	return columns;
}

// The tag column is never wider than this, whatever the tags.
function tagCap(width: number): number {
	return width >= 70 ? Math.min(Math.floor(width / 4), 32) : 0;
}

/**
The widest tags among the matches, up to `cap`: a one-letter query matches nearly every post,
and the first few usually reach the cap, so the scan stops there instead of reading them all.
Read unordered: the widest does not depend on the rank, and only the first screens are ranked.
*/
function widestTagsOf(matches: Ranked, cap: number): number {
	let widest = 0;
	for (let at = 0; at < matches.length && widest < cap; at++) {
		widest = Math.max(widest, tagColumnsOf(matches.unordered(at)));
	}

	return Math.min(widest, cap);
}

// A section name is short (`inside-rust`); a longer one is cut to this.
const sectionCap = 14;

// Narrow terminals give the title the room: tags go first, then the section, then the date.
function columnsFor(width: number, widestTags: number, widestSection: number, marks: boolean): Columns {
	const marker = 2;
	const mark = marks && width >= 24 ? markColumns : 0;
	const date = width >= 32 ? dateColumns + 2 : 0;
	const tags = Math.min(tagCap(width), widestTags);
	const section = width >= 60 ? Math.min(sectionCap, widestSection) : 0;
	return {mark, date, section, tags, title: Math.max(1, width - marker - mark - date - (section > 0 ? section + 2 : 0) - (tags > 0 ? tags + 2 : 0))};
}

function tagText(tags: readonly string[]): string {
	return tags.map(tag => sanitizeLine(tag)).join(', ');
}

function titleSpans(match: Match): Span[] {
	const title = sanitizeLine(match.post.title);
	// Ranges index the original title; if the gate changed it, they no longer line up.
	return highlightParts(titleParts(title), title === match.post.title ? match.titleRanges : []);
}

function spanStyle(span: Span, theme: Theme): Style {
	if (span.highlighted) {
		return span.code ? {...theme.code, ...theme.match} : theme.match;
	}

	return span.code ? theme.code : {};
}

interface RowProps {
	readonly match: Match;
	readonly mark: ReadMark | undefined;
	readonly isSelected: boolean;
	readonly columns: Columns;
	readonly theme: Theme;
}

/** Memoised: the frame that only echoes a typed key, or moves the selection, keeps the other rows as they were. */
const Row = memo(function Row({match, mark, isSelected, columns, theme}: RowProps) {
	const spans = fitSpans(titleSpans(match), columns.title);
	// An unread title is bold as well as marked: it stands out without colour too.
	const title = mark?.unread === true ? theme.unreadTitle : undefined;
	const used = spans.reduce((sum, span) => sum + columnsOf(span.text), 0);
	return (
		<Text {...(isSelected ? theme.selected : undefined)} wrap="truncate">
			{isSelected ? '› ' : '  '}
			{columns.mark > 0 ? <Text {...(mark?.unread ? theme.unread : isSelected ? undefined : theme.progress)}>{markText(mark)}</Text> : null}
			{columns.date > 0 ? <Text {...(isSelected ? undefined : theme.date)}>{padText(match.post.date ?? '', dateColumns)}  </Text> : null}
			{columns.section > 0 ? <Text {...(isSelected ? undefined : theme.note)}>{padText(sanitizeLine(match.post.section ?? ''), columns.section)}  </Text> : null}
			{spans.map((span, index) => (
				// Spans have no identity beyond their place in the row.
				<Text key={index} {...title} {...spanStyle(span, theme)}>
					{span.text}
				</Text>
			))}
			{' '.repeat(Math.max(0, columns.title - used))}
			{/* Only the highlighted bar needs the trailing padding: ink trims it off other rows, after
			tokenising every character of it on every frame. */}
			{columns.tags > 0 ? <Text {...(isSelected ? undefined : theme.tags)}>{'  ' + (isSelected ? padText : fitText)(tagText(match.post.tags), columns.tags)}</Text> : null}
		</Text>
	);
});

function header({title, noun = 'post', total, otherSection = '', query, resultsQuery, matches, indexing, indexedPercent = 0, checking = false}: ListScreenProps): string {
	const posts = `${total} ${noun}${total === 1 ? '' : 's'}`;
	// Until the rows belong to the typed query, their count would answer another question.
	const count = resultsQuery === query ? `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}` : '… matches';
	const filter = query === '' ? '' : ` · “${sanitizeLine(query)}”: ${count}`;
	return `${sanitizeLine(title)} · ${posts}${checking ? ' · checking files…' : ''}${indexing ? ` · indexing…${indexedPercent > 0 ? ` ${indexedPercent}%` : ''}` : ''}${filter}${otherSection === '' ? '' : ` · ${otherSection}`}`;
}

interface RowsProps {
	readonly matches: Ranked;
	readonly selected: number;
	readonly top: number;
	readonly rows: number;
	readonly columns: Columns;
	readonly resultsQuery: string;
	readonly width: number;
	readonly marks: ((slug: string) => ReadMark) | undefined;
}

/**
The visible rows only: a list of 10,000 matches lays out a screenful. Memoised with stable props
(the matches change only with the results), so a frame that only echoes a key skips it.
*/
const Rows = memo(function Rows({matches, selected, top, rows, columns, resultsQuery, width, marks}: RowsProps) {
	const theme = useTheme();
	const visible: Match[] = [];
	for (let rank = top; rank < Math.min(matches.length, top + rows); rank++) {
		visible.push(matches.at(rank));
	}

	if (visible.length === 0) {
		return (
			<Text>
				{fitText(resultsQuery === '' ? 'no posts' : 'no posts match', width)}
				{resultsQuery === '' ? '' : <Text {...theme.note}>{fitText(' (Esc clears the search)', Math.max(0, width - 14))}</Text>}
			</Text>
		);
	}

	return visible.map((match, index) => (
		<Row key={top + index} match={match} mark={marks?.(match.post.slug)} isSelected={top + index === selected} columns={columns} theme={theme} />
	));
});

export function ListScreen(props: ListScreenProps) {
	const {matches, selected, top, width, height} = props;
	const rows = Math.max(1, height - 2);
	const cap = tagCap(width);
	const widestTags = useMemo(() => widestTagsOf(matches, cap), [matches, cap]);
	const hasMarks = props.marks !== undefined;
	const columns = useMemo(() => columnsFor(width, widestTags, props.sectionColumns ?? 0, hasMarks), [width, widestTags, props.sectionColumns, hasMarks]);
	// Stable while the results stand, so the memoised status line is not drawn anew each frame.
	const chips = useMemo(() => filterChips(matches.query), [matches]);
	const theme = useTheme();
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text {...theme.header} wrap="truncate">{fitText(header(props), width)}</Text>
			{/* No overflow clipping: Rows draws at most `rows` one-line rows, and a clipped box makes ink
			slice and measure every line of it again on every frame (a third of a frame's output time). */}
			<Box flexDirection="column" height={rows}>
				<Rows matches={matches} selected={selected} top={top} rows={rows} columns={columns} resultsQuery={props.resultsQuery} width={width} marks={props.marks} />
			</Box>
			<ListStatusLine
				searching={props.searching}
				query={props.query}
				count={props.resultsQuery === props.query ? matches.length : undefined}
				total={props.total}
				width={width}
				hints={props.hints}
				position={matches.length === 0 ? '0/0' : `${selected + 1}/${props.listed ?? matches.length}`}
				notice={props.notice ?? ''}
				chips={chips}
				order={props.order ?? ''}
			/>
		</Box>
	);
}
