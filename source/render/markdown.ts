import {Chalk} from 'chalk';
import {sanitizeText} from '../text/sanitize.js';
import {Collector} from './collector.js';
import {fenceDisplayMath} from './display-math.js';
import {keepOwnEscapes} from './escapes.js';
import {separateFootnotes} from './footnote-blocks.js';
import {createSlugger, stripHeadingAttributes} from './heading-ids.js';
import {pairDocumentHtml} from './inline-html.js';
import {References} from './links.js';
import {markedFor} from './markdown-marked.js';
import {enterPass, leavePass, type MarkdownOptions, type Pass} from './markdown-pass.js';
import {fixTaskItems, footnoteSection, lex, referenceList, sections, takeFootnotes, tidy, unescapeAutolink} from './markdown-tokens.js';
import {capNesting} from './nesting.js';
import {expandTemplates} from './templates.js';
import {wrapDocument} from './wrap.js';

/**
Markdown to terminal text: marked with marked-terminal for lists and emphasis, marked-footnote
for footnotes, and our own renderers where marked-terminal 7.3 falls short with marked 18
(inline tokens in list items, doubled task boxes, width, links, images, headings, code). Each
heading, link, image, footnote, code block and top-level block leaves a marker in the text, so
the caller learns on which wrapped line it sits (collector.ts).

The parts: markdown-marked.ts (the marked instance and its renderers), markdown-links.ts (links,
images, headings), markdown-tokens.ts (token fixes, footnotes, reference lists, tidy-up),
markdown-pass.ts (the options and the state of the render under way).
*/

export type {LinkStyle, MarkdownOptions} from './markdown-pass.js';
export {noteMarker} from './markdown-pass.js';
export {tidy} from './markdown-tokens.js';

/**
Whether rendering the Markdown may meet a code block that names its language: a fence, a
template's highlight tag, or HTML that converts to a fence. Errs towards yes.
*/
export function mayNameCodeLanguage(source: string): boolean {
	return /```|~~~|highlight|<pre|<code/i.test(source);
}

/** Whether the Markdown holds an HTML block worth a real conversion. */
export function hasHtmlBlock(source: string): boolean {
	// Any tag at the start of a line may open an HTML block (an <img> or <script> line is one).
	return /^ {0,3}<[a-z][a-z\d-]*(?:[\s/>]|$)/im.test(source);
}

/** Raw rendered Markdown: SGR and OSC 8 escapes and markers, not yet wrapped. */
function renderBody(source: string, options: MarkdownOptions, collector: Collector): string {
	const instance = markedFor(options);
	const chalk = new Chalk({level: options.color ? 1 : 0});
	const markdown = capNesting(separateFootnotes(fenceDisplayMath(expandTemplates(sanitizeText(source)))));
	const state: Pass = {references: new References(), collector, slug: createSlugger(), options, footnotes: [], htmlDepth: 0};
	const previous = enterPass(state);
	try {
		const tokens = lex(instance, markdown);
		instance.walkTokens(tokens, token => {
			fixTaskItems(token);
			stripHeadingAttributes(token);
			pairDocumentHtml(token);
			unescapeAutolink(token);
		});
		state.footnotes = takeFootnotes(tokens);
		for (const note of state.footnotes) {
			instance.walkTokens(note.content, pairDocumentHtml);
		}

		let out = '';
		for (const part of sections(tokens)) {
			for (const token of part) {
				out += (token.type === 'space' ? '' : collector.block()) + instance.parser([token]);
			}

			out += referenceList(state.references, chalk, options.links);
		}

		// Notes come last; links inside them are listed under them.
		const notes = footnoteSection(instance, state, chalk, Math.max(2, Math.floor(options.width)));
		return notes === '' ? out : out + notes + referenceList(state.references, chalk, options.links);
	} finally {
		leavePass(previous);
	}
}

export interface RenderedMarkdown {
	/** Tidied text with our escapes and markers, lines not yet wrapped. */
	readonly text: string;
	readonly collector: Collector;
}

/**
Markdown as terminal text with the markers of its structure, ready for `wrapDocument`. Only our
own SGR (and OSC 8, with the `osc8` style and colour on) escapes appear; with `color: false`
none but the markers.
*/
export function renderMarkdownText(source: string, options: MarkdownOptions): RenderedMarkdown {
	const collector = new Collector();
	let rendered: string;
	try {
		rendered = renderBody(source, options, collector);
	} catch (error) {
		// A pathological input that still overflows the stack is shown as plain text.
		if (!(error instanceof RangeError)) {
			throw error;
		}

		rendered = sanitizeText(source);
	}

	return {text: tidy(keepOwnEscapes(rendered, options.color)), collector};
}

/** Markdown as terminal lines no wider than `options.width`, joined (the structure dropped). */
export function renderMarkdown(source: string, options: MarkdownOptions): string {
	return wrapDocument(renderMarkdownText(source, options).text, options.width, true).lines.join('\n');
}
