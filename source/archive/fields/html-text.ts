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

export function stripTags(html: string): string {
	return html.replace(/<(script|style|iframe)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, '');
}
