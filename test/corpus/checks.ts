import {gemoji} from 'gemoji';
import type {PostFormat} from '../../source/archive/post.js';
import {type SourceParts, decodeEntities} from './source-parts.js';

/**
The three corpus checks, as pure functions of a post's source and its plain render: raw markup
left in prose, words of the source lost, link targets not shown byte for byte. Each hit carries
a pattern (what went wrong, the same for every post it happens in) and an excerpt.
*/
export interface Hit {
	readonly pattern: string;
	readonly excerpt: string;
}

const referenceLine = /^\[\d+\]:(?: .*)?$/;
/** The top and bottom of a code block's frame (`┌─ js ───`, `└───`). */
const frameBorder = /^[┌└]─.*─$/;

/**
A line without the render's own gutters: the bar of a code block or a quote (`│ `, nested
ones too) and the mark of a wrapped code line (`↪`). What is left is compared with the source.
*/
export function unframed(line: string): string {
	// A code block inside a list item is framed under the item's indentation (`     │ code`).
	return line.replace(/^(?:[ \t]*[│┃▌]\s?)+/, '').replace(/^\s*↪\s?/, '');
}
const ruleLine = /^─+$/;

function squeeze(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

function around(text: string, at: number, length: number, reach = 40): string {
	const start = Math.max(0, at - reach);
	const end = Math.min(text.length, at + length + reach);
	return (start > 0 ? '…' : '') + text.slice(start, end).replace(/\s+/g, ' ') + (end < text.length ? '…' : '');
}

/**
The prose of a plain render: without the header block (title, facts, rule: its own check), the
`[n]: url` reference lines, the lines of code blocks and inline code spans (code may hold any
markup; they are matched against the code the source holds), and bare URLs (their bytes are the
link check's business). Line breaks inside a paragraph stay, so markup split by wrapping shows.
*/
export function outputProse(output: string, parts: Pick<SourceParts, 'codeBlocks' | 'codeSpans'>): string {
	const lines = output.split('\n');
	const rule = lines.findIndex(line => ruleLine.test(line));
	const body = rule >= 0 && rule < 6 ? lines.slice(rule + 1) : lines;
	// Code is compared with its runs of blanks squeezed (the render turns tabs into spaces) and
	// its callouts in the form the render shows them (`<1>` becomes `(1)`).
	const codeLines = new Set<string>();
	const codeForm = (line: string) => squeeze(line.replace(/<(\d{1,2})>/g, '($1)'));
	for (const block of parts.codeBlocks) {
		for (const line of block.split('\n')) {
			if (line.trim() !== '') {
				codeLines.add(codeForm(line));
			}
		}
	}

	const codeText = parts.codeBlocks.map(block => block.split('\n').map(line => codeForm(line)).join('\n')).join('\n');
	let inReference = false;
	const kept = body.map(unframed).filter(line => {
		const trimmed = line.trim();
		if (frameBorder.test(trimmed)) {
			return false;
		}

		// A reference line the render hard-wrapped goes on without a space (the link check counts it).
		inReference = referenceLine.test(trimmed) || (inReference && trimmed !== '' && !trimmed.includes(' '));
		if (trimmed === '' || inReference) {
			return trimmed === '';
		}

		// A code line wrapped by the render is a piece of one: found inside the code text.
		const code = squeeze(trimmed);
		return !(codeLines.has(code) || (code.length >= 3 && codeText.includes(code)));
	});
	// A paragraph's lines become one line (blank lines stay): markup or a code span the render
	// wrapped over a line break is then one run of text.
	let prose = kept.join('\n').replace(/\n{3,}/g, '\n\n').replace(/[ \t]*\n[ \t]*(?!\n)(?<!\n\n)/g, ' ');
	const spans = [...new Set(parts.codeSpans.map(squeeze).filter(span => span.length > 0))].sort((a, b) => b.length - a.length);
	prose = removeSpans(prose, spans);
	return prose.replace(/\b(?:https?|ftp|mailto):\S+/gi, ' ').replace(/\[\d+\]/g, ' ');
}

const wordCharacter = /[\p{L}\p{N}_]/u;

/**
Blanks every whole-word occurrence of the spans, longest first (a span `x` must not eat every x
of the prose). indexOf, not a regular expression per span: that was most of the corpus run.
*/
export function removeSpans(text: string, spans: readonly string[]): string {
	let result = text;
	for (const span of spans) {
		let from = 0;
		let at = result.indexOf(span, from);
		while (at >= 0) {
			const before = at > 0 ? result[at - 1]! : ' ';
			const after = result[at + span.length] ?? ' ';
			const bounded = !(wordCharacter.test(span[0]!) && wordCharacter.test(before)) && !(wordCharacter.test(span.at(-1)!) && wordCharacter.test(after));
			if (bounded) {
				result = result.slice(0, at) + ' '.repeat(span.length) + result.slice(at + span.length);
			}

			from = at + span.length;
			at = result.indexOf(span, from);
		}
	}

	return result;
}

const htmlTags = 'a|abbr|article|aside|audio|b|big|blockquote|br|button|caption|center|cite|code|dd|del|details|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|header|hr|i|iframe|img|input|ins|kbd|label|li|main|mark|nav|noscript|object|ol|p|picture|pre|q|s|script|section|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|th|thead|time|tr|tt|u|ul|video';

const emojiNames = new Set(gemoji.flatMap(entry => entry.names));
const emojiShortcode = /(?<![\w:]):([a-z\d_+-]{2,30}):(?![\w:])/g;

/**
Only a name in the emoji data (GitHub's, the one the render uses) is a shortcode left raw. Any
other `:word:` is text the writer typed and the render rightly keeps: a Gradle project path
(`:test-case:tcnative-off`), Slack's `:thinking_face:` (GitHub calls it `:thinking:`).
*/
function isKnownShortcode(match: RegExpMatchArray): boolean {
	return match[0] !== '' && match[1] !== undefined && emojiNames.has(match[1]);
}

const htmlComment = /<!--|-->/g;

/** `-->` written as an arrow (`* --> This is typically…`) closes no comment: none was opened before it. */
function isCommentMark(match: RegExpMatchArray): boolean {
	return match[0] === '<!--' || (match.input ?? '').lastIndexOf('<!--', match.index) >= 0;
}

const htmlTag = new RegExp(`</?(?:${htmlTags})(?:\\s[^<>\\n]*)?/?>`, 'g');

/** A tag the source wrote as text (`"&lt;main&gt;"`, the name of Rust's main thread) is shown as text. */
function isTagNotText(match: RegExpMatchArray, parts: Pick<SourceParts, 'prose'>): boolean {
	return !parts.prose.includes(`&lt;${match[0].slice(1, -1)}&gt;`);
}

// `@_msw_` is a handle, not emphasis (the `@` before it).
const emphasis = /(?<![\w*\\@])(\*{1,3}|_{1,3})(?=[^\s*_])[^*_\n]{1,80}?(?:\n[^*_\n]{0,80}?)?[^\s*_\\]\1(?![\w*])/g;

/**
Markers written inside an HTML block (an embedded tweet's `<p>… *chef kiss* …</p>`) are text:
Markdown is not read there, and the page shows the asterisks as the render does.
*/
function isEmphasisMarkup(match: RegExpMatchArray, parts: Pick<SourceParts, 'prose'>): boolean {
	const text = match[0].replace(/\s+/g, ' ');
	return !parts.prose.split('\n').some(line => /^ {0,3}<[a-z]/i.test(line) && line.replace(/\s+/g, ' ').includes(text));
}

const asciidocLine = /^(?:\.{4,}|\+{4,}|={4,}|\*{4,}|_{4,}|\|===|\[(?:source|quote|verse|NOTE|TIP|WARNING|IMPORTANT|CAUTION|listing|literal)\b[^\]\n]*\]|:[\w-]+:(?:\s.*)?|include::.*)$/gm;

/**
A row of dots the writer put between scenes of a Markdown post (`......`) is text on the page;
an AsciiDoc literal delimiter never stays in the source's prose (source-parts.ts takes its
block out), so a dot line the prose holds as written is never a leaked delimiter.
*/
function isAsciidocLine(match: RegExpMatchArray, parts: Pick<SourceParts, 'prose'>): boolean {
	return !(/^\.+$/.test(match[0]) && parts.prose.split('\n').some(line => line.trim() === match[0]));
}

const markdownEscape = /\\[\\`*_{}[\]()#+\-.!|<>~]/g;

/** `¯\\\_(ツ)\_/¯` is an escaped backslash then an escaped `_`: the shrug's `\_` is the writer's text. */
function isEscapeLeft(match: RegExpMatchArray, parts: Pick<SourceParts, 'prose'>): boolean {
	return !parts.prose.includes(`\\${match[0]}`);
}

/** Filters of matches that are markup only under a condition the pattern cannot say. */
const markupFilters: ReadonlyMap<RegExp, (match: RegExpMatchArray, parts: Pick<SourceParts, 'prose'>) => boolean> = new Map([
	[emojiShortcode, isKnownShortcode],
	[htmlComment, isCommentMark],
	[htmlTag, isTagNotText],
	[emphasis, isEmphasisMarkup],
	[asciidocLine, isAsciidocLine],
	[markdownEscape, isEscapeLeft],
]);

/** What raw markup looks like once it leaked into a plain render, by the name a report uses. */
export const markupPatterns: ReadonlyArray<readonly [string, RegExp]> = [
	['Markdown footnote marker [^x]', /\[\^[^\]\s]+\]/g],
	['heading attribute list {#id} / {.class}', /\{\s*[#.][\w-][^}\n]*\}/g],
	['Hugo shortcode {{< >}} / {{% %}}', /\{\{[<%]|[>%]\}\}/g],
	['Liquid / Zola tag {% %}', /\{%-?\s*[\w/]+/g],
	['template output {{ }}', /\{\{-?\s*[^{}<%\n]{1,80}\}\}/g],
	['Zola @/ link', /(?<![\w/])@\/[\w.-]+/g],
	['HTML tag', htmlTag],
	['HTML comment', htmlComment],
	['HTML character reference', /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,9});/gi],
	['Markdown escape left (\\_ \\*)', markdownEscape],
	['emphasis markers left (*x* _x_ **x**)', emphasis],
	['Markdown link syntax left ](url)', /\]\([^)\s]+\)|!\[[^\]\n]*\]\(/g],
	['Markdown table rule left |---|', /^\s*\|?\s*:?-{3,}:?\s*\|/gm],
	['emoji shortcode :name:', emojiShortcode],
	['AsciiDoc footnote:[', /\bfootnote(?:ref)?:\[/g],
	['AsciiDoc link:/image: macro', /\b(?:link|image|mailto|kbd|btn|menu|pass):{1,2}[^\s[\]]*\[/g],
	['AsciiDoc xref / <<anchor>>', /\bxref:|<<[\w#.-]+(?:,[^>\n]*)?>>/g],
	['AsciiDoc block delimiter or attribute line', asciidocLine],
	['AsciiDoc attribute reference {name}', /(?<![{$\\])\{[a-z][\w-]*\}(?!\})/g],
];

/** Raw markup that a reader would see in the prose of a plain render. */
export function rawMarkup(output: string, parts: Pick<SourceParts, 'codeBlocks' | 'codeSpans'> & Partial<Pick<SourceParts, 'prose'>>): Hit[] {
	const prose = outputProse(output, parts);
	const hits: Hit[] = [];
	for (const [pattern, regexp] of markupPatterns) {
		const keep = markupFilters.get(regexp);
		for (const match of prose.matchAll(regexp)) {
			if (keep && !keep(match, {prose: parts.prose ?? ''})) {
				continue;
			}

			hits.push({pattern, excerpt: around(prose, match.index, match[0].length)});
		}
	}

	return hits;
}

/** Words for comparison: Unicode NFC, lower case, letters and digits only. */
export function words(text: string): string[] {
	// Backticks go first: `POST`ed is one word to a reader whether or not the render keeps them.
	// Superscript digits are footnote markers the render adds (`volt²`), never part of a word.
	// Subscript digits are the render's `<sub>` (MnO₂): a word boundary, as the tag was.
	// Chinese and Japanese have no spaces between words: each character counts as one, so
	// markup taken out between two of them (**強調**は, [リンク](url)の) joins nothing.
	return decodeEntities(text.replaceAll('`', '')).replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/gu, ' $& ').replace(/[⁰¹²³⁴-⁹]+/g, ' ').replace(/[₀-₉]+/g, digits => ` ${[...digits].map(digit => String.fromCodePoint(digit.codePointAt(0)! - 0x20_50)).join('')}`).normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

const altMark = '\uE000';
const mediaMark = '\uE001';
const htmlMark = '\uE002';

// Every line of this function is an exclusion: source text a correct render does not show as
// words, or shows elsewhere. Anything not listed must reach the reader.
/** The words a reader should find in a render of this source. */
export function sourceText(body: string, format: PostFormat): string {
	let text = body.replace(/\r\n?/g, '\n');
	if (format === 'asciidoc') {
		text = asciidocText(text);
	}

	// A fence's info string after the language instructs the highlighter (`js {1,3-5}` marks
	// lines, `js eval` makes a sandbox): the render shows the language and marks the lines.
	// The marks may be glued to the language (`js{1,3}`).
	text = text.replace(/^([ \t]*(?:`{3,}|~{3,})[ \t]*[^\s`{]*)(?:[ \t]+|(?=\{))[^`\n]*$/gm, '$1');
	// Comments are for the writer.
	text = text.replace(/<!--[\s\S]*?-->/g, ' ');
	if (format !== 'asciidoc') {
		text = withoutExcessCells(text);
	}

	// The text inside <video> and <audio> is for browsers that cannot play them; the render
	// shows the media's placeholder.
	text = text.replace(/(<(video|audio)\b[^>]*>)((?:(?!<\/?\2\b)[\s\S]){0,4000})(<\/\2\s*>)/gi, (_all, open: string, _name, inner: string, close: string) => `${open}${inner.replace(/(^|>)[^<]+(?=<|$)/g, '$1 ')}${close}`);
	// Scripts and styles are not text.
	text = text.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ');
	// A superscript is drawn `^2` (`I<sup>2</sup>R` is `I^2R`, see scripts.ts); a tag inside a
	// word (`CO<super>2</super>`, `time<em>ful</em>`) does not split it on the page.
	text = text.replace(/<sup>([^<>\n]{1,20})<\/sup>/gi, '^$1');
	text = text.replace(/(?<=[\p{L}\p{N}])<(\/?)(?:em|i|b|strong|u|s|del|ins|mark|small|span|super|font|abbr)\b[^<>]*>(?=[\p{L}\p{N}])/giu, '');
	// A link right after an address (`https://hackmd.io/<a …>Niko</a>`) glues its text to it on
	// the page and in the render, where both read as one address.
	text = text.replace(/(\bhttps?:\/\/[^\s<>"'\])]+)<a\b[^>]*>/gi, '$1');
	// `<code>` is HTML's backtick: the render shows the span glued to its neighbours as written
	// (`<code>&amp;mut</code>s` is `&mut`s, one word to words() as backticks are).
	text = text.replace(/<\/?code\b[^>]*>/gi, '');
	// A figure's caption labels its image in place of the alt (html.ts); the alt is extra.
	text = text.replace(/<figure\b[^>]*>((?:(?!<\/?figure\b)[\s\S]){0,4000})<\/figure\s*>/gi, (figure: string, inner: string) => (/<figcaption\b/i.test(inner) ? figure.replace(/\salt\s*=\s*(?:"[^"]*"|'[^']*')/gi, '') : figure));
	// An image's alt is what a reader sees of it; other attributes (title is a tooltip) are not.
	// The marks (private-use characters, never words) tell the report where a lost word stood.
	text = text.replace(/<([a-z][\w-]*)\b((?:[^<>"']|"[^"]*"|'[^']*')*)>/gi, (_tag, name: string, attributes: string) => {
		const shown = [...attributes.matchAll(/\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map(match => match[1] ?? match[2]);
		const mark = /^(?:figure|figcaption|video|iframe|details|summary|audio|picture)$/i.test(name) ? mediaMark : htmlMark;
		return shown.length > 0 ? ` ${altMark}${shown.join(' ')} ` : ` ${mark} `;
	});
	text = text.replace(/<\/[a-z][\w-]*\s*>/gi, ` ${htmlMark} `);
	// Template tags (Liquid, Hugo shortcodes, Zola shortcodes) name a function and its
	// parameters; what they stand for is the conversion's business, checked as raw markup.
	text = text.replace(/\{%[\s\S]*?%\}/g, ' ').replace(/\{\{[\s\S]*?\}\}/g, ' ');
	// Emphasis inside a word (**L**et's, time*ful*) styles part of it: still one word. So do two
	// emphases glued (**char**_acter_ is "character") and emphasis glued to code (_Op_`Assign`).
	text = text.replace(/(\*{1,3})([\p{L}\p{N}']+)\1(_{1,3})([\p{L}\p{N}']+)\3(?![\p{L}\p{N}_])/gu, '$2$4');
	text = text.replace(/(?<![\p{L}\p{N}_])(_{1,3})([\p{L}\p{N}']+)\1(?=`)/gu, '$2');
	text = text.replace(/(\*{1,3})([\p{L}\p{N}']+)\1(?=\p{L})|(?<=\p{L})(\*{1,3})([\p{L}\p{N}']+)\3/gu, (_all: string, _open: string, before: string | undefined, _close: string, after: string | undefined) => before ?? after ?? '');
	// Footnote labels become numbers.
	text = text.replace(/\[\^[^\]\s]+\]:?/g, ' ');
	// Heading ids and attribute lists are hidden; the id becomes the heading's anchor.
	text = text.replace(/\{\s*[#.:][^}\n]*\}/g, ' ');
	// Link targets and reference definitions: targets are the link check's, titles are hidden.
	text = text.replace(/^ {0,3}\[[^\]\n]+\]:.*$/gm, ' ');
	text = text.replace(/\]\(\s*(?:<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\)/g, '] ');
	// A reference link's label (`[text][label]`, the label maybe on the next line) is not shown.
	text = text.replace(/\]\[[^\]]{0,200}\]/g, '] ');
	// A task list item's box is drawn as ☐ / ☑.
	text = text.replace(/^([ \t]*(?:[*+-]|\d+[.)])[ \t]+)\[[ xX]\](?=[ \t])/gm, '$1');
	// URLs are shown as references, and checked byte for byte by the link check.
	// An e-mail address is text a reader needs, with or without its `mailto:`.
	// One glued to the word before it (`openedhttps://…`) too, as lostWords reads the render.
	text = text.replace(/(?:\b(?:https?|ftp):|\B(?:https?|ftp):\/\/)[^\s<>"'\])]+/gi, ' ').replace(/\bmailto:/gi, ' ');
	// Emoji shortcodes become emoji; any other `:word:` is shown as written (see isKnownShortcode).
	text = text.replace(emojiShortcode, (all, name: string) => (emojiNames.has(name) ? ' ' : all));
	// Ordered list numbers are renumbered.
	text = text.replace(/^[ \t]*\d+[.)][ \t]/gm, ' ');

	return text;
}

/**
A GFM table row's cells past the header's count are dropped by every GFM renderer (the spec's
"excess cells are ignored"): a row with a seventh `| ^Same` under six headings shows six.
*/
function withoutExcessCells(text: string): string {
	const lines = text.split('\n');
	const cellsOf = (line: string): string[] => line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/);
	let columns = 0;
	for (const [index, line] of lines.entries()) {
		if (columns > 0 && line.includes('|')) {
			const cells = cellsOf(line);
			if (cells.length > columns) {
				lines[index] = cells.slice(0, columns).join('|');
			}

			continue;
		}

		columns = 0;
		const next = lines[index + 1];
		if (line.includes('|') && next !== undefined && /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/.test(next) && next.includes('-')) {
			columns = cellsOf(line).length;
		}
	}

	return lines.join('\n');
}

function asciidocText(source: string): string {
	let text = source;
	// Comment lines and blocks.
	text = text.replace(/^\/{4,}\n[\s\S]*?\n\/{4,}$/gm, ' ').replace(/^\/\/.*$/gm, ' ');
	// Attribute entries (`:toc:`, `:jbake-tags:`) set values, they are not text.
	text = text.replace(/^:[\w-]+!?:.*$/gm, ' ');
	// Block attribute lines (`[source,java]`, `[[anchor]]`, `[quote, Name]` keeps the name).
	// Named attributes (`[link=https://x, window=_blank]`) set a block's options, not its text.
	text = text.replace(/^\[[\w-]+=[^\]\n]*\]$/gm, ' ');
	text = text.replace(/^\[(?:\[[^\]]*\]|[\w#.%-]*(?:,[^\]\n]*)?)\]$/gm, line => /^\[(?:quote|verse)/.test(line) ? line.replace(/^\[(?:quote|verse),?/, ' ') : ' ');
	// A table of contents' place (`toc::[]`) shows the headings, not the macro's name.
	text = text.replace(/^toc::\[[^\]\n]*\]$/gm, ' ');
	// Preprocessor lines and includes (the included text is extra, never missing).
	text = text.replace(/^(?:include|ifdef|ifndef|ifeval|endif)::.*$/gm, ' ');
	// Cross references: `<<id,text>>` shows text; `<<id>>` shows the target's title.
	text = text.replace(/<<[^,>\n]+,([^>\n]*)>>/g, ' $1 ').replace(/<<[^>\n]*>>/g, ' ');
	text = text.replace(/\bxref:[^\s[]*\[([^\]]*)\]/g, ' $1 ');
	// Macros: `link:target[text]`, `image::file[alt]` show their text, not the macro's name.
	// An image shows its alt (the first attribute), not its named attributes (`link=`, `width=`).
	text = text.replace(/\bimage::?[^\s[]*\[([^\]\n]*)\]/g, (_all, attributes: string) => {
		const first = attributes.split(',')[0] ?? '';
		return ` ${altMark}${first.includes('=') ? '' : first.replace(/^"|"$/g, '')} `;
	});
	text = text.replace(/\b(?:link|mailto|kbd|btn|menu|footnote|footnoteref|pass|icon|stem|latexmath|asciimath):{1,2}[^\s[]*\[/g, '[');
	// A video or audio macro is shown as its placeholder and address; its attributes are options.
	text = text.replace(/^(?:video|audio)::[^\s[]*\[[^\]\n]*\]$/gm, ' ');
	// A link's named attributes (`[text,window=_blank]`, `[text^]`) are options, not its text.
	text = text.replace(/(\[[^\]\n]*?)\s*,\s*\w+=(?:"[^"\n]*"|[^\],\n]*)(?=[\],])/g, '$1').replace(/\^\]/g, ']');
	// A role (`[red]#text#`) styles the text that follows; its name is not shown.
	text = text.replace(/\[[\w.-]+\](?=#)/g, ' ');
	// Attribute references expand to their value; anchors and callouts are not words.
	text = text.replace(/\{[\w-]+\}/g, ' ').replace(/\[\[[^\]]*\]\]/g, ' ').replace(/<\d+>/g, ' ');
	return text;
}

/**
Words of the source (see `sourceText`) missing from the render, counted as a multiset: a word
written five times and shown four is one lost. A hit names the lost word and the source line it
comes from.
*/
export function lostWords(source: string, output: string): Hit[] {
	const deficit = new Map<string, number>();
	for (const word of words(source)) {
		deficit.set(word, (deficit.get(word) ?? 0) + 1);
	}

	// The render's URLs are skipped as the source's are: both sides compare prose only.
	// The same URL shape as sourceText's: a link text written as an address with brackets in it
	// (`https://hackmd.io/[@x][]/HJ0tuCO1-e`) keeps, on both sides, the words after a bracket.
	// An address glued to the word before it (`readline<a href=…>https://t.co/x</a>` in a tweet)
	// is one too.
	const shown = output.replace(/(?:\b(?:https?|ftp):|\B(?:https?|ftp):\/\/)[^\s<>"'\])]+/gi, ' ').replace(/\bmailto:/gi, ' ');
	// A line break is not always a word break: Chinese and Japanese break between any two
	// characters, and a code line too long for the width goes on under `↪`, maybe mid-word. A
	// word counts as shown when either reading holds it (the characters are there, in order).
	const glued = shown
		.replace(/(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])\n[ \t│┃▌]*(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])/gu, '')
		.replace(/\n[ \t]*[│┃▌][ \t]*↪ ?/g, '');
	const counted = new Map<string, number>();
	for (const text of glued === shown ? [shown] : [shown, glued]) {
		const counts = new Map<string, number>();
		for (const word of words(text)) {
			counts.set(word, (counts.get(word) ?? 0) + 1);
		}

		for (const [word, count] of counts) {
			counted.set(word, Math.max(counted.get(word) ?? 0, count));
		}
	}

	for (const [word, count] of counted) {
		const left = deficit.get(word);
		if (left !== undefined) {
			deficit.set(word, left - count);
		}
	}

	// A word lost n times is blamed on the n source lines most likely to have lost it: a word
	// shown in a paragraph but dropped from a table cell is the table's, whatever comes first.
	const lines = source.split('\n').map(line => ({line, construct: sourceConstruct(line), words: words(line)}));
	const hits: Hit[] = [];
	for (const [word, count] of deficit) {
		if (count <= 0) {
			continue;
		}

		const holders = lines.filter(entry => entry.words.includes(word)).sort((a, b) => blameOrder.indexOf(a.construct) - blameOrder.indexOf(b.construct));
		for (const entry of holders.slice(0, count)) {
			hits.push({pattern: entry.construct, excerpt: `«${word}» in: ${squeeze(entry.line.replace(/[\uE000-\uE002]/g, '')).slice(0, 120)}`});
		}
	}

	return hits;
}

const blameOrder = ['code fence language', 'table cell', 'image alt text', 'HTML figure, media or details', 'inline HTML', 'heading', 'link text', 'blockquote', 'list item', 'paragraph'];

/** What kind of source line a lost word sits on, so a report groups them. */
export function sourceConstruct(line: string): string {
	const trimmed = line.trim();
	if (/^(?:`{3,}|~{3,})/.test(trimmed)) {
		return 'code fence language';
	}

	if (/^\|/.test(trimmed) || /\|.*\|/.test(trimmed)) {
		return 'table cell';
	}

	if (/^#{1,6}\s|^={1,6}\s/.test(trimmed)) {
		return 'heading';
	}

	if (/!\[|\bimage::?|<img\b/i.test(line) || /\balt\s*=/.test(line) || line.includes(altMark)) {
		return 'image alt text';
	}

	if (/<(?:figure|figcaption|video|iframe|details|summary|sup)\b/i.test(line) || line.includes(mediaMark)) {
		return 'HTML figure, media or details';
	}

	if (/<[a-z]/i.test(trimmed) || line.includes(htmlMark)) {
		return 'inline HTML';
	}

	if (/^>/.test(trimmed)) {
		return 'blockquote';
	}

	if (/^(?:[*+-]|\d+[.)])\s/.test(trimmed)) {
		return 'list item';
	}

	if (/\[[^\]]*\]/.test(line)) {
		return 'link text';
	}

	return 'paragraph';
}

/** How a link is resolved: shown to the reader as a URL, or a link inside the archive. */
export type TargetKind = 'external' | 'internal';

/**
Targets that do not appear byte for byte on one line of the render. A relative target may be
shown resolved against the blog's URL (the render does so for a reader to open it); that form
counts as shown. Internal targets (to another post, an anchor, or built by a template) are
returned apart, not as failures: the render will show them as the post they lead to.
*/
export function targetsNotShown(targets: readonly string[], output: string, kindOf: (target: string) => TargetKind, baseUrl?: string): {missing: Hit[]; internal: Hit[]} {
	const lines = output.split('\n');
	const missing: Hit[] = [];
	const internal: Hit[] = [];
	const onOneLine = (text: string): boolean => lines.some(line => line.includes(text));
	for (const target of targets) {
		if (kindOf(target) === 'internal') {
			internal.push({pattern: internalPattern(target), excerpt: target});
			continue;
		}

		if (onOneLine(target) || (baseUrl && onOneLine(resolved(target, baseUrl)))) {
			continue;
		}

		missing.push({pattern: whyMissing(target, output, lines), excerpt: target});
	}

	const widowed = lines.filter(line => /^\[\d+\]:$/.test(line.trim())).length;
	for (let index = 0; index < widowed; index++) {
		missing.push({pattern: 'reference number on a line of its own, URL on the next', excerpt: ''});
	}

	return {missing, internal};
}

function resolved(target: string, baseUrl: string): string {
	try {
		return new URL(target, baseUrl).href;
	} catch {
		return target;
	}
}

function internalPattern(target: string): string {
	if (target.startsWith('@/')) {
		return 'Zola @/ link';
	}

	if (target.startsWith('#')) {
		return 'anchor in the same post';
	}

	if (/\{\{|\{%/.test(target)) {
		return 'template-built target';
	}

	return 'link to another post';
}

function whyMissing(target: string, output: string, lines: readonly string[]): string {
	let decoded: string | null = null;
	try {
		decoded = decodeURI(target);
	} catch {
		decoded = null;
	}

	if (decoded !== null && decoded !== target && lines.some(line => line.includes(decoded!))) {
		return 'percent-decoded';
	}

	const joined = output.replace(/\n/g, '');
	if (joined.includes(target)) {
		return 'hard-wrapped across lines';
	}

	if (decoded !== null && decoded !== target && (joined.includes(decoded) || output.replace(/\n/g, ' ').includes(decoded))) {
		return 'percent-decoded and hard-wrapped';
	}

	if (/\\[_*]/.test(target) && lines.some(line => line.includes(target.replace(/\\([_*])/g, '$1')))) {
		return 'Markdown escape taken out of the target';
	}

	if (/&[a-z#\d]+;/i.test(target) && lines.some(line => line.includes(decodeEntities(target)))) {
		return 'character reference decoded (&amp;)';
	}

	const shownUrls = output.match(/\b(?:https?|ftp|mailto):[^\s<>"'\])]+/gi) ?? [];
	const loose = (url: string): string => {
		try {
			return decodeURIComponent(url);
		} catch {
			return url;
		}
	};

	if (shownUrls.some(url => url !== target && loose(url) === loose(target))) {
		return 'percent-encoding changed (e.g. _ shown as %5F)';
	}

	if (target.includes('?') && shownUrls.some(url => url === target.slice(0, target.indexOf('?')))) {
		return 'query string dropped';
	}

	const tail = target.replace(/^[a-z]+:\/\/[^/]+/i, '').slice(-25);
	if (tail.length > 8 && lines.some(line => line.includes(tail))) {
		return 'shown changed (same ending, different start)';
	}

	return 'not shown at all';
}
