/**
Jekyll's Liquid tags and Hugo's shortcodes are instructions to a site generator, not text. They
are turned into what a reader of the built page would have seen: their inner text, code blocks,
images, or a short marker such as `[figure: Portage]`. Every pattern is linear (no nested
quantifiers), because bodies can be megabytes.
*/

// Hugo's way of showing a shortcode literally: {{</* name */>}}.
const hugoEscaped = /\{\{([<%])\/\*([^\n]*?)\*\/([>%])\}\}/g;
const hugoCall = /\{\{([<%])\s*(\/?)\s*([\w.-]+)([^\n]*?)\s*[>%]\}\}/g;
const liquidRaw = /\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g;
const liquidComment = /\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g;
const liquidHighlight = /\{%-?\s*highlight\s+([\w+#.-]+)[^%\n]*%\}\n?([\s\S]*?)\{%-?\s*endhighlight\s*-?%\}/g;
const liquidTag = /\{%-?\s*([\w-]+)([^%\n]*?)-?%\}/g;
const liquidOutput = /\{\{-?\s*([^{}\n]*?)\s*-?\}\}/g;

// Placeholders keep protected text out of later patterns; U+E000 never survives sanitizing
// as part of a tag, and a stray one in a body is left alone.
const keep: string[] = [];
const placeholder = (index: number) => `\uE000kept${index}\uE001`;
const placeholders = /\uE000kept(\d+)\uE001/g;
// Liquid is not applied inside fenced code: Hugo posts show `{{ .Title }}` there as code.
const fenced = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm;

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
function marker(name: string, label: string, target?: string): string {
	const text = escapeBrackets(label ? `[${name}: ${label}]` : `[${name}]`);
	return target ? `[${text}](<${target.replace(/[<>\s]/g, '')}>)` : text;
}

function hugoShortcode(_all: string, closing: string, name: string, rest: string): string {
	if (closing) {
		return name === 'highlight' ? '\n```\n' : '';
	}

	const args = parameters(rest);
	const first = args.get('0') ?? '';
	switch (name) {
		case 'figure':
		case 'img':
		case 'image': {
			const label = args.get('title') ?? args.get('caption') ?? args.get('alt') ?? '';
			return marker('figure', label || (args.get('src') ?? '').split('/').pop() || '', args.get('src'));
		}

		case 'highlight': {
			return `\n\`\`\`${first}\n`;
		}

		case 'ref':
		case 'relref': {
			return args.get('path') ?? first;
		}

		case 'youtube':
		case 'vimeo': {
			const id = args.get('id') ?? first;
			const url = name === 'youtube' ? `https://www.youtube.com/watch?v=${id}` : `https://vimeo.com/${id}`;
			return marker(name, args.get('title') ?? id, id ? url : undefined);
		}

		case 'gist':
		case 'tweet':
		case 'x':
		case 'instagram': {
			return marker(name, [...args.values()].join(' '));
		}

		default: {
			return marker(name, first || [...args.values()][0] || '');
		}
	}
}

function liquidCall(_all: string, name: string, rest: string): string {
	const args = parameters(rest.trim());
	const first = args.get('0') ?? '';
	switch (name) {
		case 'include':
		case 'include_relative': {
			return marker('include', first);
		}

		case 'post_url':
		case 'link': {
			return first;
		}

		case 'youtube': {
			return marker('youtube', first, first ? `https://www.youtube.com/watch?v=${first}` : undefined);
		}

		case 'img':
		case 'image': {
			return marker('image', first.split('/').pop() ?? '', first || undefined);
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
	if (/^site\.(?:url|baseurl)$/.test(name) || name === '.Site.BaseURL') {
		return '';
	}

	return name ? `[${escapeBrackets(name)}]` : '';
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
		.replace(hugoCall, (all, _kind: string, closing: string, name: string, rest: string) => hugoShortcode(all, closing, name, rest))
		.replace(fenced, block => protect(block))
		.replace(liquidTag, (all, name: string, rest: string) => liquidCall(all, name, rest))
		.replace(liquidOutput, (all, expression: string) => liquidValue(all, expression));
	// Kept text can hold other kept text (a raw block in a fence): restore until none is left.
	for (let round = 0; round < 4 && text.includes('\uE000kept'); round++) {
		text = text.replace(placeholders, (all, index: string) => keep[Number(index)] ?? all);
	}

	keep.length = 0;
	return text;
}
