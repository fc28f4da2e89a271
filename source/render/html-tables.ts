import {classes, collapse, type Context, escapeMarkdownText, isElement, paragraphs, quote} from './html-markdown.js';
import {attribute, findElement, type HtmlElement, textOf} from './html-tree.js';

/**
HTML tables as Markdown pipe tables (a layout table is its blocks), and Asciidoctor's
admonition tables as a labelled quote.
*/

export function cellText(cell: HtmlElement, context: Context): string {
	return context.blocks(cell.children, {...context, table: true})
		.map(part => part.replace(/\\\n/g, '<br>').replace(/\n+/g, ' '))
		.join('<br>')
		.trim();
}

export function rowsOf(table: HtmlElement): Array<{readonly row: HtmlElement; readonly head: boolean}> {
	const rows: Array<{readonly row: HtmlElement; readonly head: boolean}> = [];
	for (const child of table.children) {
		if (!isElement(child)) {
			continue;
		}

		if (child.name === 'tr') {
			rows.push({row: child, head: false});
		} else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
			for (const row of child.children) {
				if (isElement(row) && row.name === 'tr') {
					rows.push({row, head: child.name === 'thead'});
				}
			}
		}
	}

	return rows;
}

export function cellsOf(row: HtmlElement): HtmlElement[] {
	return row.children.filter(child => isElement(child) && (child.name === 'td' || child.name === 'th')) as HtmlElement[];
}

export const layoutBlocks = new Set(['pre', 'table', 'ul', 'ol', 'blockquote', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl']);

export function table(node: HtmlElement, context: Context): string[] {
	const rows = rowsOf(node);
	const caption = node.children.find(child => isElement(child) && child.name === 'caption') as HtmlElement | undefined;
	const before = caption ? paragraphs(`**${context.oneLine(caption, context)}**`) : [];
	const cells = rows.flatMap(({row}) => cellsOf(row));
	// A table used for layout (code with a line-number gutter, a grid of blocks) is its blocks.
	if (cells.some(cell => findElement(cell, layoutBlocks) !== undefined)) {
		return [...before, ...cells
			.filter(cell => !classes(cell).some(name => /gutter|lineno/.test(name)))
			.flatMap(cell => context.blocks(cell.children, context))];
	}

	if (rows.length === 0) {
		return before;
	}

	const grid = rows.map(({row}) => cellsOf(row).flatMap(cell => {
		const span = Math.min(64, Math.max(1, Number.parseInt(attribute(cell, 'colspan'), 10) || 1));
		return [cellText(cell, context), ...Array.from({length: span - 1}, () => '')];
	}));
	const columns = Math.max(1, ...grid.map(row => row.length));
	const line = (row: readonly string[]) => `| ${Array.from({length: columns}, (_, index) => row[index] || ' ').join(' | ')} |`;
	const [header, ...body] = grid;
	return [...before, [line(header!), line(Array.from({length: columns}, () => '---')), ...body.map(row => line(row))].join('\n')];
}

export function admonition(node: HtmlElement, context: Context): string[] {
	const kind = classes(node).find(name => name !== 'admonitionblock') ?? 'note';
	const cells = rowsOf(findElement(node, new Set(['table'])) ?? node).flatMap(({row}) => cellsOf(row));
	const icon = cells.find(cell => classes(cell).includes('icon'));
	const content = cells.find(cell => classes(cell).includes('content'));
	const label = (icon ? collapse(textOf(icon)).trim() : '') || kind;
	const parts = content ? context.blocks(content.children, context) : [];
	const head = `**${escapeMarkdownText(label.toUpperCase())}:**`;
	return quote(parts.length > 0 && !/^(?:[>*#|`]|\d+\.)/.test(parts[0]!)
		? [`${head} ${parts[0]}`, ...parts.slice(1)]
		: [head, ...parts]);
}
