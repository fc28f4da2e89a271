/**
Footnote definitions as CommonMark readers (pulldown-cmark, cmark-gfm) take them, put in the form
marked-footnote needs. It reads a note's later lines only when indented by four spaces and a
definition only at the start of a block, so notes written the usual way lost their text:
continuation lines indented by two (or not at all, lazily) were printed in the body, and a
definition right under another one stayed inside it, its `[^x]:` shown raw. Here a definition
gets a blank line before it and its continuation lines four spaces. One pass over the lines,
aware of code fences; nothing else is touched.
*/

const definition = /^ {0,3}\[\^[^\]\s]+\]:/;
const fence = /^ {0,3}(`{3,}|~{3,})/;
// Lines that start a block of their own and so end a note's paragraph (they cannot be lazy).
const blockStart = /^ {0,3}(?:#{1,6}(?:\s|$)|>|[*+-]\s|\d{1,9}[.)]\s|`{3,}|~{3,}|<[a-z/!]|(?:[*_-][ \t]*){3,}$|\|)/i;

export function separateFootnotes(markdown: string): string {
	if (!/^ {0,3}\[\^/m.test(markdown)) {
		return markdown;
	}

	const out: string[] = [];
	let inFence: string | null = null;
	// Inside a note: 'text' right after one of its lines, 'blank' after a blank line in it.
	let note: 'text' | 'blank' | null = null;
	for (const line of markdown.split('\n')) {
		if (inFence !== null) {
			out.push(line);
			if (line.trim().startsWith(inFence) && line.trim().replace(/[`~]/g, '') === '') {
				inFence = null;
			}

			continue;
		}

		if (definition.test(line)) {
			if (out.length > 0 && out.at(-1)!.trim() !== '') {
				out.push('');
			}

			out.push(line.trimStart());
			note = 'text';
			continue;
		}

		if (note !== null) {
			const indent = /^[ \t]*/.exec(line)![0].replaceAll('\t', '    ').length;
			if (line.trim() === '') {
				note = 'blank';
				out.push(line);
				continue;
			}

			// A lazy line continues the note's paragraph; after a blank line only an indented one
			// goes on with the note.
			const continues = note === 'text' ? indent >= 2 || !blockStart.test(line) : indent >= 2;
			if (continues) {
				out.push(indent >= 4 ? line : `    ${line.trimStart()}`);
				note = 'text';
				continue;
			}

			note = null;
		}

		const opened = fence.exec(line);
		if (opened) {
			inFence = opened[1]!;
		}

		out.push(line);
	}

	return out.join('\n');
}
