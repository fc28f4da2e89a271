import {buildPost} from './build-post.js';
import {formatOf, needsHeaderToBePost} from '../scan/formats.js';
import {splitHeader} from '../headers/split.js';
import {isNotAPost} from './not-a-post.js';
import type {Generator, Post} from '../post.js';
import {readText} from './read.js';

/** What one file turned out to be. */
export type FileOutcome =
	| {readonly kind: 'post'; readonly post: Post}
	/** `lasting`: the reason follows from the content (binary, too large), not from access. */
	| {readonly kind: 'skip'; readonly reason: string; readonly lasting: boolean}
	/**
	Not a post and not worth a warning: generated HTML, notes, AsciiDoc include files, section
	pages, template-only pages, redirect stubs, READMEs (see `isNotAPost`).
	*/
	| {readonly kind: 'none'};

export interface FileSource {
	/** Absolute path of the file (for display only when `bytes` is given). */
	readonly file: string;
	/** The exact path, when the file's name is not valid UTF-8. */
	readonly bytes?: Buffer;
	readonly name: string;
	/** Relative to the archive root, `/` separators, as the file system spells it. */
	readonly path: string;
	/** Relative to the folder posts are read from, `/` separators. */
	readonly contentPath: string;
	readonly generator: Generator;
	readonly inDrafts: boolean;
	/**
	The archive's real path: a file that has become a link since the walk is read only if it
	still leads inside (the walk checked the links it met, not ones made after).
	*/
	readonly realRoot?: string;
}

/** Reads and parses one file whose name has a post format. */
export function parseFile(source: FileSource): FileOutcome {
	const read = readText(source.bytes ?? source.file, source.realRoot);
	if ('skip' in read) {
		return {kind: 'skip', reason: read.skip, lasting: read.lasting};
	}

	const format = formatOf(source.name) ?? 'markdown';
	const header = splitHeader(read.text, format);
	if ((needsHeaderToBePost(source.name) && !header.found) || isNotAPost(source.name, header)) {
		return {kind: 'none'};
	}

	return {kind: 'post', post: buildPost({...source, header, format})};
}
