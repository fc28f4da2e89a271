import {trimSpacesEnd} from '../fields/trim.js';
import {yaml} from '../../files/libraries.js';
import {type Header, fenced, isRecord, lowerKeys, noHeader} from './header.js';

const closing = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/g;

/** Where the body after YAML front matter starts (0 when there is none): broken YAML is still followed by the post. */
export function yamlBodyStart(text: string): number {
	return fenced(text, '---', closing)?.bodyStart ?? 0;
}

/** YAML front matter between `---` lines. Unclosed or invalid front matter is treated as no header. */
export function parseYamlHeader(text: string): Header {
	const block = fenced(text, '---', closing);
	if (!block) {
		return noHeader(text);
	}

	const body = text.slice(block.bodyStart);
	const record = parseYaml(block.inner);
	// Broken front matter: its metadata is unknown, but the post after it is still the post.
	return record ? {found: true, meta: lowerKeys(record), body} : {found: false, meta: {}, body};
}

/** A YAML mapping, or null when the text is not valid YAML or not a mapping. */
export function parseYaml(source: string, limits = frontMatterLimits): Record<string, unknown> | null {
	const fast = parseSimpleYaml(source);
	if (fast) {
		return fast;
	}

	if (source.length > limits.bytes || tooManyBrackets(source, limits.brackets)) {
		return null;
	}

	try {
		const doc = yaml().parseDocument(source, {uniqueKeys: false, logLevel: 'silent'});
		if (doc.errors.length > 0) {
			return null;
		}

		const value: unknown = doc.toJS({maxAliasCount: 50});
		if (value === null || value === undefined) {
			return {};
		}

		return isRecord(value) ? value : null;
	} catch {
		return null;
	}
}

/**
How much YAML the fast path could not read is handed to the YAML library. Its time grows faster
than the text when errors pile up (80,000 `,` in a flow list took 12 s, 80,000 `"` 5 s, 20,000 `]`
a second), and deeply nested `[` or `{` have aborted the process from inside V8's regular
expression compiler: larger or more bracketed YAML counts as broken. Front matter is small; a
site's configuration is read once and may be larger.
*/
export interface YamlLimits {
	readonly bytes: number;
	readonly brackets: number;
}

export const frontMatterLimits: YamlLimits = {bytes: 16 * 1024, brackets: 512};
export const configLimits: YamlLimits = {bytes: 64 * 1024, brackets: 4096};
// Nothing a person writes nests this deep.
const maxFlowDepth = 64;

function tooManyBrackets(source: string, limit: number): boolean {
	let depth = 0;
	let count = 0;
	for (let index = 0; index < source.length; index++) {
		const code = source.charCodeAt(index);
		if (code === 91 || code === 123) {
			depth++;
		} else if (code === 93 || code === 125) {
			depth = Math.max(0, depth - 1);
		} else {
			continue;
		}

		if (++count > limit || depth > maxFlowDepth) {
			return true;
		}
	}

	return false;
}

// The fast path: most front matter is `key: plain value`, `key: [a, b]` and `- item` lists.
// It answers only when it is sure it gives what the real parser gives, and returns null otherwise.
// Values are trimmed after the match: a lazy `(.*?)[ \t]*$` rescans a run of spaces from each space.
const keyLine = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/;
const itemLine = /^( *)- (.*)$/;
const plainUnsafe = /^[-?:,[\]{}#&*!|>'"%@`~]|: |:$| #|\t|^\s|\\/;
const numeric = /^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+|0x[\da-fA-F]+|0o[0-7]+|\.inf|\.nan)$/i;
const integer = /^(?:0|[1-9]\d{0,14}|-[1-9]\d{0,14})$/;
const keywords = new Map<string, boolean | null>([['true', true], ['false', false], ['null', null], ['~', null]]);
// Other spellings (True, YES, 0o17, 1e3...) differ between YAML versions: the real parser decides.
const unsure = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

export function parseSimpleYaml(source: string): Record<string, unknown> | null {
	const record: Record<string, unknown> = {};
	let list: unknown[] | null = null;
	let indent = -1;
	// Keys written `key:` with nothing after: a block list if items follow, else null.
	const open = new Set<string>();
	for (const line of source.split('\n')) {
		if (line.trim() === '') {
			continue;
		}

		const item = list ? itemLine.exec(line) : null;
		if (item && list) {
			// Items of one list share one indentation; anything else is for the real parser.
			const itemIndent = item[1]!.length;
			if (indent !== -1 && itemIndent !== indent) {
				return null;
			}

			indent = itemIndent;
			const value = scalar(trimSpacesEnd(item[2] ?? ''));
			if (value === undefined) {
				return null;
			}

			list.push(value);
			continue;
		}

		const match = keyLine.exec(line);
		if (!match) {
			return null;
		}

		const key = match[1] ?? '';
		const raw = trimSpacesEnd(match[2] ?? '');
		if (key in record) {
			return null;
		}

		if (raw === '') {
			// Either a block list follows, or the value is null; decided by the next lines.
			list = [];
			indent = -1;
			record[key] = list;
			open.add(key);
			continue;
		}

		list = null;
		const value = raw.startsWith('[') ? flowList(raw) : scalar(raw);
		if (value === undefined) {
			return null;
		}

		record[key] = value;
	}

	for (const key of open) {
		if ((record[key] as unknown[]).length === 0) {
			record[key] = null;
		}
	}

	return record;
}

/** A plain or simply quoted scalar, a small integer or a lower-case keyword; undefined when unsure. */
function scalar(raw: string): string | number | boolean | null | undefined {
	if (raw.length > 1 && raw.startsWith('"') && raw.endsWith('"')) {
		const inner = raw.slice(1, -1);
		return /["\\]/.test(inner) ? undefined : inner;
	}

	if (raw.length > 1 && raw.startsWith('\'') && raw.endsWith('\'')) {
		const inner = raw.slice(1, -1);
		return inner.includes('\'') ? undefined : inner;
	}

	if (keywords.has(raw)) {
		return keywords.get(raw);
	}

	if (integer.test(raw)) {
		return Number(raw);
	}

	if (raw === '' || plainUnsafe.test(raw) || numeric.test(raw) || unsure.test(raw)) {
		return undefined;
	}

	return raw;
}

function flowList(raw: string): unknown[] | undefined {
	if (!raw.endsWith(']')) {
		return undefined;
	}

	const inner = raw.slice(1, -1).trim();
	if (inner === '') {
		return [];
	}

	const items: unknown[] = [];
	for (const part of inner.split(',')) {
		const item = part.trim();
		// Flow context forbids more characters than block context does.
		if (/[[\]{}]/.test(item)) {
			return undefined;
		}

		const value = scalar(item);
		if (value === undefined) {
			return undefined;
		}

		items.push(value);
	}

	return items;
}
