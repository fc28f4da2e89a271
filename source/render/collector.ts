import {marker} from './markers.js';
import type {Structure} from './structure.js';

/**
Collects the structure of one render while marked walks the tokens: each record gets a marker
that the renderer writes into the text beside it, and `resolve` turns the markers' lines (from
the wrapper) into line numbers. One collector a render; nothing is shared between renders.
*/

interface Pending<T> {
	readonly record: T;
	readonly keys: Readonly<Record<string, string>>;
}

type HeadingRecord = {level: number; text: string; id: string};
type LinkRecord = {number: number; text: string; target: string; anchor?: string};
type ImageRecord = {alt: string; source: string};

export class Collector {
	private readonly headings: Array<Pending<HeadingRecord>> = [];
	private readonly links: Array<Pending<LinkRecord>> = [];
	private readonly images: Array<Pending<ImageRecord>> = [];
	private readonly code: Array<Pending<{language: string}>> = [];
	private readonly notes = new Map<number, {label: string}>();
	private blockCount = 0;
	private readonly targets = new Map<string, number>();

	/** The number of a link target: the same target keeps its number across the post. */
	numberOf(target: string): number {
		let number = this.targets.get(target);
		if (number === undefined) {
			number = this.targets.size + 1;
			this.targets.set(target, number);
		}

		return number;
	}

	heading(record: HeadingRecord): string {
		return this.add(this.headings, record, {line: 'h'});
	}

	link(record: LinkRecord): string {
		return this.add(this.links, record, {line: 'l'});
	}

	image(record: ImageRecord): string {
		return this.add(this.images, record, {line: 'i'});
	}

	/** Markers for the first and the last line of a code block. */
	codeBlock(language: string): {readonly start: string; readonly end: string} {
		const index = this.code.length;
		this.code.push({record: {language}, keys: {start: `cs:${index}`, end: `ce:${index}`}});
		return {start: marker(`cs:${index}`), end: marker(`ce:${index}`)};
	}

	/** The marker for a footnote's reference in the text (only the first one counts). */
	footnoteReference(number: number, label: string): string {
		if (!this.notes.has(number)) {
			this.notes.set(number, {label});
		}

		return marker(`fr:${number}`);
	}

	footnoteNote(number: number): string {
		return marker(`fn:${number}`);
	}

	block(): string {
		return marker(`b:${this.blockCount++}`);
	}

	private add<T>(list: Array<Pending<T>>, record: T, kind: {line: string}): string {
		const key = `${kind.line}:${list.length}`;
		list.push({record, keys: {line: key}});
		return marker(key);
	}

	/** The records with their lines, `offset` added (the lines above the body). */
	resolve(marks: ReadonlyMap<string, number>, offset: number): Structure {
		const at = (key: string | undefined) => (key === undefined ? undefined : marks.get(key));
		const placed = <T>(list: Array<Pending<T>>) => list.flatMap(({record, keys}) => {
			const line = at(keys['line']);
			return line === undefined ? [] : [{...record, line: line + offset}];
		});
		const codeBlocks = this.code.flatMap(({record, keys}) => {
			const start = at(keys['start']);
			const end = at(keys['end']);
			return start === undefined || end === undefined ? [] : [{...record, startLine: start + offset, endLine: end + offset}];
		});
		const footnotes = [...this.notes.entries()].flatMap(([number, {label}]) => {
			const markerLine = at(`fr:${number}`);
			const noteLine = at(`fn:${number}`);
			return markerLine === undefined || noteLine === undefined ? [] : [{number, label, markerLine: markerLine + offset, noteLine: noteLine + offset}];
		});
		const blocks: number[] = [];
		for (let index = 0; index < this.blockCount; index++) {
			const line = at(`b:${index}`);
			if (line !== undefined) {
				blocks.push(line + offset);
			}
		}

		return {headings: placed(this.headings), links: placed(this.links), images: placed(this.images), codeBlocks, footnotes, blocks};
	}
}
