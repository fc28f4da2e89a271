/**
Character references left in Markdown text tokens (`&amp;`, `&#8217;`). Decoded references are
archive data too: one that names a control character (`&#27;`) decodes to nothing.
*/

const named: Readonly<Record<string, string>> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00A0', shy: '',
	mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
	laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', middot: '·', bull: '•',
	euro: '€', pound: '£', yen: '¥', cent: '¢', times: '×', divide: '÷', deg: '°', para: '¶',
	sect: '§', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', rArr: '⇒', hearts: '♥',
	iexcl: '¡', iquest: '¿', aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú',
	ntilde: 'ñ', Ntilde: 'Ñ', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', ccedil: 'ç', zwj: '\u200D',
};

/** Whether a decoded character reference may stand in text: no controls, surrogates or bidi overrides. */
export function isAllowedCodePoint(code: number): boolean {
	return code === 0x09 || code === 0x0A
		|| (code >= 0x20 && code < 0x7F)
		|| (code > 0x9F && code <= 0x10_FFFF && !(code >= 0xD8_00 && code <= 0xDF_FF)
			&& !(code >= 0x20_2A && code <= 0x20_2E) && !(code >= 0x20_66 && code <= 0x20_69));
}

export function decodeEntities(text: string): string {
	if (!text.includes('&')) {
		return text;
	}

	return text.replace(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]{2,8}));/g, (all, decimal?: string, hex?: string, name?: string) => {
		if (name !== undefined) {
			return named[name] ?? all;
		}

		const code = decimal === undefined ? Number.parseInt(hex!, 16) : Number.parseInt(decimal, 10);
		return isAllowedCodePoint(code) ? String.fromCodePoint(code) : '';
	});
}
