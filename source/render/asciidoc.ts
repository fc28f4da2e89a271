import {realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import {convert, Extensions, NullLogger, type IncludeProcessorDslInterface, type Registry} from '@asciidoctor/core';
import {readChecked} from '../files/checked-read.js';
import {sanitizeText} from '../text/sanitize.js';

/**
AsciiDoc to HTML with Asciidoctor.js. Includes go through our own processor: a file inside the
archive root is read, anything else (a `..` escape, an absolute path, a symlink out, a URL) is
replaced by a short notice. The HTML then takes the same road to the terminal as HTML posts.
*/

export interface AsciidocOptions {
	/** Absolute path of the post, for relative includes and images. */
	readonly file: string;
	/** Includes must resolve inside this folder (after following symlinks). */
	readonly archiveRoot: string;
}

const maxIncludeBytes = 4 * 1024 * 1024;
const maxIncludeDepth = 16;

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

function jailedIncludes(options: AsciidocOptions) {
	const root = realRoot(options.archiveRoot);
	const postDirectory = path.dirname(options.file);
	return Extensions.create('blog-reader-includes', function (this: Registry) {
		this.includeProcessor(function (this: IncludeProcessorDslInterface) {
			this.handles(() => true);
			this.process((_document, reader, target, attributes) => {
				const from = reader.file ? path.dirname(String(reader.file)) : postDirectory;
				const depth = reader.includeStack.length;
				const found = depth < maxIncludeDepth ? resolveInclude(target, from, root) : {refused: 'include nested too deeply'};
				if (found.file) {
					let text: string;
					try {
						// Checked as it is opened: a file swapped for a FIFO or device since the stat is refused.
						text = sanitizeText(readChecked(found.file, {maxBytes: maxIncludeBytes}).toString('utf8'));
					} catch {
						text = notice(`include not readable: ${target}`);
					}

					reader.pushInclude(text, found.file, target, 1, attributes);
					return;
				}

				reader.pushInclude(notice(`${found.refused ?? 'include refused'}: ${target}`), null, target, 1, attributes);
			});
		});
	});
}

export async function asciidocToHtml(source: string, options: AsciidocOptions): Promise<string> {
	const html = await convert(sanitizeText(source), {
		safe: 'safe',
		backend: 'html5',
		standalone: false,
		to_file: false,
		base_dir: path.dirname(options.file),
		extension_registry: jailedIncludes(options),
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
	return String(html);
}
