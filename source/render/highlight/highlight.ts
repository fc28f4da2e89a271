import type {ChalkInstance} from 'chalk';
import {engineFor} from './registry.js';
import {codeTheme, styleFor} from './theme.js';

/**
Code blocks coloured by highlight.js 11 through the caller's Chalk instance (so `--color` and
NO_COLOR hold). Its HTML result holds only `<span class="...">`, `</span>` and the five
entities its escaper writes, so a scan of those stands in for an HTML parser.
*/

export type Highlighter = (code: string, language: string, chalk: ChalkInstance) => string | undefined;

const themes = new WeakMap<ChalkInstance, ReturnType<typeof codeTheme>>();

const entities: ReadonlyMap<string, string> = new Map([['&amp;', '&'], ['&lt;', '<'], ['&gt;', '>'], ['&quot;', '"'], ['&#x27;', '\'']]);
const pieces = /<span class="([^"]*)">|<\/span>|&(?:amp|lt|gt|quot|#x27);|[^<&]+|[<&]/g;

interface Open {
	readonly style: ((text: string) => string) | undefined;
	text: string;
}

/** highlight.js HTML to styled text: each span's style wraps all it holds, nested spans inside. */
export function styleHtml(html: string, theme: ReturnType<typeof codeTheme>): string {
	const stack: Open[] = [{style: undefined, text: ''}];
	for (const [piece, classes] of html.matchAll(pieces)) {
		const top = stack.at(-1)!;
		if (classes !== undefined) {
			stack.push({style: styleFor(theme, classes), text: ''});
		} else if (piece === '</span>') {
			if (stack.length > 1) {
				stack.pop();
				stack.at(-1)!.text += top.style ? top.style(top.text) : top.text;
			}
		} else {
			top.text += entities.get(piece) ?? piece;
		}
	}

	while (stack.length > 1) {
		const top = stack.pop()!;
		stack.at(-1)!.text += top.style ? top.style(top.text) : top.text;
	}

	return stack[0]!.text;
}

/** `code` coloured as `language`, or undefined when we have no grammar for it or it fails. */
export const highlightCode: Highlighter = (code, language, chalk) => {
	const engine = engineFor(language);
	if (!engine) {
		return undefined;
	}

	let theme = themes.get(chalk);
	if (!theme) {
		theme = codeTheme(chalk);
		themes.set(chalk, theme);
	}

	try {
		return styleHtml(engine.highlight(code, {language, ignoreIllegals: true}).value, theme);
	} catch {
		return undefined;
	}
};
