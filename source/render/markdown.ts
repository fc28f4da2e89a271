import {Chalk, type ChalkInstance} from 'chalk';
import {Marked, type Token, type Tokens} from 'marked';
import {markedTerminal} from 'marked-terminal';
import {sanitizeText} from '../text/sanitize.js';
import {decodeEntities} from './entities.js';
import {keepOwnEscapes, stripEscapes} from './escapes.js';
import {htmlToText, imageOf} from './html-text.js';
import {cleanUrl, displayUrl, hyperlink, References, withoutHyperlinks} from './links.js';
import {capNesting} from './nesting.js';
import {renderTable} from './table.js';
import type {Highlighter} from './highlight/highlight.js';
import {expandTemplates} from './templates.js';
import {wrapLines} from './wrap.js';

/**
Markdown to terminal text: marked with marked-terminal for headings, emphasis and lists, and our
own renderers where marked-terminal 7.3 falls short with marked 18 (inline tokens in list items,
doubled task boxes, width, links, images, code colour that depends on the environment).
*/

export type LinkStyle = 'osc8' | 'inline' | 'references';

export interface MarkdownOptions {
	readonly width: number;
	readonly color: boolean;
	readonly links: LinkStyle;
	/** Resolves relative link targets (the blog's own URL). */
	readonly baseUrl?: string;
	/** Turns an HTML block into Markdown; without it HTML blocks become plain text. */
	readonly htmlToMarkdown?: (html: string) => string;
	/** Colours code blocks that name their language; without it they keep the plain code colour. */
	readonly highlight?: Highlighter;
}

/** State of the one render under way (marked renders synchronously, so one slot is enough). */
interface Pass {
	readonly references: References;
	readonly options: MarkdownOptions;
	htmlDepth: number;
}

let pass: Pass | undefined;

// A soft line break inside a paragraph becomes a space; a hard break (`br`) is marked with CR,
// which sanitizeText has already removed from the source, and becomes a newline afterwards.
const hardBreak = '\r';
const joinLines = (text: string) => text.replaceAll('\n', ' ').replace(/ *\r */g, '\n');

function palette(color: boolean) {
	// Level 1 (16 colours) reads in every terminal and in `less -R`; level 0 is plain text. Never
	// the global chalk: its level comes from the environment and argv at import.
	const chalk = new Chalk({level: color ? 1 : 0});
	return {chalk, color};
}

type Palette = ReturnType<typeof palette>;

function renderCode(token: Tokens.Code, {chalk, color}: Palette): string {
	const language = (/^\S*/.exec(token.lang ?? '')?.[0] ?? '').toLowerCase();
	const code = token.text.replaceAll('\t', '    ');
	let body = color ? chalk.yellow(code) : code;
	const highlight = pass?.options.highlight;
	// Only named languages: guessing one runs every grammar, far too slow on big blocks.
	if (color && highlight && language && code.length < 200_000) {
		body = highlight(code, language, chalk) ?? body;
	}

	const gutter = '    ';
	return body.split('\n').map(line => gutter + line).join('\n') + '\n\n';
}

function renderLink(text: string, href: string, options: MarkdownOptions, {chalk}: Palette, image: boolean): string {
	const url = cleanUrl(href, options.baseUrl);
	const label = withoutHyperlinks(text);
	if (url === '' || url.startsWith('#')) {
		// An anchor in the same post: its text is what a reader needs.
		return chalk.underline(label);
	}

	const visible = stripEscapes(label).trim();
	const shown = displayUrl(href, options.baseUrl);
	const bare = !image && (visible === '' || visible === href || visible === shown || `mailto:${visible}` === href);
	const style = options.color ? options.links : (options.links === 'osc8' ? 'inline' : options.links);
	if (style === 'osc8') {
		return hyperlink(url, chalk.blue.underline(bare ? shown : label));
	}

	if (bare) {
		return chalk.blue.underline(shown);
	}

	if (style === 'inline') {
		return `${chalk.blue(label)} ${chalk.dim(`(${shown})`)}`;
	}

	const number = pass?.references.add(shown) ?? 0;
	return `${chalk.blue(label)} ${chalk.dim(`[${number}]`)}`;
}

function imageLabel(alt: string, href: string): string {
	const name = alt.trim() || decodeEntities(href.split(/[?#]/)[0]!.split('/').pop() ?? '').trim();
	return name ? `[image: ${name}]` : '[image]';
}

function createMarked(options: MarkdownOptions): Marked {
	const colours = palette(options.color);
	const {chalk} = colours;
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

					return decodeEntities(token.text);
				},
				paragraph(token) {
					return joinLines(this.parser.parseInline(token.tokens)) + '\n\n';
				},
				br() {
					return hardBreak;
				},
				codespan(token) {
					return chalk.yellow(token.text);
				},
				code(token) {
					return renderCode(token, colours);
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
					return token.checked ? '[x] ' : '[ ] ';
				},
				link(token) {
					return renderLink(this.parser.parseInline(token.tokens), token.href, options, colours, false);
				},
				image(token) {
					return renderLink(imageLabel(token.text, token.href), token.href, options, colours, true);
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
					const current = pass;
					if ('block' in token && token.block && current?.options.htmlToMarkdown && current.htmlDepth === 0) {
						current.htmlDepth++;
						try {
							const markdown = capNesting(sanitizeText(current.options.htmlToMarkdown(token.text)));
							return this.parser.parse(instance.lexer(markdown));
						} catch {
							return htmlToText(token.text) + '\n\n';
						} finally {
							current.htmlDepth--;
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
					return image ? renderLink(imageLabel(image.alt, image.src), image.src, options, colours, true) : '';
				},
			},
		},
	);
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

function referenceList(references: References, chalk: ChalkInstance): string {
	const list = references.take();
	if (list.length === 0) {
		return '';
	}

	return list.map(({number, url}) => `${chalk.dim(`[${number}]:`)} ${chalk.blue(url)}`).join('\n') + '\n\n';
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
	return /^ {0,3}<(?:table|div|p|ul|ol|dl|figure|blockquote|h[1-6]|section|article|details|pre)\b/im.test(source);
}

/** Raw rendered Markdown: SGR and OSC 8 escapes, not yet wrapped. */
function renderBody(source: string, options: MarkdownOptions): string {
	const instance = markedFor(options);
	const chalk = new Chalk({level: options.color ? 1 : 0});
	const markdown = capNesting(expandTemplates(sanitizeText(source)));
	const current: Pass = {references: new References(), options, htmlDepth: 0};
	const previous = pass;
	pass = current;
	try {
		const tokens = instance.lexer(markdown);
		instance.walkTokens(tokens, fixTaskItems);
		let out = '';
		for (const part of sections(tokens)) {
			out += instance.parser(part) + referenceList(current.references, chalk);
		}

		return out;
	} finally {
		pass = previous;
	}
}

/** Collapses runs of blank lines and drops trailing ones (marked-terminal ends with `\n\n`). */
export function tidy(text: string): string {
	return text
		.replaceAll(hardBreak, '\n')
		.split('\n')
		.map(line => line.trimEnd())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.replace(/^\n+/, '')
		.trimEnd();
}

/**
Markdown as terminal lines no wider than `options.width`. Only our own SGR (and OSC 8, with the
`osc8` style and colour on) escapes appear in the result; with `color: false` there are none.
*/
export function renderMarkdown(source: string, options: MarkdownOptions): string {
	let rendered: string;
	try {
		rendered = renderBody(source, options);
	} catch (error) {
		// A pathological input that still overflows the stack is shown as plain text.
		if (!(error instanceof RangeError)) {
			throw error;
		}

		rendered = sanitizeText(source);
	}

	const safe = options.color ? keepOwnEscapes(rendered) : stripEscapes(rendered);
	return wrapLines(tidy(safe), options.width);
}
