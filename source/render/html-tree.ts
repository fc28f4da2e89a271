import {Tokenizer} from 'htmlparser2';
import {isAllowedCodePoint} from '../text/entities.js';

/**
HTML parsed into a small tree, in time linear in its size and never deeper than `maxTreeDepth`.
htmlparser2's tokenizer does the lexing (states, attributes, entities, script and style text);
the tree is built here rather than by its Parser, whose open-element stack is an array grown
with `unshift` (quadratic on thousands of unclosed tags). Elements opened past the depth cap are
flattened into the deepest allowed one: their text and images stay, only their nesting goes.
*/

export interface HtmlElement {
	readonly name: string;
	readonly attributes: ReadonlyMap<string, string>;
	readonly children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

export const maxTreeDepth = 48;

const voidElements = new Set([
	'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
	'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

const closesP = new Set(['p']);
const formTags = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
// The implied end tags of HTML that matter for structure (htmlparser2's own table, abridged).
const openImpliesClose = new Map<string, ReadonlySet<string>>([
	['tr', new Set(['tr', 'th', 'td'])],
	['th', new Set(['th', 'td'])],
	['td', new Set(['th', 'td'])],
	['li', new Set(['li'])],
	['option', new Set(['option'])],
	['optgroup', new Set(['optgroup', 'option'])],
	['dd', new Set(['dd', 'dt'])],
	['dt', new Set(['dd', 'dt'])],
	['select', formTags],
	['tbody', new Set(['thead', 'tbody', 'tr', 'td', 'th'])],
	['tfoot', new Set(['thead', 'tbody', 'tr', 'td', 'th'])],
	...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
		'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
		'table', 'ul'].map(name => [name, closesP] as const),
]);

const noAttributes: ReadonlyMap<string, string> = new Map();

function element(name: string, attributes: ReadonlyMap<string, string> = noAttributes): HtmlElement {
	return {name, attributes, children: []};
}

/** The document as a tree under a root element named `#root`. */
export function parseHtml(html: string): HtmlElement {
	const root = element('#root');
	const stack: HtmlElement[] = [root];
	// Tags opened past the cap: not on the stack, so their end tags are ignored while this is positive.
	let flattened = 0;
	let tagName = '';
	// Allocated on the first attribute of a tag: most tags have none.
	let attributes: Map<string, string> | undefined;
	let attributeName = '';
	let attributeValue = '';

	const top = () => stack.at(-1)!;
	const addText = (text: string) => {
		if (text === '') {
			return;
		}

		const {children} = top();
		const last = children.length - 1;
		if (last >= 0 && typeof children[last] === 'string') {
			children[last] += text;
		} else {
			children.push(text);
		}
	};

	const closeTo = (index: number) => {
		stack.length = index;
	};

	const openTag = (name: string, attrs: ReadonlyMap<string, string>) => {
		const implied = openImpliesClose.get(name);
		if (implied) {
			while (stack.length > 1 && implied.has(top().name)) {
				stack.pop();
			}
		}

		const node = element(name, attrs);
		top().children.push(node);
		if (voidElements.has(name)) {
			return;
		}

		if (stack.length > maxTreeDepth) {
			// Past the cap the element stays (an image, a line break), its children go to the parent.
			flattened++;
			top().children.pop();
			if (name === 'p' || name === 'div' || name === 'li' || name === 'tr') {
				addText(' ');
			}

			return;
		}

		stack.push(node);
	};

	const closeTag = (name: string) => {
		if (voidElements.has(name)) {
			if (name === 'br') {
				top().children.push(element('br'));
			}

			return;
		}

		// Searching from the top is bounded: the stack never holds more than maxTreeDepth elements.
		for (let index = stack.length - 1; index >= 1; index--) {
			if (stack[index]!.name === name) {
				closeTo(index);
				return;
			}
		}

		if (flattened > 0) {
			flattened--;
		} else if (name === 'p') {
			// `</p>` with no `<p>` open is an empty paragraph in HTML: a break.
			top().children.push(element('br'));
		}
	};

	let source = html;
	const slice = (start: number, end: number) => source.slice(start, end);
	const tokenizer = new Tokenizer({xmlMode: false, decodeEntities: true}, {
		onattribdata(start, end) {
			attributeValue += slice(start, end);
		},
		onattribentity(codePoint) {
			attributeValue += isAllowedCodePoint(codePoint) ? String.fromCodePoint(codePoint) : '';
		},
		onattribend() {
			attributes ??= new Map();
			if (!attributes.has(attributeName)) {
				attributes.set(attributeName, attributeValue);
			}

			attributeValue = '';
		},
		onattribname(start, end) {
			attributeName = slice(start, end).toLowerCase();
		},
		oncdata() {},
		onclosetag(start, end) {
			closeTag(slice(start, end).toLowerCase());
		},
		oncomment() {},
		ondeclaration() {},
		onend() {},
		onopentagend() {
			openTag(tagName, attributes ?? noAttributes);
			attributes = undefined;
		},
		onopentagname(start, end) {
			tagName = slice(start, end).toLowerCase();
			attributes = undefined;
		},
		onprocessinginstruction() {},
		onselfclosingtag() {
			// HTML ignores the slash: `<div/>` opens a div. Void elements are closed anyway.
			openTag(tagName, attributes ?? noAttributes);
			attributes = undefined;
		},
		ontext(start, end) {
			addText(slice(start, end));
		},
		ontextentity(codePoint) {
			addText(isAllowedCodePoint(codePoint) ? String.fromCodePoint(codePoint) : '');
		},
	});
	tokenizer.write(source);
	tokenizer.end();
	source = '';
	return root;
}

/** The text of a node and its descendants, as written (whitespace kept). */
export function textOf(node: HtmlNode): string {
	if (typeof node === 'string') {
		return node;
	}

	if (node.name === 'br') {
		return '\n';
	}

	let text = '';
	for (const child of node.children) {
		text += textOf(child);
	}

	return text;
}

export function attribute(node: HtmlElement, name: string): string {
	return node.attributes.get(name) ?? '';
}

/** Depth-first search for the first element named `name` (the node itself included). */
export function findElement(node: HtmlNode, names: ReadonlySet<string>): HtmlElement | undefined {
	if (typeof node === 'string') {
		return undefined;
	}

	if (names.has(node.name)) {
		return node;
	}

	for (const child of node.children) {
		const found = findElement(child, names);
		if (found) {
			return found;
		}
	}

	return undefined;
}
