import {classes, type Context, isElement, type Notes} from './html-markdown.js';
import {attribute, type HtmlElement, textOf} from './html-tree.js';

/**
Footnotes of HTML posts: which `<sup>`/`<a>` is a reference to a note of the page, the label each
note gets, and the note as one Markdown `[^label]: text` definition.
*/

export function footnoteTarget(node: HtmlElement): string | undefined {
	const href = attribute(node, 'href');
	return href.startsWith('#') && href.length > 1 ? href.slice(1) : undefined;
}

/** A short marker text such as `1`, `[2]` or `*`. */
export function isMarkerText(text: string): boolean {
	return /^\s*\[?\s*[\w*†‡§]{1,8}\s*\]?\s*$/u.test(text);
}

/** The note a `<sup>` or `<a>` refers to, when it is a footnote reference. */
export function footnoteReference(node: HtmlElement): string | undefined {
	if (node.name === 'sup') {
		const links = node.children.filter(child => isElement(child) && child.name === 'a') as HtmlElement[];
		if (links.length === 1 && isMarkerText(textOf(node))) {
			return footnoteTarget(links[0]!);
		}

		return undefined;
	}

	if (node.name === 'a') {
		const only = node.children.filter(child => typeof child !== 'string' || child.trim() !== '');
		const marked = attribute(node, 'role') === 'doc-noteref' || classes(node).includes('footnote-ref')
			|| (only.length === 1 && isElement(only[0]!) && only[0].name === 'sup');
		return marked && isMarkerText(textOf(node)) ? footnoteTarget(node) : undefined;
	}

	return undefined;
}

/** Footnote references whose note exists in the document, each given its label. */
export function collectNotes(root: HtmlElement): Notes {
	const ids = new Set<string>();
	const references: Array<{readonly target: string; readonly text: string}> = [];
	const visit = (node: HtmlElement) => {
		const id = attribute(node, 'id');
		if (id) {
			ids.add(id);
		}

		const target = footnoteReference(node);
		if (target !== undefined) {
			references.push({target, text: textOf(node).replace(/[\s[\]]/g, '')});
			return;
		}

		for (const child of node.children) {
			if (isElement(child)) {
				visit(child);
			}
		}
	};

	visit(root);
	const labels = new Map<string, string>();
	const used = new Set<string>();
	for (const {target, text} of references) {
		if (!ids.has(target) || labels.has(target)) {
			continue;
		}

		let label = /^[\w-]{1,16}$/.test(text) && !used.has(text) ? text : String(labels.size + 1);
		while (used.has(label)) {
			label += '-';
		}

		used.add(label);
		labels.set(target, label);
	}

	return {labels};
}

/** A back link from a note to its reference: `↩`, or Asciidoctor's number before the note. */
export function isBackLink(node: HtmlElement, context: Context): boolean {
	return context.note && attribute(node, 'href').startsWith('#') && /^(?:[\s\d↩↑^⤴[\]]|\uFE0E|\uFE0F)*$/u.test(textOf(node));
}

/** A footnote's text as one `[^label]: text` definition. */
export function definition(node: HtmlElement, context: Context): string {
	const label = context.notes.labels.get(attribute(node, 'id'))!;
	const text = context.blocks(node.children, {...context, note: true}).join(' ').replace(/\n/g, ' ').replace(/^\s*\.\s+/, '').trim();
	return `[^${label}]: ${text}`;
}
