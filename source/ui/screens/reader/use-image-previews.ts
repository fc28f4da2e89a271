import {useEffect, useMemo, useRef, useState} from 'react';
import type {ColourDepth} from '../../../images/blocks.js';
import type {Previewer} from '../../../images/previewer.js';
import type {PreviewResult} from '../../../images/preview.js';
import type {Image} from '../../../render/structure.js';
import {sanitizeLine} from '../../../text/sanitize.js';
import {fitText} from '../../../text/fit.js';

/**
The block-character previews of the open post's images, drawn in the blank rows the render kept
for them (render/image-rows.ts). Only images on or near the screen are decoded, each once per
size, on the image thread; until one is ready its rows stay blank, and one that cannot be shown
says why in its first row, after its alt text.
*/

type Placed = Image & {readonly preview: NonNullable<Image['preview']>};

export interface ImagePreviewOptions {
	readonly depth: ColourDepth;
	readonly top: number;
	readonly pageHeight: number;
	readonly width: number;
	/** The styling of a note in place of an image (why it is not shown). */
	readonly note: {readonly open: string; readonly close: string};
}

/** Previews kept for going back to a post; past this the oldest go (a preview is a few tens of KB). */
const keptPreviews = 200;

const keyOf = (image: Placed, depth: ColourDepth): string => `${image.file ?? ''}\u0000${image.preview.columns}\u0000${image.preview.rows}\u0000${depth}`;

/** Fills a document line that is an image's row; other lines come back as they are. */
export type LineFill = (line: string, index: number) => string;

export function useImagePreviews(images: readonly Image[] | undefined, previewer: Previewer, options: ImagePreviewOptions): LineFill | undefined {
	const {depth, top, pageHeight, width, note} = options;
	const placed = useMemo(() => (images ?? []).filter((image): image is Placed => image.preview !== undefined && image.file !== undefined), [images]);
	// Kept across posts and widths: going back to a post shows its images at once.
	const results = useRef(new Map<string, PreviewResult | 'pending'>()).current;
	const [version, setVersion] = useState(0);
	// Near the screen: a page above and below, so scrolling rarely meets a blank image.
	const near = placed.filter(image => image.preview.line + image.preview.rows > top - pageHeight && image.preview.line < top + (2 * pageHeight));
	const wanted = near.map(image => keyOf(image, depth)).filter(key => !results.has(key)).join('\u0001');
	useEffect(() => {
		if (wanted === '') {
			return;
		}

		for (const image of near) {
			const key = keyOf(image, depth);
			if (results.has(key)) {
				continue;
			}

			if (results.size >= keptPreviews) {
				results.delete(results.keys().next().value!);
			}

			results.set(key, 'pending');
			void previewer({file: image.file!, columns: image.preview.columns, rows: image.preview.rows, depth}).then(result => {
				results.set(key, result);
				setVersion(count => count + 1);
			});
		}
		// `near` is read for `wanted`, which names what changed.
	}, [wanted, previewer, depth, results]);

	return useMemo(() => {
		if (placed.length === 0) {
			return undefined;
		}

		return (line: string, index: number): string => {
			const image = placed.find(candidate => index >= candidate.preview.line && index < candidate.preview.line + candidate.preview.rows);
			if (image === undefined) {
				return line;
			}

			const result = results.get(keyOf(image, depth));
			const row = index - image.preview.line;
			if (result === undefined || result === 'pending') {
				return line;
			}

			if ('lines' in result) {
				return result.lines[row] ?? line;
			}

			const alt = sanitizeLine(image.alt) || 'image';
			return row === 0 ? `${note.open}${fitText(`[${alt}: ${sanitizeLine(result.error)}]`, width)}${note.close}` : line;
		};
		// `version` counts the previews that arrived.
	}, [placed, results, depth, version, width, note]);
}
