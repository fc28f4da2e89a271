import type {Token, Tokens} from 'marked';
import {decodeEntities} from '../text/entities.js';

/**
Inline HTML inside Markdown prose (`see <a href="x">the notes</a>`, `2<sup>39</sup>`, `MnO<sub>2</sub>`):
marked hands each tag over as a token of its own, and a renderer meeting `<a href>` alone cannot
know where its text ends, so the link's target was lost and `2<sup>39</sup>` read as 239. Here an
opening tag and its closing tag are paired over the inline tokens and replaced by one token
that the renderer knows (a link, emphasis, code, or a `script` token for super- and subscripts).
One pass with a stack: linear in the tokens, whatever the nesting. A tag left unclosed (or a
closing tag without its opening one) keeps its html token, which renders as nothing.
*/

/** The token for `<sup>`/`<sub>`: its inner tokens, rendered raised or lowered (markdown.ts). */
export interface ScriptToken {
	readonly type: 'htmlScript';
	readonly raw: string;
	readonly position: 'sup' | 'sub';
	readonly tokens: Token[];
}

const paired = new Set(['a', 'sup', 'sub', 'em', 'i', 'strong', 'b', 'del', 's', 'strike', 'code', 'kbd', 'tt', 'samp']);
const openTag = /^<([a-z]+)\b((?:[^<>"']|"[^"]*"|'[^']*')*)>$/i;
const closeTag = /^<\/([a-z]+)\s*>$/i;

interface Frame {
	readonly name: string;
	readonly open: Token;
	readonly attributes: string;
	readonly children: Token[];
}

function hrefOf(attributes: string): string | undefined {
	const match = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attributes);
	const value = match ? (match[1] ?? match[2] ?? match[3]) : undefined;
	return value === undefined ? undefined : decodeEntities(value);
}

function rawOf(tokens: readonly Token[]): string {
	return tokens.map(token => token.raw).join('');
}

/** The visible text of inline tokens, for a code span built from `<code>…</code>`. */
function textOf(tokens: readonly Token[]): string {
	return tokens.map(token => {
		if (token.type === 'html' || token.type === 'br') {
			return '';
		}

		const nested = (token as {tokens?: Token[]}).tokens;
		return nested ? textOf(nested) : decodeEntities((token as {text?: string}).text ?? token.raw);
	}).join('');
}

function build(frame: Frame, close: Token): Token {
	const raw = frame.open.raw + rawOf(frame.children) + close.raw;
	const tokens = frame.children;
	switch (frame.name) {
		case 'a': {
			const href = hrefOf(frame.attributes);
			if (href === undefined || href.trim() === '') {
				// A named anchor (`<a name=x>`): its text only.
				return {type: 'text', raw, text: rawOf(tokens), tokens} as Tokens.Text;
			}

			return {type: 'link', raw, href, title: null, text: rawOf(tokens), tokens} as Tokens.Link;
		}

		case 'sup':
		case 'sub': {
			return {type: 'htmlScript', raw, position: frame.name, tokens} as unknown as Token;
		}

		case 'em':
		case 'i': {
			return {type: 'em', raw, text: rawOf(tokens), tokens} as Tokens.Em;
		}

		case 'strong':
		case 'b': {
			return {type: 'strong', raw, text: rawOf(tokens), tokens} as Tokens.Strong;
		}

		case 'del':
		case 's':
		case 'strike': {
			return {type: 'del', raw, text: rawOf(tokens), tokens} as Tokens.Del;
		}

		default: {
			// code, kbd, tt, samp: marked's codespan text is still entity-encoded (its renderer decodes).
			return {type: 'codespan', raw, text: textOf(tokens).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')} as Tokens.Codespan;
		}
	}
}

/** The inline tokens with each paired tag made one token; unpaired tags stay as they were. */
export function pairInlineHtml(tokens: Token[]): Token[] {
	if (!tokens.some(token => token.type === 'html')) {
		return tokens;
	}

	const root: Token[] = [];
	const stack: Frame[] = [];
	// How many frames of each name are open: a closing tag asks this, never walks the stack (a
	// post of thousands of unclosed tags would make every later closing tag walk them all).
	const open = new Map<string, number>();
	const push = (frame: Frame) => {
		stack.push(frame);
		open.set(frame.name, (open.get(frame.name) ?? 0) + 1);
	};

	const pop = (): Frame => {
		const frame = stack.pop()!;
		open.set(frame.name, open.get(frame.name)! - 1);
		return frame;
	};

	const target = () => stack.at(-1)?.children ?? root;
	// Frames opened and never closed give their content back, in order, to `into`: all of them at
	// once, so a token is copied once however deep the unclosed tags went.
	const giveBack = (frames: readonly Frame[], into: Token[]) => {
		for (const frame of frames) {
			into.push(frame.open);
			for (const child of frame.children) {
				into.push(child);
			}
		}
	};

	for (const token of tokens) {
		if (token.type === 'html') {
			const text = (token as Tokens.HTML).text.trim();
			const opening = openTag.exec(text);
			if (opening && paired.has(opening[1]!.toLowerCase()) && !text.endsWith('/>')) {
				push({name: opening[1]!.toLowerCase(), open: token, attributes: opening[2] ?? '', children: []});
				continue;
			}

			const close = closeTag.exec(text);
			const name = close?.[1]!.toLowerCase();
			if (name !== undefined && (open.get(name) ?? 0) > 0) {
				const unclosed: Frame[] = [];
				let frame = pop();
				while (frame.name !== name) {
					unclosed.push(frame);
					frame = pop();
				}

				giveBack(unclosed.reverse(), frame.children);

				target().push(build(frame, token));
				continue;
			}
		}

		target().push(token);
	}

	giveBack(stack, root);

	return root;
}

/** Tokens whose `tokens` are inline ones (a list item's or a quote's are blocks: never paired). */
const inlineHolders = new Set(['paragraph', 'heading', 'text', 'em', 'strong', 'del', 'link', 'htmlScript']);

/**
Pairs inline tags in every inline token list of a lexed document: paragraphs, headings, emphasis,
list item text and table cells. Called once on the tokens, before they are rendered.
*/
export function pairDocumentHtml(token: Token): void {
	const withTokens = token as {tokens?: Token[]};
	if (inlineHolders.has(token.type) && withTokens.tokens) {
		withTokens.tokens = pairInlineHtml(withTokens.tokens);
	}

	if (token.type === 'table') {
		const table = token as Tokens.Table;
		for (const cell of [...table.header, ...table.rows.flat()]) {
			cell.tokens = pairInlineHtml(cell.tokens);
		}
	}
}
