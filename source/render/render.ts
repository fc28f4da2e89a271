import type {Post} from '../archive/post.js';

export type LinkStyle =
	/** OSC 8 hyperlinks: the terminal shows the text and opens the URL. */
	| 'osc8'
	/** `text (url)`. */
	| 'inline'
	/** `text [1]`, with `[1]: url` listed after the section: nothing lost in a pipe. */
	| 'references';

export interface RenderOptions {
	/** Columns to wrap to. */
	readonly width: number;
	/** Emit our own SGR styling; when false the output holds no escape sequence at all. */
	readonly color: boolean;
	readonly links: LinkStyle;
}

/**
STUB: replaced by the real renderer. The post as terminal text: a header block (title, date,
tags, reading time), then its body, wrapped to `width`. Heavy modules load on first call.
*/
export async function renderPost(post: Post, options: RenderOptions): Promise<string> {
	return `${post.title}\n\n${post.body}`.slice(0, options.width * 1000);
}
