const named: Readonly<Record<string, string>> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“'};

/** The common HTML entities; unknown ones stay as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name.startsWith('#')) {
			const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
			return code > 0 && code <= 0x10_FF_FF ? String.fromCodePoint(code) : whole;
		}

		return named[name.toLowerCase()] ?? whole;
	});
}

/**
Markup removed, text kept. An unclosed script or style runs to the end, as in a browser, and a
tag holds no `<`: scanning on to the end from each opener of a long unclosed run was quadratic.
*/
export function stripTags(html: string): string {
	return html.replace(/<(script|style|iframe)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ').replace(/<[^<>]*>/g, '');
}

/**
The inside of the first `<tag>...</tag>`, or undefined. Only the first opening tag is tried:
when it has no closing tag after it, no later one has.
*/
export function innerOf(html: string, tag: string): string | undefined {
	const open = new RegExp(`<${tag}\\b[^<>]*>`, 'i').exec(html);
	if (!open) {
		return undefined;
	}

	const start = open.index + open[0].length;
	const close = new RegExp(`</${tag}>`, 'gi');
	close.lastIndex = start;
	const end = close.exec(html);
	return end ? html.slice(start, end.index) : undefined;
}
