import {blocks} from './html-blocks.js';
import {oneLine} from './html-inline.js';
import type {Context} from './html-markdown.js';
import {collectNotes} from './html-notes.js';
import {parseHtml} from './html-tree.js';

/**
HTML posts (and HTML blocks inside Markdown) as Markdown, so they end as the same styled lines.
The HTML is parsed into a depth-capped tree (html-tree.ts), so the work is linear in its size
whatever the nesting. What a page shows but Markdown has no construct for becomes a labelled
placeholder that still carries its target: a video or audio file, a frame, a figure with its
caption, a `<details>` summary. Footnote links (`<sup><a href="#fn1">1</a></sup>` and the note
list they point to) become Markdown footnotes, `[^1]` and `[^1]: text`. Scripts, styles and
templates are never text; `<noscript>` is (a terminal runs no script, so its fallback is what
the reader gets: an asciinema embed's link, for one).

Link and image targets are written exactly as the HTML gives them (entities decoded, as a
browser reads the attribute), inside `<…>` so nothing in them is Markdown. Text is escaped only
where Markdown would read it as markup, and bare URLs in text are never escaped (marked's
autolinks take them verbatim, so an escape there would leak into the address).

The parts, by job: html-markdown.ts (escapes, destinations, paragraphs, shared node tests),
html-inline.ts, html-blocks.ts (the walk over the tree), html-media.ts (placeholders, figures,
details), html-notes.ts (footnotes), html-tables.ts (tables, admonitions).
*/

/** HTML as Markdown: the text, structure and targets of the page, in time linear in its size. */
export function htmlToMarkdown(html: string): string {
	const root = parseHtml(html);
	const context: Context = {notes: collectNotes(root), table: false, note: false, blocks, oneLine};
	return blocks(root.children, context).join('\n\n');
}
