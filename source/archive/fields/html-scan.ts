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
