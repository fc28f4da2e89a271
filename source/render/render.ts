import path from 'node:path';
import type {Post} from '../archive/post.js';
import {renderHeader} from './header.js';
import type {Highlighter} from './highlight/highlight.js';

/**
The one way a post becomes terminal text. Light at import: marked and marked-terminal, the code
highlighter, Asciidoctor and the HTML converter load on the first call that needs them, so the
list UI and the `list`/`search` commands never pay for them, and the highlighter waits for a
coloured post with code.
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
	/** The blog's URL: relative link targets are resolved against it. */
	readonly baseUrl?: string;
}

export {renderHeader, headerFacts, readingTime} from './header.js';

function normalized(options: RenderOptions): RenderOptions {
	// Two columns is the least that holds a wide character; nonsense widths get the pipe default.
	const width = Number.isFinite(options.width) && options.width >= 1 ? Math.max(2, Math.floor(options.width)) : 80;
	return {...options, width};
}

/** The code highlighter, loaded only when colour is on and the text may name a code language. */
async function highlighterFor(markdown: string, options: RenderOptions, mayNameCodeLanguage: (source: string) => boolean): Promise<Highlighter | undefined> {
	return options.color && mayNameCodeLanguage(markdown) ? (await import('./highlight/highlight.js')).highlightCode : undefined;
}

async function renderBody(post: Post, options: RenderOptions): Promise<string> {
	const {renderMarkdown, hasHtmlBlock, mayNameCodeLanguage} = await import('./markdown.js');
	const markdownOptions = {width: options.width, color: options.color, links: options.links, baseUrl: options.baseUrl};
	const render = async (markdown: string, htmlToMarkdown?: (html: string) => string) => renderMarkdown(markdown, {
		...markdownOptions,
		htmlToMarkdown,
		highlight: await highlighterFor(markdown, options, mayNameCodeLanguage),
	});
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

/**
The post as terminal text: the header block (title, date, tags, reading time), then its body,
every line at most `width` columns wide.
*/
export async function renderPost(post: Post, options: RenderOptions): Promise<string> {
	const settled = normalized(options);
	const header = renderHeader(post, settled);
	const body = await renderBody(post, settled);
	return body ? `${header}\n\n${body}` : header;
}
