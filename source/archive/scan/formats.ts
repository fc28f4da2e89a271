import type {PostFormat} from '../post.js';

const formats: Readonly<Record<string, PostFormat>> = {
	md: 'markdown',
	markdown: 'markdown',
	txt: 'markdown',
	adoc: 'asciidoc',
	asciidoc: 'asciidoc',
	html: 'html',
	htm: 'html',
};

// These extensions hold posts only when a header says so; a `.md` file is a post as it is.
const needsHeader = new Set(['txt', 'adoc', 'asciidoc', 'html', 'htm']);

function extensionOf(name: string): string {
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The format a file name announces, or undefined for files that are never posts. */
export function formatOf(name: string): PostFormat | undefined {
	return formats[extensionOf(name)];
}

/** Whether a file of this name is a post only when it opens with a header. */
export function needsHeaderToBePost(name: string): boolean {
	return needsHeader.has(extensionOf(name));
}
