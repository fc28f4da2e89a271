/**
Asciidoctor's typographic replacements run before its link macros, so they reach into
addresses: `2000A%26A...357` becomes `2000A%26A…\u200B357`, `seine--tabassee` an em dash,
`Groovy's+MarkupBuilder` a curly apostrophe. The page then links to an address nobody wrote.
Here each replacement inside an `href` (and the text of a bare link, which is its address) is
put back as the writer typed it. Linear: one pass over the tags.
*/

const replaced: ReadonlyArray<readonly [RegExp, string]> = [
	[/&#8230;(?:&#8203;)?/g, '...'],
	[/&#8212;(?:&#8203;)?/g, '--'],
	[/&#8217;/g, '\''],
	[/&#169;/g, '(C)'],
	[/&#174;/g, '(R)'],
	[/&#8482;/g, '(TM)'],
	[/&#8594;/g, '->'],
	[/&#8658;/g, '=>'],
	[/&#8592;/g, '<-'],
	[/&#8656;/g, '<='],
];

function restored(address: string): string {
	let text = address;
	for (const [pattern, written] of replaced) {
		text = text.replace(pattern, written);
	}

	return text;
}

/**
Its e-mail autolink reaches into addresses too: `https://lists.apache.org/list?users@maven.apache.org:2021-9`
comes out with an `<a href="mailto:…">` inside the href (and inside a bare link's text).
*/
const mailInHref = /(href="[^"\s<>]*)<a href="mailto:[^"<>]*">([^<>]*)<\/a>/g;
const mailInBareText = /(>(?:https?|ftp):\/\/[^<>\s]*)<a href="mailto:[^"<>]*">([^<>]*)<\/a>/g;

export function restoreAddresses(html: string): string {
	const text = html.includes('mailto:') ? html.replace(mailInHref, '$1$2').replace(mailInBareText, '$1$2') : html;
	if (!text.includes('&#')) {
		return text;
	}

	return text
		.replace(/(<a\b[^>]*?\bhref=")([^"]*)("[^>]*>)/g, (_all, open: string, address: string, close: string) => open + restored(address) + close)
		.replace(/(<a\b[^>]*\bclass="bare"[^>]*>)([^<]*)(<\/a>)/g, (_all, open: string, text: string, close: string) => open + restored(text) + close);
}
