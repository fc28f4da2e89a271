import {protectUnicodeText} from './asciidoc-unicode.js';

/**
Bounds on what an AsciiDoc source can make Asciidoctor do, checked on the text before it is
parsed (and on every included file). Asciidoctor nests lists and delimited blocks recursively:
2,000 nested list levels take 20 s, 2,000 nested blocks overflow V8's stack. Attribute values
are substituted where they are defined, so `:b: {a}{a}`, `:c: {b}{b}`… doubles at each line.
*/

/** Deeper list markers (`*******`) are read at this depth; nothing is lost but indentation. */
export const maxListMarker = 6;
/** Delimited blocks open at once; deeper, the source is shown as plain text. */
export const maxBlockDepth = 12;
/** Bytes one attribute value may expand to. */
export const maxAttributeBytes = 64 * 1024;
/** Bytes attribute references may add to a post in all. */
export const maxAttributeExpansion = 4 * 1024 * 1024;

const listMarker = /^([ \t]*)(\*{7,}|\.{7,}|:{5,}|;{3,})(?=[ \t])/;
const delimiter = /^(?:={4,}|\*{4,}|_{4,}|-{4,}|\.{4,}|\+{4,}|\/{4,}|~{4,}|--|[|!,:]={3,}|`{3,}[\w+-]*)[ \t]*$/;
// Blocks whose content is not parsed: only their own delimiter ends them.
const verbatim = /^(?:-{4,}|\.{4,}|\+{4,}|\/{4,}|`{3,})/;
const attributeEntry = /^:([\w][\w-]*)!?:[ \t]*(.*)$/;
const reference = /\{([\w][\w-]*)\}/g;
const tooLong = '(attribute too long to expand)';

/** What one post's attribute definitions expand to, shared by the post and its includes. */
export class AttributeBudget {
	private readonly lengths = new Map<string, number>();
	private added = 0;

	/** The line, or a shortened definition / reference-free line when it would expand past the bounds. */
	line(text: string): string {
		if (!text.includes('{')) {
			const entry = attributeEntry.exec(text);
			if (entry) {
				this.lengths.set(entry[1]!, entry[2]!.length);
			}

			return text;
		}

		const entry = attributeEntry.exec(text);
		const value = entry ? entry[2]! : text;
		let length = value.length;
		for (const match of value.matchAll(reference)) {
			length += (this.lengths.get(match[1]!) ?? match[0].length) - match[0].length;
		}

		if (entry) {
			if (length > maxAttributeBytes) {
				this.lengths.set(entry[1]!, tooLong.length);
				return `:${entry[1]}: ${tooLong}`;
			}

			this.lengths.set(entry[1]!, length);
			return text;
		}

		this.added += Math.max(0, length - value.length);
		if (this.added > maxAttributeExpansion) {
			// Past the budget references are shown as written rather than expanded.
			return text.replace(reference, (all, name: string) => (this.lengths.has(name) ? `\\${all}` : all));
		}

		return text;
	}
}

export interface Bounded {
	readonly text: string;
	/** Delimited blocks nest deeper than maxBlockDepth. */
	readonly tooDeep: boolean;
}

/** The source with list markers capped and attribute expansion bounded; whether blocks nest too deep. */
export function boundAsciidoc(source: string, budget: AttributeBudget): Bounded {
	const lines = source.split('\n');
	const open: string[] = [];
	let tooDeep = false;
	for (const [index, raw] of lines.entries()) {
		const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
		const top = open.at(-1);
		if (top !== undefined && verbatim.test(top)) {
			if (line.trimEnd() === top || (top.startsWith('```') && line.trimEnd() === top.replace(/[^`]+$/, ''))) {
				open.pop();
			}

			continue;
		}

		if (delimiter.test(line)) {
			const trimmed = line.trimEnd();
			if (trimmed === top) {
				open.pop();
			} else {
				open.push(trimmed.startsWith('```') ? trimmed.replace(/[^`]+$/, '') : trimmed);
				if (open.length > maxBlockDepth) {
					tooDeep = true;
					break;
				}
			}

			continue;
		}

		let bounded = protectUnicodeText(budget.line(line));
		const marker = listMarker.exec(bounded);
		if (marker) {
			bounded = marker[1]! + marker[2]!.slice(0, marker[2]!.startsWith(':') ? 4 : (marker[2]!.startsWith(';') ? 2 : maxListMarker)) + bounded.slice(marker[0].length);
		}

		if (bounded !== line) {
			lines[index] = bounded;
		}
	}

	return {text: lines.join('\n'), tooDeep};
}
