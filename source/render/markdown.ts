import {Chalk, type ChalkInstance} from 'chalk';
import {Marked, type Token, type Tokens} from 'marked';
import markedFootnote from 'marked-footnote';
import {markedTerminal} from 'marked-terminal';
import {sanitizeText} from '../text/sanitize.js';
import {cjkEmphasis} from './cjk-emphasis.js';
import {frameCode, parseFenceInfo} from './code-block.js';
import {fenceDisplayMath} from './display-math.js';
import {separateFootnotes} from './footnote-blocks.js';
import {Collector} from './collector.js';
import {decodeEntities} from '../text/entities.js';
import {keepOwnEscapes, stripEscapes} from './escapes.js';
import {createSlugger, isAttributeLine, stripHeadingAttributes} from './heading-ids.js';
import {inlineEmbedOf} from './embeds.js';
import {htmlToText, imageOf} from './html-text.js';
import {pairDocumentHtml, type ScriptToken} from './inline-html.js';
import {cleanUrl, displayUrl, hyperlink, isPostReference, References, withoutHyperlinks} from './links.js';
import {keepWhole, withoutMarkers} from './markers.js';
import {capNesting} from './nesting.js';
import {script} from './scripts.js';
import {renderTable} from './table.js';
import type {Highlighter} from './highlight/highlight.js';
import {expandTemplates} from './templates.js';
import {gluedSpace, wrapDocument} from './wrap.js';

/**
Markdown to terminal text: marked with marked-terminal for lists and emphasis, marked-footnote
for footnotes, and our own renderers where marked-terminal 7.3 falls short with marked 18
(inline tokens in list items, doubled task boxes, width, links, images, headings, code). Each
heading, link, image, footnote, code block and top-level block leaves a marker in the text, so
the caller learns on which wrapped line it sits (collector.ts).
*/

export type LinkStyle = 'osc8' | 'inline' | 'references';

export interface MarkdownOptions {
	readonly width: number;
	readonly color: boolean;
	readonly links: LinkStyle;
	/** Puts the blog's URL before relative targets inside OSC 8 links (what a click opens). */
	readonly baseUrl?: string;
	/** Turns an HTML block into Markdown; without it HTML blocks become plain text. */
	readonly htmlToMarkdown?: (html: string) => string;
	/** Colours code blocks that name their language; without it they keep the plain code colour. */
	readonly highlight?: Highlighter;
	/** Replaces emoji shortcodes in prose (emoji.ts, loaded only when a post may hold one). */
	readonly emoji?: (text: string) => string;
}

/** State of the one render under way (marked renders synchronously, so one slot is enough). */
interface Pass {
	readonly references: References;
	readonly collector: Collector;
	readonly slug: (text: string, explicit?: string) => string;
	readonly options: MarkdownOptions;
	/** The post's footnotes in order of first reference, read right after lexing. */
	footnotes: ReadonlyArray<{readonly label: string; readonly content: Token[]}>;
	htmlDepth: number;
}

let pass: Pass | undefined;

function current(): Pass {
	if (!pass) {
		throw new Error('blog-reader: a Markdown renderer ran outside a render');
	}

	return pass;
}

// A soft line break inside a paragraph becomes a space; a hard break (`br`) is marked with CR,
// which sanitizeText has already removed from the source, and becomes a newline afterwards.
const hardBreak = '\r';
const joinLines = (text: string) => text.replaceAll('\n', ' ').replace(/ *\r */g, '\n');
const plainOf = (text: string) => stripEscapes(withoutMarkers(text)).replaceAll(hardBreak, ' ').replaceAll(gluedSpace, ' ').trim();

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A footnote's marker: superscript digits, which read as a note and never as a link number. */
export const noteMarker = (number: number) => [...String(number)].map(digit => superscripts[Number(digit)]).join('');

function headingStyle(level: number, chalk: ChalkInstance): (text: string) => string {
	switch (level) {
		case 1: {
			return chalk.magenta.bold.underline;
		}

		case 2: {
			return chalk.green.bold;
		}

		case 3: {
			return chalk.cyan.bold;
		}

		default: {
			return chalk.yellow;
		}
	}
}

function renderLink(text: string, href: string, chalk: ChalkInstance, image: boolean): string {
	const {options, collector, references} = current();
	const target = displayUrl(href);
	const label = withoutHyperlinks(text);
	const visible = plainOf(label);
	if (target === '' || target.startsWith('#')) {
		// An anchor in the same post: its text is what a reader needs; the record says where it jumps.
		const anchor = target.slice(1);
		return collector.link({number: 0, text: visible, target, anchor}) + chalk.underline(label);
	}

	const number = references.add(target);
	const mark = collector.link({number, text: visible || target, target});
	if (!image && (visible.endsWith(`[${number}]`) || visible.endsWith(`(${target})`))) {
		// A link around an image of the same target (a thumbnail opening itself): shown once.
		return mark + label;
	}

	const bare = !image && (visible === '' || visible === target || `mailto:${visible}` === target);
	const style = options.color ? options.links : (options.links === 'osc8' ? 'inline' : options.links);
	if (style === 'osc8') {
		const url = cleanUrl(target, isPostReference(target) ? undefined : options.baseUrl);
		return mark + hyperlink(url, chalk.blue.underline(bare ? target : label));
	}

	if (bare) {
		return mark + chalk.blue.underline(target);
	}

	if (style === 'inline') {
		return `${mark}${chalk.blue(label)} ${chalk.dim(`(${target})`)}`;
	}

	return `${mark}${chalk.blue(label)}${gluedSpace}${chalk.dim(`[${number}]`)}`;
}

function renderImage(alt: string, href: string, chalk: ChalkInstance): string {
	const source = displayUrl(href);
	const name = alt.trim() || decodeEntities(source.split(/[?#]/)[0]!.split('/').pop() ?? '').trim();
	const label = name ? `[image: ${name}]` : '[image]';
	return current().collector.image({alt: alt.trim(), source}) + renderLink(label, href, chalk, true);
}

function createMarked(options: MarkdownOptions): Marked {
	const chalk = new Chalk({level: options.color ? 1 : 0});
	const width = Math.max(2, Math.floor(options.width));
	const identity = (text: string) => text;
	const instance: Marked = new Marked(
		markedTerminal({
			code: chalk.yellow,
			blockquote: identity,
			html: identity,
			heading: chalk.green.bold,
			firstHeading: chalk.magenta.underline.bold,
			hr: identity,
			listitem: identity,
			table: identity,
			paragraph: identity,
			strong: chalk.bold,
			em: chalk.italic,
			codespan: chalk.yellow,
			del: chalk.dim.strikethrough,
			link: chalk.blue,
			href: chalk.blue.underline,
			text: identity,
			emoji: false,
			width,
			reflowText: false,
			tab: 2,
		}),
		{
			renderer: {
				// marked-terminal#304/#371: its text() ignores the inline tokens of tight list items.
				text(token) {
					if ('tokens' in token && token.tokens) {
						return joinLines(this.parser.parseInline(token.tokens));
					}

					const text = decodeEntities(token.text);
					return current().options.emoji?.(text) ?? text;
				},
				paragraph(token) {
					if (isAttributeLine(token.text)) {
						return '';
					}

					return joinLines(this.parser.parseInline(token.tokens)) + '\n\n';
				},
				heading(token) {
					const {collector, slug} = current();
					const text = joinLines(this.parser.parseInline(token.tokens)).replaceAll(hardBreak, ' ');
					const plain = plainOf(text);
					const id = slug(plain, (token as Tokens.Heading & {anchor?: string}).anchor);
					const prefix = token.depth === 1 && options.color ? '' : `${'#'.repeat(token.depth)} `;
					return collector.heading({level: token.depth, text: plain, id}) + headingStyle(token.depth, chalk)(prefix + text) + '\n\n';
				},
				br() {
					return hardBreak;
				},
				codespan(token) {
					// Backticks stay in plain text: a pipe must still tell code from prose.
					const code = decodeEntities(token.text);
					return options.color ? chalk.yellow(code) : `\`${code}\``;
				},
				code(token) {
					const {language, marked} = parseFenceInfo(token.lang ?? '');
					const code = token.text.replaceAll('\t', '    ');
					const highlight = current().options.highlight;
					let body = options.color ? chalk.yellow(code) : code;
					// Only named languages: guessing one runs every grammar, far too slow on big blocks.
					if (options.color && highlight && language && code.length < 200_000) {
						body = highlight(code, language, chalk) ?? body;
					}

					return frameCode(body, language, {width, chalk, marked, ...current().collector.codeBlock(language)});
				},
				blockquote(token) {
					const body = this.parser.parse(token.tokens).trim();
					const bar = chalk.gray('│ ');
					return body.split('\n').map(line => bar + chalk.italic(line)).join('\n') + '\n\n';
				},
				hr() {
					return chalk.dim('─'.repeat(Math.min(width, 80))) + '\n\n';
				},
				checkbox(token) {
					return token.checked ? '☑ ' : '☐ ';
				},
				link(token) {
					return renderLink(this.parser.parseInline(token.tokens), token.href, chalk, false);
				},
				image(token) {
					return renderImage(token.text, token.href, chalk);
				},
				table(token) {
					const cell = (item: Tokens.TableCell) => joinLines(this.parser.parseInline(item.tokens)).replaceAll(hardBreak, '\n');
					return renderTable({
						header: token.header.map(item => cell(item)),
						rows: token.rows.map(row => row.map(item => cell(item))),
						align: token.align,
						width,
						border: chalk.dim,
						heading: chalk.bold,
					}) + '\n\n';
				},
				html(token): string {
					const state = current();
					if ('block' in token && token.block && state.options.htmlToMarkdown && state.htmlDepth === 0) {
						state.htmlDepth++;
						try {
							const markdown = capNesting(sanitizeText(state.options.htmlToMarkdown(token.text)));
							// The block's own footnotes (an HTML post's notes) join the post's.
							const tokens = lex(instance, markdown);
							state.footnotes = [...state.footnotes, ...takeFootnotes(tokens).filter(note => !state.footnotes.some(known => known.label === note.label))];
							return this.parser.parse(tokens);
						} catch {
							return htmlToText(token.text) + '\n\n';
						} finally {
							state.htmlDepth--;
						}
					}

					if ('block' in token && token.block) {
						const text = htmlToText(token.text);
						return text ? text + '\n\n' : '';
					}

					// Inline tags: a line break or an image mean something, the rest is markup.
					if (/^<br\b/i.test(token.text)) {
						return hardBreak;
					}

					const image = imageOf(token.text);
					if (image) {
						return renderImage(image.alt, image.src, chalk);
					}

					const embed = inlineEmbedOf(token.text);
					return embed ? renderLink(`[${embed.kind}: ${embed.label}]`, embed.target, chalk, true) : '';
				},
			},
		},
	);
	instance.use(markedFootnote());
	instance.use({
		extensions: [
			cjkEmphasis,
			{
				// `<sup>…</sup>` and `<sub>…</sub>` in prose, paired by inline-html.ts.
				name: 'htmlScript',
				renderer(token) {
					const {position, tokens} = token as unknown as ScriptToken;
					const text = this.parser.parseInline(tokens);
					return script(position, text, plainOf(text));
				},
			},
			{
				name: 'footnoteRef',
				renderer(token) {
					const {footnotes, collector} = current();
					const number = footnotes.findIndex(note => note.label === token['label']) + 1;
					if (number === 0) {
						return token.raw;
					}

					return collector.footnoteReference(number, String(token['label'])) + chalk.cyan(noteMarker(number));
				},
			},
		],
	});
	return instance;
}

const instances = new Map<string, Marked>();

function markedFor(options: MarkdownOptions): Marked {
	const key = `${Math.floor(options.width)}:${options.color}:${options.links}:${options.baseUrl ?? ''}:${Boolean(options.htmlToMarkdown)}`;
	let instance = instances.get(key);
	if (!instance) {
		if (instances.size > 32) {
			instances.clear();
		}

		instance = createMarked(options);
		instances.set(key, instance);
	}

	return instance;
}

// marked 17+ renders its own checkbox token; marked-terminal adds a second box for `task` items.
function fixTaskItems(token: Token): void {
	if (token.type === 'list_item' && (token as Tokens.ListItem).task) {
		(token as Tokens.ListItem).task = false;
	}
}

/**
A bare URL that marked links (GFM autolink) keeps the backslashes a writer put before `_` or `*`
so the address is not read as emphasis; the site links the address without them (the escape is
Markdown, not part of the URL), so the reader shows and opens it that way too.
*/
function unescapeAutolink(token: Token): void {
	if (token.type !== 'link') {
		return;
	}

	const link = token as Tokens.Link;
	if (link.raw === link.href && link.href.includes('\\')) {
		const href = link.href.replace(/\\([!-/:-@[-`{-~])/g, '$1');
		link.href = href;
		link.text = href;
		link.tokens = [{type: 'text', raw: href, text: href, escaped: false} as Tokens.Text];
	}
}

/** Splits the tokens before each heading of the shallowest level: references follow each part. */
function sections(tokens: Token[]): Token[][] {
	const depths = tokens.filter(token => token.type === 'heading').map(token => (token as Tokens.Heading).depth);
	if (depths.length === 0) {
		return [tokens];
	}

	const top = Math.min(...depths);
	const parts: Token[][] = [[]];
	for (const token of tokens) {
		if (token.type === 'heading' && (token as Tokens.Heading).depth === top && parts.at(-1)!.length > 0) {
			parts.push([]);
		}

		parts.at(-1)!.push(token);
	}

	return parts;
}

/**
Lexes Markdown with marked-footnote's state fresh. The extension keeps its state between lexer
runs and resets it only in walkTokens, which marked calls in parse() alone: a lexer run that
started in the wrong state (after a nested one, an HTML block's) would read a paragraph as its
footnote list and throw.
*/
function lex(instance: Marked, markdown: string): Token[] {
	const reset = instance.defaults.walkTokens;
	if (reset) {
		instance.walkTokens([{type: 'space', raw: ''}], reset);
	}

	const tokens = instance.lexer(markdown);
	if (reset) {
		instance.walkTokens(tokens, reset);
	}

	return tokens;
}

/**
The footnotes token marked-footnote builds while lexing, taken out of the tokens: the notes are
drawn once, at the end of the post (footnoteSection). Its items are copied out because the next
lexer run resets the shared token.
*/
function takeFootnotes(tokens: Token[]): Pass['footnotes'] {
	const index = tokens.findIndex(token => token.type === 'footnotes');
	if (index === -1) {
		return [];
	}

	const [token] = tokens.splice(index, 1) as Array<Token & {items?: Array<{label: string; content: Token[]}>}>;
	return [...(token!.items ?? [])].map(({label, content}) => ({label, content}));
}

/** The notes, numbered in the order they are first referred to, under a short rule. */
function footnoteSection(instance: Marked, state: Pass, chalk: ChalkInstance, width: number): string {
	if (state.footnotes.length === 0) {
		return '';
	}

	const notes = state.footnotes.map(({content}, index) => {
		const text = instance.parser(content).trim().replace(/\n{2,}/g, '\n');
		return `${state.collector.footnoteNote(index + 1)}${chalk.cyan(noteMarker(index + 1))} ${text}`;
	});
	return `${chalk.dim('─'.repeat(Math.min(width, 20)))}\n${notes.join('\n')}\n\n`;
}

function referenceList(references: References, chalk: ChalkInstance, style: LinkStyle): string {
	const list = references.take();
	// Without colour, `osc8` falls back to `inline`: the targets are in the text already.
	if (list.length === 0 || style !== 'references') {
		return '';
	}

	return list.map(({number, url}) => `${keepWhole}${chalk.dim(`[${number}]:`)} ${chalk.blue(url)}`).join('\n') + '\n\n';
}

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
	const previous = pass;
	pass = state;
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
		pass = previous;
	}
}

/**
Collapses runs of blank lines and drops trailing ones (marked-terminal ends with `\n\n`). A line
that holds only markers (a block that rendered to nothing) gives them to the next line, so it
does not stand as a blank line of its own.
*/
export function tidy(text: string): string {
	const lines: string[] = [];
	let carried = '';
	for (const raw of text.replaceAll(hardBreak, '\n').split('\n')) {
		const line = raw.trimEnd();
		if (line.includes('\u001B_') && withoutMarkers(line).trim() === '') {
			carried += line.trim();
			continue;
		}

		lines.push(line === '' || carried === '' ? line : carried + line);
		if (line !== '') {
			carried = '';
		}
	}

	if (carried !== '') {
		lines.push(carried);
	}

	return lines
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.replace(/^\n+/, '')
		.trimEnd();
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
