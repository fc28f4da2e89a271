import {previewSize} from '../images/blocks.js';
import {readImageSize} from '../images/size.js';
import type {Image, Structure} from './structure.js';

/**
Blank lines for the reader to draw a post's local images in, made part of the document so that
every line number (headings, links, footnotes, find hits, blocks) counts them: nothing
downstream has to know that a preview is drawn there. The rows go after the paragraph that
holds the image, before the blank line that ends it; the image's size, read from its file's
first bytes, says how many (at most `maxRows`). An image that cannot be sized keeps no rows:
its `[image: …]` line is all it shows.
*/

interface Reservation {
	/** The reserved lines go before this line of the document. */
	readonly at: number;
	readonly rows: number;
	readonly image: number;
	readonly columns: number;
}

/** Where the paragraph holding `line` ends: before the blank line before the next block. */
function paragraphEnd(line: number, blocks: readonly number[], lines: readonly string[]): number {
	const next = blocks.find(start => start > line) ?? lines.length;
	let end = next;
	while (end > line + 1 && lines[end - 1]!.trim() === '') {
		end--;
	}

	return end;
}

export function reserveImageRows<T extends Structure>(document: T & {readonly lines: readonly string[]}, maxRows: number, width: number): {readonly lines: readonly string[]; readonly structure: T} {
	const reservations: Reservation[] = [];
	for (const [index, image] of document.images.entries()) {
		const size = image.file === undefined ? undefined : readImageSize(image.file);
		if (size === undefined) {
			continue;
		}

		const {rows, columns} = previewSize(size.width, size.height, width, maxRows);
		reservations.push({at: paragraphEnd(image.line, document.blocks, document.lines), rows, image: index, columns});
	}

	if (reservations.length === 0) {
		return {lines: document.lines, structure: document};
	}

	// Stable: images of one paragraph keep their order.
	reservations.sort((a, b) => a.at - b.at);
	const shift = (line: number): number => {
		let moved = line;
		for (const reservation of reservations) {
			if (reservation.at <= line) {
				moved += reservation.rows;
			}
		}

		return moved;
	};

	const lines: string[] = [];
	let from = 0;
	const previews = new Map<number, NonNullable<Image['preview']>>();
	for (const reservation of reservations) {
		lines.push(...document.lines.slice(from, reservation.at));
		from = reservation.at;
		previews.set(reservation.image, {line: lines.length, rows: reservation.rows, columns: reservation.columns});
		for (let row = 0; row < reservation.rows; row++) {
			lines.push('');
		}
	}

	lines.push(...document.lines.slice(from));
	const structure: T = {
		...document,
		headings: document.headings.map(heading => ({...heading, line: shift(heading.line)})),
		links: document.links.map(link => ({...link, line: shift(link.line)})),
		footnotes: document.footnotes.map(note => ({...note, markerLine: shift(note.markerLine), noteLine: shift(note.noteLine)})),
		images: document.images.map((image, index) => {
			const preview = previews.get(index);
			return {...image, line: shift(image.line), ...(preview ? {preview} : {})};
		}),
		codeBlocks: document.codeBlocks.map(block => ({...block, startLine: shift(block.startLine), endLine: shift(block.endLine)})),
		blocks: document.blocks.map(line => shift(line)),
	};
	return {lines, structure};
}

/**
The document's lines without the rows kept for image previews: what leaves the reader as text
(the pager) shows an image as its `[image: …]` line and link only, as `show` prints it.
*/
export function withoutImageRows(lines: readonly string[], images: readonly Image[]): string[] {
	const kept = images.flatMap(image => (image.preview ? [image.preview] : []));
	if (kept.length === 0) {
		return [...lines];
	}

	return lines.filter((_line, index) => !kept.some(preview => index >= preview.line && index < preview.line + preview.rows));
}
