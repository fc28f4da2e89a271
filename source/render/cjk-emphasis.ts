import type {TokenizerAndRendererExtension, Tokens} from 'marked';

/**
Emphasis closed by a full-width punctuation mark right before a Chinese or Japanese letter
(`*絶対にしてはいけません。*ユーザー`). CommonMark will not close it there (the `*` comes after
punctuation and before a letter, so it is not "right-flanking"), and the asterisks show raw,
although the writer meant emphasis and CJK text has no space to put after it. Only that case
is taken here (what markdown-it-cjk-friendly and goldmark's CJK option also accept); every
other emphasis is marked's. Bounded: one line, at most 400 characters.
*/

const cjkLetter = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]`;
const cjkPunctuation = '[、。，．！？：；」』）】〕〉》〟’”]';
const pattern = new RegExp(String.raw`^(\*{1,2})(?![\s*])([^*\n]{0,400}?${cjkPunctuation})\1(?!\*)(?=${cjkLetter})`, 'u');

export const cjkEmphasis: TokenizerAndRendererExtension = {
	name: 'cjkEmphasis',
	level: 'inline',
	start(source: string) {
		const at = source.indexOf('*');
		return at < 0 ? undefined : at;
	},
	tokenizer(source: string) {
		const match = pattern.exec(source);
		if (!match) {
			return undefined;
		}

		const type = match[1]!.length === 2 ? 'strong' : 'em';
		return {type, raw: match[0], text: match[2]!, tokens: this.lexer.inlineTokens(match[2]!)} as Tokens.Em | Tokens.Strong;
	},
};
