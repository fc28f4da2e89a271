/**
Jekyll's Liquid tags and Hugo's shortcodes (which may span lines) are instructions to a site generator, not text. They
are turned into what a reader of the built page would have seen: their inner text, code blocks,
images (`![caption](src)`), links to what they embed (`[\[youtube: id\]](https://…)`), or a
labelled marker such as `\[include: toc.html\]`. Every pattern is linear (no nested
quantifiers), because bodies can be megabytes.

Links between posts written as generator references become Markdown links whose target is a
`post:` pseudo-URL holding the reference exactly as written, for the renderer to resolve to an
archive post (and to show as written when it cannot):
- Hugo `{{< ref "blog/x.md#part" >}}` and `{{< relref "x" >}}` -> `post:blog/x.md#part`, `post:x`
  (Hugo resolves a leading `/` from the content folder, otherwise from the page, then by name)
- Jekyll `{% post_url 2010-07-21-name %}` -> `post:2010-07-21-name` (a file of `_posts` without
  its extension), `{% link _posts/2010-07-21-name.md %}` -> `post:_posts/2010-07-21-name.md`
  (a path from the site root)
A reference already in a link target (`[text]({{< ref "x" >}})`) becomes the target; one standing
alone becomes a link whose text is the reference.

Over 300 lines: the Hugo and Liquid expansions share one table of protected text and must run in
one order (raw and code first, then calls, then outputs); kept in one file, that order reads top
to bottom.
*/

/** The pseudo-URL scheme of a reference to another post. */
export const postReferenceScheme = 'post:';

// Hugo's way of showing a shortcode literally: {{</* name */>}}.
const hugoEscaped = /\{\{([<%])\/\*([^\n]*?)\*\/([>%])\}\}/g;
const hugoCall = /\{\{([<%])\s*(\/?)\s*([\w.-]+)([^{}]*?)\s*[>%]\}\}/g;
const liquidRaw = /\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g;
const liquidComment = /\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g;
const liquidHighlight = /\{%-?\s*highlight\s+([\w+#.-]+)[^%\n]*%\}\n?([\s\S]*?)\{%-?\s*endhighlight\s*-?%\}/g;
const liquidTag = /\{%-?\s*([\w-]+)([^%]*?)-?%\}/g;
const liquidOutput = /\{\{-?\s*([^{}]*?)\s*-?\}\}/g;

// Placeholders keep protected text out of later patterns; U+E000 never survives sanitizing
// as part of a tag, and a stray one in a body is left alone.
const keep: string[] = [];
const placeholder = (index: number) => `\uE000kept${index}\uE001`;
const placeholders = /\uE000kept(\d+)\uE001/g;
// Liquid is not applied inside fenced code: Hugo posts show `{{ .Title }}` there as code.
const fenced = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm;

/**
Inline code spans of the lines that hold template syntax, protected: `{{ .Title }}` there is
shown, not evaluated. A hand scan rather than a pattern so that a line of unmatched backtick runs
stays linear: a run is closed by the next run of the same length, as in CommonMark.
*/
function protectInlineCode(text: string, protect: (code: string) => string): string {
	return text.split('\n').map(line => {
		if (!line.includes('`') || !(line.includes('{{') || line.includes('{%'))) {
			return line;
		}

		const runs = [...line.matchAll(/`+/g)].map(match => ({start: match.index, end: match.index + match[0].length}));
		const next: Array<number | undefined> = Array.from({length: runs.length});
		const lastOfLength = new Map<number, number>();
		for (let index = runs.length - 1; index >= 0; index--) {
			const length = runs[index]!.end - runs[index]!.start;
			next[index] = lastOfLength.get(length);
			lastOfLength.set(length, index);
		}

		let out = '';
		let position = 0;
		for (let index = 0; index < runs.length;) {
			const closing = next[index];
			if (closing === undefined) {
				index++;
				continue;
			}

			out += line.slice(position, runs[index]!.start) + protect(line.slice(runs[index]!.start, runs[closing]!.end));
			position = runs[closing]!.end;
			index = closing + 1;
		}

		return out + line.slice(position);
	}).join('\n');
}

/** Parameters of a call: `src="a.jpg" title='T' 300` -> {src: 'a.jpg', title: 'T', 0: '300'}. */
function parameters(text: string): Map<string, string> {
	const result = new Map<string, string>();
	let position = 0;
	for (const match of text.matchAll(/(?:([\w-]+)\s*=\s*)?(?:"([^"]*)"|'([^']*)'|`([^`]*)`|([^\s"'`]+))/g)) {
		const value = match[2] ?? match[3] ?? match[4] ?? match[5] ?? '';
		result.set(match[1] ?? String(position++), value);
	}

	return result;
}

function escapeBrackets(text: string): string {
	return text.replace(/[[\]\\]/g, character => `\\${character}`);
}

/** `[name: label](target)` as Markdown, or the bare marker when there is no target. */
/**
Whether the call being expanded stands inside an HTML block, where Markdown is not read: what it
becomes is then written as HTML. Set by each replacement from the text before the call.
*/
let inHtml = false;

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function marker(name: string, label: string, target?: string): string {
	const plain = label ? `[${name}: ${label}]` : `[${name}]`;
	if (inHtml) {
		return target ? `<a href="${escapeHtml(target)}">${escapeHtml(plain)}</a>` : escapeHtml(plain);
	}

	const text = escapeBrackets(plain);
	return target ? `[${text}](<${target.replace(/[<>\s]/g, '')}>)` : text;
}

const mediaFile = /\.(?:png|jpe?g|gif|webp|avif|svg|bmp)(?:[?#]|$)/i;
const paired = new Set(['notice', 'note', 'tip', 'warning', 'info', 'alert', 'callout', 'admonition', 'hint']);

function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>]/g, character => `\\${character}`);
}

/** A Markdown image: `![caption](src)`, or a labelled marker when there is no source. */
function image(caption: string, source: string | undefined): string {
	const label = escapeMarkdown(caption.replace(/\s+/g, ' ').trim());
	if (!source) {
		return marker('image', caption);
	}

	if (inHtml) {
		return `<img src="${escapeHtml(source)}" alt="${escapeHtml(caption.replace(/\s+/g, ' ').trim())}">`;
	}

	return `![${label}](<${source.replace(/[<>\n]/g, '')}>)`;
}

/** Where a template call stands: inside a link target, or in running text. */
interface CallContext {
	readonly inTarget: boolean;
}

// How far back the start of the current block is looked for: a bound, so many calls stay linear.
const blockLookBack = 4000;

function contextAt(text: string, offset: number): CallContext {
	const before = text.slice(Math.max(0, offset - 8), offset);
	const window = text.slice(Math.max(0, offset - blockLookBack), offset);
	const blockStart = Math.max(window.lastIndexOf('\n\n'), window.lastIndexOf('\n\r\n'));
	// An HTML block starts with a tag at the start of its first line (CommonMark's rule, abridged).
	inHtml = (blockStart >= 0 || offset <= blockLookBack) && /^\s*<[a-zA-Z/!]/.test(window.slice(blockStart + 1));
	return {inTarget: /\]\(\s*<?$|\]:\s*$|href=["']?$/.test(before)};
}

/** A reference to another post: its `post:` target, or a link to it when it stands alone. */
function postReference(reference: string, context: CallContext): string {
	const target = `${postReferenceScheme}${reference.trim()}`;
	if (context.inTarget) {
		return target.replace(/[\s()<>]/g, character => encodeURIComponent(character));
	}

	if (inHtml) {
		return reference ? `<a href="${escapeHtml(target)}">${escapeHtml(reference)}</a>` : '';
	}

	return reference ? `[${escapeMarkdown(reference)}](<${target.replace(/[<>\n]/g, '')}>)` : '';
}

function hugoShortcode(_all: string, closing: string, name: string, rest: string, context: CallContext): string {
	if (closing) {
		return name === 'highlight' ? '\n```\n' : (paired.has(name) ? '\n\n' : '');
	}

	const args = parameters(rest);
	const first = args.get('0') ?? '';
	switch (name) {
		case 'figure':
		case 'img':
		case 'image': {
			const source = args.get('src') ?? first;
			const label = args.get('caption') ?? args.get('title') ?? args.get('alt') ?? '';
			return image(label, source);
		}

		case 'highlight': {
			return `\n\`\`\`${first}\n`;
		}

		case 'ref':
		case 'relref': {
			return postReference(args.get('path') ?? first, context);
		}

		case 'youtube':
		case 'vimeo': {
			const id = args.get('id') ?? first;
			const url = name === 'youtube' ? `https://www.youtube.com/watch?v=${id}` : `https://vimeo.com/${id}`;
			return marker(name, args.get('title') ?? id, id ? url : undefined);
		}

		case 'gist': {
			const user = args.get('user') ?? first;
			const id = args.get('id') ?? args.get('1') ?? '';
			const file = args.get('file') ?? args.get('2');
			return marker('gist', [user, id].filter(Boolean).join('/') + (file ? ` ${file}` : ''), user && id ? `https://gist.github.com/${user}/${id}` : undefined);
		}

		case 'tweet':
		case 'x': {
			const id = args.get('id') ?? (args.has('1') ? args.get('1') : first) ?? '';
			const user = args.get('user') ?? (args.has('1') ? first : 'i');
			return marker('tweet', id, /^\d+$/.test(id) ? `https://twitter.com/${user}/status/${id}` : undefined);
		}

		case 'instagram': {
			const id = args.get('id') ?? first;
			return marker('instagram', id, id ? `https://www.instagram.com/p/${id}/` : undefined);
		}

		case 'notice':
		case 'note':
		case 'tip':
		case 'warning':
		case 'info':
		case 'alert':
		case 'callout':
		case 'admonition':
		case 'hint': {
			// A labelled paragraph; the inner text follows and the closing call ends the paragraph.
			const kind = name === 'notice' || name === 'admonition' || name === 'alert' || name === 'callout' ? (args.get('type') ?? first) || name : name;
			const title = args.get('title') ?? (name === 'notice' ? args.get('1') : first) ?? '';
			const label = `${kind.toUpperCase()}${title && title !== kind ? ` (${title})` : ''}:`;
			return inHtml ? `<strong>${escapeHtml(label)}</strong> ` : `\n\n**${escapeMarkdown(label)}** `;
		}

		default: {
			const values = [...args.values()];
			const source = values.find(value => mediaFile.test(value));
			if (source) {
				return image(args.get('caption') ?? args.get('title') ?? args.get('alt') ?? '', source);
			}

			return marker(name, first || values[0] || '');
		}
	}
}

/** A Jekyll include: an image or video when its parameters name one, else a marker with its text. */
function liquidInclude(args: Map<string, string>): string {
	const file = args.get('0') ?? '';
	const values = [...args.entries()].filter(([key]) => key !== '0');
	const source = values.find(([, value]) => mediaFile.test(value))?.[1];
	const caption = args.get('caption') ?? args.get('description') ?? args.get('alt') ?? args.get('title') ?? '';
	if (source) {
		return image(caption, source);
	}

	const id = args.get('id') ?? args.get('youtube_id') ?? args.get('video_id');
	if (/youtube/i.test(file) && id) {
		return marker('youtube', caption || id, `https://www.youtube.com/watch?v=${id}`);
	}

	const text = args.get('content') ?? args.get('text') ?? args.get('message') ?? args.get('note') ?? caption;
	return marker('include', text ? `${file.replace(/\.html$/, '')}: ${text}` : file);
}

function liquidCall(_all: string, name: string, rest: string, context: CallContext): string {
	const args = parameters(rest.trim());
	const first = args.get('0') ?? '';
	switch (name) {
		case 'include':
		case 'include_relative': {
			return liquidInclude(args);
		}

		case 'post_url':
		case 'link': {
			return postReference(first, context);
		}

		case 'youtube': {
			return marker('youtube', first, first ? `https://www.youtube.com/watch?v=${first}` : undefined);
		}

		case 'img':
		case 'image': {
			return image(args.get('alt') ?? args.get('title') ?? args.get('1') ?? '', first || undefined);
		}

		case 'gist': {
			return marker('gist', first, first ? `https://gist.github.com/${first}` : undefined);
		}

		case 'tweet':
		case 'twitter': {
			return marker('tweet', first, /^https?:\/\//.test(first) ? first : undefined);
		}

		case 'vimeo': {
			return marker('vimeo', first, first ? `https://vimeo.com/${first}` : undefined);
		}

		default: {
			// Control flow (if, for, assign, capture, endif, ...) has no visible text of its own.
			return '';
		}
	}
}

function liquidValue(_all: string, expression: string): string {
	const name = expression.split('|')[0]!.trim();
	// Site URLs are prefixes of links: drop them so the link stays readable (and relative).
	if (/^site\.(?:url|baseurl)$/.test(name) || name === '.Site.BaseURL' || /^(?:relURL|absURL|\.Site\.BaseURL)\b/.test(name) && !/"/.test(name)) {
		return '';
	}

	// A Go-template function call: `{{image "x.png" "Caption"}}`, `{{youtube "id"}}`.
	const call = /^([A-Za-z][\w.]*)\s+(.+)$/.exec(name);
	if (call && /["'`]/.test(call[2]!)) {
		const args = parameters(call[2]!);
		const function_ = call[1]!.toLowerCase();
		const first = args.get('0') ?? '';
		if (function_ === 'relurl' || function_ === 'absurl' || function_ === 'relref' || function_ === 'ref') {
			return function_.endsWith('ref') ? `${postReferenceScheme}${args.get('1') ?? first}` : first;
		}

		if (/youtube/.test(function_)) {
			return marker('youtube', first, first ? `https://www.youtube.com/watch?v=${first}` : undefined);
		}

		if (/image|img|figure|picture|photo/.test(function_) || mediaFile.test(first)) {
			return image(args.get('1') ?? '', first || undefined);
		}

		return marker(call[1]!, [...args.values()].join(' '));
	}

	return name ? `[${inHtml ? escapeHtml(name) : escapeBrackets(name)}]` : '';
}

/** The body with Liquid and Hugo template syntax turned into readable text. */
export function expandTemplates(body: string): string {
	if (!body.includes('{%') && !body.includes('{{')) {
		return body;
	}

	keep.length = 0;
	const protect = (text: string) => {
		keep.push(text);
		return placeholder(keep.length - 1);
	};

	let text = body
		.replace(hugoEscaped, (_all, open: string, inner: string, close: string) => protect(`{{${open}${inner}${close}}}`))
		.replace(liquidRaw, (_all, inner: string) => protect(inner))
		.replace(liquidComment, '')
		.replace(liquidHighlight, (_all, language: string, code: string) => protect(`\`\`\`${language}\n${code.replace(/\n?$/, '\n')}\`\`\``))
		.replace(hugoCall, (all, _kind: string, closing: string, name: string, rest: string, offset: number, whole: string) =>
			hugoShortcode(all, closing, name, rest, contextAt(whole, offset)))
		.replace(fenced, block => protect(block));
	text = protectInlineCode(text, protect)
		.replace(liquidTag, (all, name: string, rest: string, offset: number, whole: string) => liquidCall(all, name, rest, contextAt(whole, offset)))
		.replace(liquidOutput, (all, expression: string, offset: number, whole: string) => {
			// `style={{…}}` is a JSX expression (MDX posts), not a template: an empty value keeps the
			// tag a valid HTML tag, so it is read as markup rather than shown.
			if (whole[offset - 1] === '=') {
				return '""';
			}

			contextAt(whole, offset);
			return liquidValue(all, expression);
		})
		// A notice label followed by its text on the next line: no space before the line break.
		.replace(/(\*\*[^*\n]+:\*\*) \n/g, '$1\n');
	// Kept text can hold other kept text (a raw block in a fence): restore until none is left.
	for (let round = 0; round < 4 && text.includes('\uE000kept'); round++) {
		text = text.replace(placeholders, (all, index: string) => keep[Number(index)] ?? all);
	}

	keep.length = 0;
	inHtml = false;
	return text;
}
