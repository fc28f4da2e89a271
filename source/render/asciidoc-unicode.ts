/**
Asciidoctor.js reads some Unicode text as markup that Asciidoctor (Ruby), with its Unicode word
characters, leaves alone, and the writer's text is lost:

- `Ī_global = … ∑_{j}`: the `_` after `Ī` opens constrained emphasis (to Asciidoctor.js `Ī` is
  no word character), so both underscores vanish. Written `&#95;`, it stays an underscore.
- `e^{rᵢ}`: a reference to an attribute named `rᵢ`, which nobody can define in a blog, is
  dropped (the render drops undefined attributes). Escaped (`\{rᵢ}`), it shows as written.

Applied to the lines Asciidoctor substitutes in (boundAsciidoc skips verbatim blocks), and not
to a line with a `+…+` or `pass:` passthrough, where the escape itself would show.
*/

const underscoreAfterLetter = /(?<=[^\u0000-\u007F\s\p{P}\p{S}])_(?=[\p{L}\p{N}])/gu;
const unicodeReference = /(?<!\\)\{([\p{L}\p{N}_-]*[^\u0000-\u007F][\p{L}\p{N}_-]*)\}/gu;
const passthrough = /\+[^+\n]+\+|pass:/;

export function protectUnicodeText(line: string): string {
	if (/^[\u0000-\u007F]*$/.test(line) || passthrough.test(line)) {
		return line;
	}

	return line.replace(underscoreAfterLetter, '&#95;').replace(unicodeReference, '\\{$1}');
}
