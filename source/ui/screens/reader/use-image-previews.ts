import {useEffect, useLayoutEffect, useMemo, useRef, useState} from 'react';
import type {ColourDepth} from '../../../images/blocks.js';
import type {Previewer} from '../../../images/previewer.js';
import type {PreviewResult} from '../../../images/preview.js';
import {itermImage} from '../../../images/iterm.js';
import {kittyImageId, kittyPlaceholderRow, kittyTransmit} from '../../../images/kitty.js';
import type {Image} from '../../../render/structure.js';
import {sanitizeLine} from '../../../text/sanitize.js';
import {fitText} from '../../../text/fit.js';
import type {GraphicsSink, Placement} from '../../terminal/graphics.js';

/**
The previews of the open post's images, drawn in the blank rows the render kept for them
(render/image-rows.ts). Only images on or near the screen are decoded, each once per size, on
the image thread; until one is ready its rows stay blank, and one that cannot be shown says why
in its first row, after its alt text.

With a terminal graphics protocol (`graphics`) the image itself is drawn: on kitty its rows are
placeholder text (the image transmitted once); on iTerm2 and sixel, which draw at a screen
position, the rows are kept blank and the image is painted over them after the frame, while the
whole image is on screen. An image partly scrolled off shows its half-block rows instead, so no
picture ever reaches past the text it belongs to.
*/

type Placed = Image & {readonly preview: NonNullable<Image['preview']>};

export interface ImagePreviewOptions {
	readonly depth: ColourDepth;
	readonly top: number;
	readonly pageHeight: number;
	readonly width: number;
	/** The styling of a note in place of an image (why it is not shown). */
	readonly note: {readonly open: string; readonly close: string};
	/** Where real images go; without it every image is its half-block preview. */
	readonly graphics?: GraphicsSink;
}

/** Previews kept for going back to a post; past this the oldest go (a preview is a few tens of KB). */
const keptPreviews = 200;

/**
A row painted over by an iTerm2 or sixel image: one concealed space, so the frame's row differs
from a blank one and Ink rewrites (and so clears) it when the image moves away.
*/
export const overlaidRow = '\u001B[8m \u001B[28m';

const keyOf = (image: Placed, depth: ColourDepth, protocol: string): string => `${image.file ?? ''}\u0000${image.preview.columns}\u0000${image.preview.rows}\u0000${depth}\u0000${protocol}`;

/** Fills a document line that is an image's row; other lines come back as they are. */
export type LineFill = (line: string, index: number) => string;

export function useImagePreviews(images: readonly Image[] | undefined, previewer: Previewer, options: ImagePreviewOptions): LineFill | undefined {
	const {depth, top, pageHeight, width, note, graphics} = options;
	const protocol = graphics?.protocol ?? 'blocks';
	const placed = useMemo(() => (images ?? []).filter((image): image is Placed => image.preview !== undefined && image.file !== undefined), [images]);
	// Kept across posts and widths: going back to a post shows its images at once.
	const results = useRef(new Map<string, PreviewResult | 'pending'>()).current;
	// kitty's image ids by preview: an image is transmitted once and drawn again by its id.
	const kittyIds = useRef(new Map<string, number>()).current;
	const [version, setVersion] = useState(0);
	// Near the screen: a page above and below, so scrolling rarely meets a blank image.
	const near = placed.filter(image => image.preview.line + image.preview.rows > top - pageHeight && image.preview.line < top + (2 * pageHeight));
	const wanted = near.map(image => keyOf(image, depth, protocol)).filter(key => !results.has(key)).join('\u0001');
	useEffect(() => {
		if (wanted === '') {
			return;
		}

		for (const image of near) {
			const key = keyOf(image, depth, protocol);
			if (results.has(key)) {
				continue;
			}

			if (results.size >= keptPreviews) {
				results.delete(results.keys().next().value!);
			}

			results.set(key, 'pending');
			const {columns, rows} = image.preview;
			void previewer({file: image.file!, columns, rows, depth, ...(graphics ? {graphics: graphics.protocol} : {})}).then(result => {
				if (graphics?.protocol === 'kitty' && 'graphic' in result && result.graphic !== undefined) {
					const id = kittyImageId(kittyIds.size);
					kittyIds.set(key, id);
					graphics.transmit(id, kittyTransmit(id, result.graphic, columns, rows));
				}

				results.set(key, result);
				setVersion(count => count + 1);
			});
		}
		// `near` is read for `wanted`, which names what changed.
	}, [wanted, previewer, depth, results, graphics]);

	// Painted over the frame (iTerm2, sixel): the images wholly on screen whose picture is ready.
	const overlaid = useMemo(() => {
		if (graphics === undefined || graphics.protocol === 'kitty') {
			return new Map<Placed, Placement>();
		}

		const shown = new Map<Placed, Placement>();
		for (const image of placed) {
			const result = results.get(keyOf(image, depth, protocol));
			const {line, rows, columns} = image.preview;
			if (result !== undefined && result !== 'pending' && 'graphic' in result && result.graphic !== undefined && line >= top && line + rows <= top + pageHeight) {
				shown.set(image, {row: line - top + 1, column: 1, columns, rows, escape: graphics.protocol === 'iterm' ? itermImage(result.graphic, columns, rows) : result.graphic});
			}
		}

		return shown;
		// `version` counts the previews that arrived.
	}, [placed, results, depth, protocol, graphics, top, pageHeight, version]);
	// In a layout effect: set before the frame this commit wrote is painted over (graphics.ts).
	useLayoutEffect(() => {
		graphics?.place([...overlaid.values()]);
	}, [graphics, overlaid]);
	useLayoutEffect(() => () => {
		graphics?.place([]);
	}, [graphics]);

	return useMemo(() => {
		if (placed.length === 0) {
			return undefined;
		}

		return (line: string, index: number): string => {
			const image = placed.find(candidate => index >= candidate.preview.line && index < candidate.preview.line + candidate.preview.rows);
			if (image === undefined) {
				return line;
			}

			const key = keyOf(image, depth, protocol);
			const result = results.get(key);
			const row = index - image.preview.line;
			if (result === undefined || result === 'pending') {
				return line;
			}

			if ('lines' in result) {
				if (overlaid.has(image)) {
					return overlaidRow;
				}

				const id = kittyIds.get(key);
				if (id !== undefined) {
					return kittyPlaceholderRow(id, row, image.preview.columns);
				}

				return result.lines[row] ?? line;
			}

			const alt = sanitizeLine(image.alt) || 'image';
			return row === 0 ? `${note.open}${fitText(`[${alt}: ${sanitizeLine(result.error)}]`, width)}${note.close}` : line;
		};
	}, [placed, results, kittyIds, depth, protocol, overlaid, version, width, note]);
}
