/**
TeX display math in Markdown (`$$` on a line of its own, the formula, `$$` again), as MathJax
and KaTeX sites write it. Nothing typesets it in a terminal, and read as Markdown its
backslashes and underscores would be taken as escapes and emphasis: it becomes a code block
named `math` holding the formula as written (as AsciiDoc's `[stem]` blocks do, asciidoc-math.ts).
`$$` inside code, or one never closed, is left alone. Linear: one pass over the lines.
*/

const fence = /^ {0,3}(`{3,}|~{3,})/;
const delimiter = /^ {0,3}\$\$[ \t]*$/;
const oneLine = /^ {0,3}\$\$(?!\$)(.+?)\$\$[ \t]*$/;
/** A formula longer than this many lines is more likely two stray `$$` than math (and the scan stays short). */
const longest = 200;

export function fenceDisplayMath(markdown: string): string {
	if (!markdown.includes('$$')) {
		return markdown;
	}

	const lines = markdown.split('\n');
	const out: string[] = [];
	let open: string | undefined;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		const opened = fence.exec(line);
		if (open !== undefined) {
			if (opened && opened[1]![0] === open[0] && opened[1]!.length >= open.length && line.trim() === opened[1]) {
				open = undefined;
			}

			out.push(line);
			continue;
		}

		if (opened) {
			open = opened[1];
			out.push(line);
			continue;
		}

		const single = oneLine.exec(line);
		if (single && (lines[index - 1] ?? '').trim() === '') {
			out.push('```math', single[1]!.trim(), '```');
			continue;
		}

		if (delimiter.test(line)) {
			let end = index + 1;
			// A formula has no blank line: two stray `$$` paragraphs apart are not one.
			while (end < lines.length && end - index <= longest && !delimiter.test(lines[end]!) && lines[end]!.trim() !== '') {
				end++;
			}

			if (end < lines.length && delimiter.test(lines[end]!) && end > index + 1) {
				out.push('```math', ...lines.slice(index + 1, end).map(each => each.replaceAll('```', '` ` `')), '```');
				index = end;
				continue;
			}
		}

		out.push(line);
	}

	return out.join('\n');
}
