import type {Token} from 'marked';
import type {Collector} from './collector.js';
import {stripEscapes} from './escapes.js';
import type {Highlighter} from './highlight/highlight.js';
import type {References} from './links.js';
import {withoutMarkers} from './markers.js';
import {gluedSpace} from './wrap-pieces.js';

/**
The options of a Markdown render and the state of the one under way, which marked's renderers
(markdown-marked.ts, markdown-links.ts) read: marked renders synchronously, so one slot is
enough; a nested render (an HTML block's) saves and restores it.
*/

export type LinkStyle = 'osc8' | 'inline' | 'references';

export interface MarkdownOptions {
	readonly width: number;
	readonly color: boolean;
	readonly links: LinkStyle;
	/** Puts the blog's URL before relative targets inside OSC 8 links (what a click opens). */
	readonly baseUrl?: string;
	/** Each link's number beside its text in every style (the reader's, for its links list). */
	readonly numberLinks?: boolean;
	/** Turns an HTML block into Markdown; without it HTML blocks become plain text. */
	readonly htmlToMarkdown?: (html: string) => string;
	/** Colours code blocks that name their language; without it they keep the plain code colour. */
	readonly highlight?: Highlighter;
	/** Replaces emoji shortcodes in prose (emoji.ts, loaded only when a post may hold one). */
	readonly emoji?: (text: string) => string;
}


/** State of the one render under way (marked renders synchronously, so one slot is enough). */
export interface Pass {
	readonly references: References;
	readonly collector: Collector;
	readonly slug: (text: string, explicit?: string) => string;
	readonly options: MarkdownOptions;
	/** The post's footnotes in order of first reference, read right after lexing. */
	footnotes: ReadonlyArray<{readonly label: string; readonly content: Token[]}>;
	htmlDepth: number;
}

let pass: Pass | undefined;

/** Starts a render: its state is the one `current` returns until `leavePass`. */
export function enterPass(state: Pass): Pass | undefined {
	const previous = pass;
	pass = state;
	return previous;
}

export function leavePass(previous: Pass | undefined): void {
	pass = previous;
}

export function current(): Pass {
	if (!pass) {
		throw new Error('blog-reader: a Markdown renderer ran outside a render');
	}

	return pass;
}

// A soft line break inside a paragraph becomes a space; a hard break (`br`) is marked with CR,
// which sanitizeText has already removed from the source, and becomes a newline afterwards.
export const hardBreak = '\r';
export const joinLines = (text: string) => text.replaceAll('\n', ' ').replace(/ *\r */g, '\n');
export const plainOf = (text: string) => stripEscapes(withoutMarkers(text)).replaceAll(hardBreak, ' ').replaceAll(gluedSpace, ' ').trim();

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A footnote's marker: superscript digits, which read as a note and never as a link number. */
export const noteMarker = (number: number) => [...String(number)].map(digit => superscripts[Number(digit)]).join('');
