import type {ChalkInstance} from 'chalk';
import type {Marked, Token, Tokens} from 'marked';
import type {References} from './links.js';
import {keepWhole, withoutMarkers} from './markers.js';
import {hardBreak, type LinkStyle, noteMarker, type Pass} from './markdown-pass.js';

/**
The steps around marked's parse: fixing tokens after lexing, lexing with marked-footnote's state
fresh, the footnotes taken out and drawn at the end, the reference list after each section, and
the tidy-up of the rendered text.
*/

// marked 17+ renders its own checkbox token; marked-terminal adds a second box for `task` items.
export function fixTaskItems(token: Token): void {
	if (token.type === 'list_item' && (token as Tokens.ListItem).task) {
		(token as Tokens.ListItem).task = false;
	}
}

/**
A bare URL that marked links (GFM autolink) keeps the backslashes a writer put before `_` or `*`
so the address is not read as emphasis; the site links the address without them (the escape is
Markdown, not part of the URL), so the reader shows and opens it that way too.
*/
export function unescapeAutolink(token: Token): void {
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
export function sections(tokens: Token[]): Token[][] {
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
export function lex(instance: Marked, markdown: string): Token[] {
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
export function takeFootnotes(tokens: Token[]): Pass['footnotes'] {
	const index = tokens.findIndex(token => token.type === 'footnotes');
	if (index === -1) {
		return [];
	}

	const [token] = tokens.splice(index, 1) as Array<Token & {items?: Array<{label: string; content: Token[]}>}>;
	return [...(token!.items ?? [])].map(({label, content}) => ({label, content}));
}

/** The notes, numbered in the order they are first referred to, under a short rule. */
export function footnoteSection(instance: Marked, state: Pass, chalk: ChalkInstance, width: number): string {
	if (state.footnotes.length === 0) {
		return '';
	}

	const notes = state.footnotes.map(({content}, index) => {
		const text = instance.parser(content).trim().replace(/\n{2,}/g, '\n');
		return `${state.collector.footnoteNote(index + 1)}${chalk.cyan(noteMarker(index + 1))} ${text}`;
	});
	return `${chalk.dim('─'.repeat(Math.min(width, 20)))}\n${notes.join('\n')}\n\n`;
}

export function referenceList(references: References, chalk: ChalkInstance, style: LinkStyle): string {
	const list = references.take();
	// Without colour, `osc8` falls back to `inline`: the targets are in the text already.
	if (list.length === 0 || style !== 'references') {
		return '';
	}

	return list.map(({number, url}) => `${keepWhole}${chalk.dim(`[${number}]:`)} ${chalk.blue(url)}`).join('\n') + '\n\n';
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
