import {graphemeColumns} from './grapheme-width.js';

/**
What every `string-width` import in the bundle resolves to (an esbuild alias in `npm run build`):
Ink, widest-line, cli-truncate and wrap-ansi each bring their own copy, and each copy compiles its
own emoji pattern on first use (`\p{RGI_Emoji}` with the v flag: ~20 ms each, measured) and makes
its own segmenter. One count for all also means Ink measures text exactly as our own fitting
does. string-width's options are not taken: none of those callers pass any.
*/
export default function stringWidth(text: string): number {
	return typeof text === 'string' ? graphemeColumns(text) : 0;
}
