import {entities} from '../files/libraries.js';

/**
Character references in archive text (`&amp;`, `&#8217;`, `&hellip;`), decoded by the `entities`
package (the one htmlparser2 uses, every HTML5 name). A decoded reference is archive data too: one
that names a control character (`&#27;`), a lone surrogate or a bidi override decodes to nothing.
An unknown name stays as written.
*/
export function decodeEntities(text: string): string {
	if (!text.includes('&')) {
		return text;
	}

	const {decodeHTML} = entities();
	return text.replace(/&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z][a-zA-Z\d]{1,31});/g, reference => {
		const decoded = decodeHTML(reference);
		if (decoded === reference) {
			return reference;
		}

		// A soft hyphen is drawn by some terminals and not others: it goes, as before.
		return [...decoded].every(character => isAllowedCodePoint(character.codePointAt(0)!)) ? decoded.replaceAll('\u00AD', '') : '';
	});
}

/** Whether a decoded character reference may stand in text: no controls, surrogates or bidi overrides. */
export function isAllowedCodePoint(code: number): boolean {
	return code === 0x09 || code === 0x0A
		|| (code >= 0x20 && code < 0x7F)
		|| (code > 0x9F && code <= 0x10_FFFF && !(code >= 0xD8_00 && code <= 0xDF_FF)
			&& !(code >= 0x20_2A && code <= 0x20_2E) && !(code >= 0x20_66 && code <= 0x20_69));
}
