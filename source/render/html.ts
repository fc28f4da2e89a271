import {NodeHtmlMarkdown} from 'node-html-markdown';
import {cleanUrl} from './links.js';
import {droppedElements, htmlToText} from './html-text.js';

/**
HTML posts (and HTML blocks inside Markdown) as Markdown, so they end as the same styled lines.
Scripts, styles and frames are never text: their content is dropped, and a frame leaves a link
to what it embedded.
*/

let converter: NodeHtmlMarkdown | undefined;

const iframe = /<iframe\b([^>]*)>[\s\S]*?(?:<\/iframe\s*>|$)/gi;
const comments = /<!--[\s\S]*?(?:-->|$)/g;

function embedMarker(attributes: string): string {
	const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(` ${attributes}`);
	const url = cleanUrl(src?.[1] ?? src?.[2] ?? src?.[3] ?? '');
	if (!url || url.startsWith('#')) {
		return '';
	}

	let host = url;
	try {
		host = new URL(url, 'https://localhost/').hostname || url;
	} catch {}

	return `<p><a href="${url.replaceAll('"', '%22')}">[embedded: ${host.replace(/[<>&]/g, '')}]</a></p>`;
}

export function htmlToMarkdown(html: string): string {
	const cleaned = html
		.replace(comments, '')
		.replace(iframe, (_all, attributes: string) => embedMarker(attributes))
		.replace(droppedElements, '');
	converter ??= new NodeHtmlMarkdown({
		keepDataImages: false,
		useLinkReferenceDefinitions: false,
		maxConsecutiveNewlines: 2,
		bulletMarker: '*',
	});
	try {
		return converter.translate(cleaned);
	} catch {
		// A document nested past the converter's stack: its text is still worth reading.
		return htmlToText(cleaned).replace(/[\\`*_[\]<>#]/g, character => `\\${character}`);
	}
}
