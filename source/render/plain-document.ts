import {sanitizeText} from '../text/sanitize.js';
import {renderTitleBlock} from './title-block.js';
import type {RenderablePost} from './post-data.js';
import {emptyStructure} from './structure.js';
import type {RenderedDocument, RenderOptions} from './render.js';
import {wrapLines} from './wrap.js';

/**
A post's text without styling, for when rendering it went over its budget: made in time linear
in the text, on any thread, with nothing that can fail on strange input. Beyond `shownChars`
the text is cut, and the notice says so.
*/

const shownChars = 2 * 1024 * 1024;

export function plainDocument(post: RenderablePost, options: RenderOptions, notice: string): RenderedDocument {
	const width = Math.max(2, Math.floor(options.width) || 80);
	const header = renderTitleBlock(post, {width, color: options.color, theme: options.theme}).split('\n');
	const cut = post.body.length > shownChars;
	const body = sanitizeText(cut ? post.body.slice(0, shownChars) : post.body).replace(/\s+$/, '');
	const lines = [...header, '', ...wrapLines(body, width).split('\n')];
	if (cut) {
		lines.push('', `[… ${post.body.length - shownChars} more characters not shown]`);
	}

	return {
		...emptyStructure,
		width,
		lines,
		text: lines.map(line => line.replace(/\u001B\[[\d;]*m/g, '')),
		titleBlockLines: header.length,
		notice,
	};
}
