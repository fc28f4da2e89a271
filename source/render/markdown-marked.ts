import {Chalk} from 'chalk';
import {Marked, type Tokens} from 'marked';
import markedFootnote from 'marked-footnote';
import {markedTerminal} from 'marked-terminal';
import {decodeEntities} from '../text/entities.js';
import {sanitizeText} from '../text/sanitize.js';
import {cjkEmphasis} from './cjk-emphasis.js';
import {frameCode, parseFenceInfo} from './code-block.js';
import {inlineEmbedOf} from './embeds.js';
import {isAttributeLine} from './heading-ids.js';
import {htmlToText, imageOf} from './html-text.js';
import type {ScriptToken} from './inline-html.js';
import {headingStyle, renderImage, renderLink} from './markdown-links.js';
import {current, hardBreak, joinLines, type MarkdownOptions, noteMarker, plainOf} from './markdown-pass.js';
import {lex, takeFootnotes} from './markdown-tokens.js';
import {capNesting} from './nesting.js';
import {script} from './scripts.js';
import {renderTable} from './table.js';

/**
The marked instance for a width, colour and link style: marked-terminal for lists and emphasis,
marked-footnote for footnotes, and our own renderers where marked-terminal 7.3 falls short with
marked 18. Kept per option set (a few at most), as building one is not free.
*/

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

export function markedFor(options: MarkdownOptions): Marked {
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
