/**
The structural things of a rendered post and where they sit: the render's answer besides its
lines. Find in post, the outline, link hints and footnote jumps all stand on these records;
nothing downstream parses rendered text.
*/

export interface Heading {
	readonly level: number;
	/** Plain text, no styling. */
	readonly text: string;
	/** The anchor: the post's own `{#id}`, else a GitHub-style slug of the text. */
	readonly id: string;
	readonly line: number;
}

export interface Link {
	/** As in the text: `text [n]` in a pipe; one number per distinct target. */
	readonly number: number;
	readonly text: string;
	/** The target exactly as the post wrote it (controls removed, never decoded). */
	readonly target: string;
	readonly line: number;
	/** The slug of the archive post it leads to, when it leads to one. */
	readonly post?: string;
	/** The heading id it jumps to when it is an anchor in this post. */
	readonly anchor?: string;
	/** The heading id in the archive post it leads to (`other-post/#a-heading`). */
	readonly postAnchor?: string;
}

export interface Footnote {
	readonly number: number;
	readonly label: string;
	/** The line of the first marker in the text. */
	readonly markerLine: number;
	readonly noteLine: number;
}

export interface Image {
	readonly alt: string;
	readonly source: string;
	readonly line: number;
	/** The image file in the archive or site, when one was found. */
	readonly file?: string;
	/**
	Blank lines kept for the reader to draw the image in (`RenderOptions.imageRows`): `rows`
	lines from `previewLine`, `columns` wide. Absent when none were kept.
	*/
	readonly preview?: {readonly line: number; readonly rows: number; readonly columns: number};
}

export interface CodeBlock {
	readonly language: string;
	readonly startLine: number;
	readonly endLine: number;
}

export interface Structure {
	readonly headings: readonly Heading[];
	readonly links: readonly Link[];
	readonly footnotes: readonly Footnote[];
	readonly images: readonly Image[];
	readonly codeBlocks: readonly CodeBlock[];
	/** The first line of each block of the source, in order: a resize keeps the reader's block. */
	readonly blocks: readonly number[];
}

export const emptyStructure: Structure = {headings: [], links: [], footnotes: [], images: [], codeBlocks: [], blocks: []};
