import {realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import {convert, Extensions, NullLogger, type IncludeProcessorDslInterface, type Registry} from '@asciidoctor/core';
import {readChecked} from '../files/checked-read.js';
import {sanitizeText} from '../text/sanitize.js';
import {AttributeBudget, boundAsciidoc} from './asciidoc-bounds.js';
import {readableAsciidocHtml} from './asciidoc-math.js';
import {restoreAddresses} from './asciidoc-urls.js';

/**
AsciiDoc to HTML with Asciidoctor.js. Includes go through our own processor: a file inside the
archive root is read, anything else (a `..` escape, an absolute path, a symlink out, a URL) is
replaced by a short notice. The HTML then takes the same road to the terminal as HTML posts.

Expansion is bounded as a whole: included bytes in total per post, an include already open
(a file including itself) refused, include depth, attribute expansion, list and block nesting
(asciidoc-bounds.ts). A post nested past the bounds is shown as its text, quickly.
*/

export interface AsciidocOptions {
	/** Absolute path of the post, for relative includes and images. */
	readonly file: string;
	/** Includes must resolve inside this folder (after following symlinks). */
	readonly archiveRoot: string;
}

const maxIncludeBytes = 4 * 1024 * 1024;
/** Bytes all the includes of one post may add together. */
export const maxIncludeTotalBytes = 8 * 1024 * 1024;
const maxIncludeDepth = 8;

/** The text of an include file already checked by resolveInclude: the one place includes are read. */
function readInclude(file: string): string {
	// Checked as it is opened: a file swapped for a FIFO or device since the stat is refused.
	return readChecked(file, {maxBytes: maxIncludeBytes}).toString('utf8');
}

/** Text for a notice line that AsciiDoc reads as a plain paragraph. */
function notice(text: string): string {
	return `_(${text.replace(/[^\p{L}\p{N} ./_-]/gu, '')})_`;
}

function realRoot(root: string): string {
	try {
		return realpathSync(root);
	} catch {
		return path.resolve(root);
	}
}

/** The file an include target names, when it is a readable file inside the root. */
export function resolveInclude(target: string, fromDirectory: string, root: string): {readonly file?: string; readonly refused?: string} {
	if (/^[a-z][a-z\d+.-]+:/i.test(target)) {
		return {refused: 'remote include not loaded'};
	}

	const wanted = path.resolve(fromDirectory, target);
	let real: string;
	try {
		real = realpathSync(wanted);
	} catch {
		const relative = path.relative(root, wanted);
		return relative.startsWith('..') || path.isAbsolute(relative)
			? {refused: 'include outside the archive refused'}
			: {refused: 'include not found'};
	}

	const relative = path.relative(root, real);
	if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
		return {refused: 'include outside the archive refused'};
	}

	try {
		const stats = statSync(real);
		if (!stats.isFile() || stats.size > maxIncludeBytes) {
			return {refused: 'include not readable'};
		}
	} catch {
		return {refused: 'include not readable'};
	}

	return {file: real};
}

function jailedIncludes(options: AsciidocOptions, budget: AttributeBudget) {
	const root = realRoot(options.archiveRoot);
	const postDirectory = path.dirname(options.file);
	let includedBytes = 0;
	return Extensions.create('blog-reader-includes', function (this: Registry) {
		this.includeProcessor(function (this: IncludeProcessorDslInterface) {
			this.handles(() => true);
			this.process((_document, reader, target, attributes) => {
				const from = reader.file ? path.dirname(String(reader.file)) : postDirectory;
				const stack: unknown[] = reader.includeStack ?? [];
				// The files open above this include: each entry of the stack holds its file second.
				const open = new Set([options.file, ...stack.map(entry => String((entry as unknown[])[1])), String(reader.file)]);
				const refuse = (reason: string) => {
					reader.pushInclude(notice(`${reason}: ${target}`), null, target, 1, attributes);
				};

				if (stack.length >= maxIncludeDepth) {
					refuse('include nested too deeply');
					return;
				}

				const found = resolveInclude(target, from, root);
				if (!found.file) {
					refuse(found.refused ?? 'include refused');
					return;
				}

				if (open.has(found.file)) {
					refuse('include of a file already being included refused');
					return;
				}

				let text: string;
				try {
					text = sanitizeText(readInclude(found.file));
				} catch {
					refuse('include not readable');
					return;
				}

				includedBytes += text.length;
				if (includedBytes > maxIncludeTotalBytes) {
					refuse('include over the size budget of a post');
					return;
				}

				const bounded = boundAsciidoc(text, budget);
				reader.pushInclude(bounded.tooDeep ? asText(text) : bounded.text, found.file, target, 1, attributes);
			});
		});
	});
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Source nested past the bounds, as a passthrough block of preformatted text. */
function asText(source: string): string {
	const body = escapeHtml(source).split('\n').map(line => (/^\+{4,}\s*$/.test(line) ? line.replaceAll('+', '+ ') : line)).join('\n');
	return `++++\n<p><em>(nested too deeply to format: shown as text)</em></p><pre>${body}</pre>\n++++\n`;
}

export async function asciidocToHtml(source: string, options: AsciidocOptions): Promise<string> {
	const clean = sanitizeText(source);
	const budget = new AttributeBudget();
	const bounded = boundAsciidoc(clean, budget);
	if (bounded.tooDeep) {
		return `<p><em>(nested too deeply to format: shown as text)</em></p><pre>${escapeHtml(clean)}</pre>`;
	}

	const html = await convert(bounded.text, {
		safe: 'safe',
		backend: 'html5',
		standalone: false,
		to_file: false,
		base_dir: path.dirname(options.file),
		extension_registry: jailedIncludes(options, budget),
		logger: new NullLogger(),
		attributes: {
			// toc::[] shows the table of contents where it stands.
			toc: 'macro@',
			// An attribute nobody defined is dropped rather than shown as `{name}`.
			'attribute-missing': 'drop',
			'allow-uri-read': null,
			icons: null,
		},
	});
	// Admonition tables, block titles and callouts are read by the HTML conversion (html.ts).
	return readableAsciidocHtml(restoreAddresses(String(html)), clean);
}
