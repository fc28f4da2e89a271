import path from 'node:path';
import type {ThemeName} from '../output/theme-choice.js';
import {stripEscapes} from './escapes.js';
import {renderTitleBlock} from './title-block.js';
import type {Highlighter} from './highlight/highlight.js';
import {reserveImageRows} from './image-rows.js';
import {findImageFile} from './images.js';
import type {RenderedMarkdown} from './markdown.js';
import type {RenderablePost} from './post-data.js';
import {emptyStructure, type Structure} from './structure.js';
import {wrapDocument} from './wrap.js';

/**
The one way a post becomes terminal text: a document of lines wrapped to a width, and where its
headings, links, footnotes, images and code blocks sit. Light at import: marked and
marked-terminal, the code highlighter, Asciidoctor and the HTML converter load on the first call
that needs them, so the list UI and the `list`/`search` commands never pay for them, and the
highlighter waits for a coloured post with code.
*/

export type LinkStyle =
	/** OSC 8 hyperlinks: the terminal shows the text and opens the URL (`inline` when colour is off). */
	| 'osc8'
	/** `text (url)`. */
	| 'inline'
	/** `text [1]`, with `[1]: url` listed after the section: nothing lost in a pipe. */
	| 'references';

export interface RenderOptions {
	/** Columns to wrap to. */
	readonly width: number;
	/** Emit our own SGR styling; when false the output holds no escape sequence at all. */
	readonly color: boolean;
	readonly links: LinkStyle;
	/** AsciiDoc `include::` may read files inside this folder only; default: the post's own folder. */
	readonly archiveRoot?: string;
	/** The blog's URL: a click on a relative link opens it there. */
	readonly baseUrl?: string;
	/** The site's root folder, where a post's images are looked for; default: archiveRoot. */
	readonly siteRoot?: string;
	/**
	Lines that must stay whole (a `[n]: url` reference) stay one line however long: right for a
	pipe, where the terminal soft-wraps them; a screen needs every line to fit (the default).
	*/
	readonly keepLongLines?: boolean;
	/**
	The reader's palette, for the header's title colour. The body keeps its own palette for now
	(its renderer is being rebuilt); a light palette for it plugs in here.
	*/
	readonly theme?: ThemeName;
	/**
	Keep up to this many blank lines after each local image for the reader to draw it in (see
	image-rows.ts); 0 or absent: none, as in a pipe.
	*/
	readonly imageRows?: number;
	/**
	Show each link's number beside its text (`docs[3]`) in every link style, as the reader's links
	list (`L`) numbers them; references (`[n]`, as piped) always show it.
	*/
	readonly numberLinks?: boolean;
}

export interface RenderedDocument extends Structure {
	readonly width: number;
	/** The lines to draw, each at most `width` columns (but kept-long lines in a pipe). */
	readonly lines: readonly string[];
	/** The same lines without any escape: what find in post searches. */
	readonly text: readonly string[];
	/** How many of the lines are the header block (title, facts, rule). */
	readonly titleBlockLines: number;
	/** A one-line note when the post could not be rendered whole (over budget, say). */
	readonly notice?: string;
	/** Only the beginning of a long post, shown while the whole renders. */
	readonly partial?: boolean;
}

export {renderTitleBlock, titleBlockFacts, readingTime} from './title-block.js';

function normalized(options: RenderOptions): RenderOptions {
	// Two columns is the least that holds a wide character; nonsense widths get the pipe default.
	const width = Number.isFinite(options.width) && options.width >= 1 ? Math.max(2, Math.floor(options.width)) : 80;
	return {...options, width};
}

/** The code highlighter, loaded only when colour is on and the text may name a code language. */
async function highlighterFor(markdown: string, options: RenderOptions, mayNameCodeLanguage: (source: string) => boolean): Promise<Highlighter | undefined> {
	return options.color && mayNameCodeLanguage(markdown) ? (await import('./highlight/highlight.js')).highlightCode : undefined;
}

async function emojiFor(markdown: string): Promise<((text: string) => string) | undefined> {
	return /:[a-z\d_+-]{1,40}:/.test(markdown) ? (await import('./emoji.js')).replaceShortcodes : undefined;
}

/** Markdown's render with all it needs loaded first: what is left runs synchronously. */
async function loadedMarkdown(markdown: string, options: RenderOptions, htmlToMarkdown?: (html: string) => string): Promise<() => RenderedMarkdown> {
	const {renderMarkdownText, mayNameCodeLanguage} = await import('./markdown.js');
	const markdownOptions = {width: options.width, color: options.color, links: options.links, baseUrl: options.baseUrl, numberLinks: options.numberLinks};
	const highlight = await highlighterFor(markdown, options, mayNameCodeLanguage);
	const emoji = await emojiFor(markdown);
	return () => renderMarkdownText(markdown, {...markdownOptions, htmlToMarkdown, highlight, emoji});
}

async function renderBody(post: RenderablePost, options: RenderOptions): Promise<RenderedMarkdown> {
	const {hasHtmlBlock} = await import('./markdown.js');
	const render = async (markdown: string, htmlToMarkdown?: (html: string) => string) => (await loadedMarkdown(markdown, options, htmlToMarkdown))();
	switch (post.format) {
		case 'asciidoc': {
			const [{asciidocToHtml}, {htmlToMarkdown}] = await Promise.all([import('./asciidoc.js'), import('./html.js')]);
			let markdown: string;
			try {
				const html = await asciidocToHtml(post.body, {
					file: post.file,
					archiveRoot: options.archiveRoot ?? path.dirname(post.file),
				});
				markdown = htmlToMarkdown(html);
			} catch (error) {
				// A document Asciidoctor cannot take (nested past its stack) is still shown as text.
				if (!(error instanceof RangeError)) {
					throw error;
				}

				markdown = '```\n' + post.body.replaceAll('```', '` ` `') + '\n```';
			}

			return render(markdown);
		}

		case 'html': {
			const {htmlToMarkdown} = await import('./html.js');
			return render(htmlToMarkdown(post.body));
		}

		default: {
			const htmlToMarkdown = hasHtmlBlock(post.body) ? (await import('./html.js')).htmlToMarkdown : undefined;
			return render(post.body, htmlToMarkdown);
		}
	}
}

/** Puts the header's lines and the body's together, and finds the images on disk. */
export function assemble(post: RenderablePost, options: RenderOptions, header: string, body: RenderedMarkdown | undefined, notice?: string): RenderedDocument {
	const titleBlockLines = header.split('\n');
	if (!body || body.text === '') {
		return {...emptyStructure, width: options.width, lines: titleBlockLines, text: titleBlockLines.map(line => stripEscapes(line)), titleBlockLines: titleBlockLines.length, notice};
	}

	// The header, a blank line, then the body.
	const offset = titleBlockLines.length + 1;
	const wrapped = wrapDocument(body.text, options.width, options.keepLongLines ?? false);
	const structure = body.collector.resolve(wrapped.marks, offset);
	const siteRoot = options.siteRoot ?? options.archiveRoot;
	const images = siteRoot
		? structure.images.map(image => {
			const file = findImageFile(image.source, {postFile: post.file, siteRoot, baseUrl: options.baseUrl});
			return file ? {...image, file} : image;
		})
		: structure.images;
	const placed = {...structure, images, lines: [...titleBlockLines, '', ...wrapped.lines]};
	const {lines, structure: withRows} = options.imageRows ? reserveImageRows(placed, options.imageRows, options.width) : {lines: placed.lines, structure: placed};
	return {
		...withRows,
		width: options.width,
		lines,
		text: lines.map(line => (line.includes('\u001B') ? stripEscapes(line) : line)),
		titleBlockLines: titleBlockLines.length,
		notice,
	};
}

/** The post as a document for `options.width`: the header block, then the body. */
export async function renderDocument(post: RenderablePost, options: RenderOptions): Promise<RenderedDocument> {
	const settled = normalized(options);
	const header = renderTitleBlock(post, settled);
	return assemble(post, settled, header, await renderBody(post, settled));
}

/**
A Markdown post's `renderDocument`, its modules loaded now and the rendering left to the call it
returns, which is synchronous: a caller on the main thread can bound it in time (`show` runs it
under `vm`'s timeout) where otherwise only the render thread could.
*/
export async function markdownRenderer(post: RenderablePost, options: RenderOptions): Promise<() => RenderedDocument> {
	const settled = normalized(options);
	const {hasHtmlBlock} = await import('./markdown.js');
	const htmlToMarkdown = hasHtmlBlock(post.body) ? (await import('./html.js')).htmlToMarkdown : undefined;
	const body = await loadedMarkdown(post.body, settled, htmlToMarkdown);
	return () => assemble(post, settled, renderTitleBlock(post, settled), body());
}

/** The post as terminal text, every line at most `width` columns wide (but kept-long lines). */
export async function renderPost(post: RenderablePost, options: RenderOptions): Promise<string> {
	const document = await renderDocument(post, {keepLongLines: true, ...options});
	return document.lines.join('\n');
}
