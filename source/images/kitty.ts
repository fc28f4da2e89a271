/**
kitty's graphics protocol with Unicode placeholders, written here (a few escapes; the npm
packages for it draw at the cursor, which would land inside Ink's frame). An image is
transmitted once as PNG with a virtual placement (`U=1`), then drawn by text: each cell is
U+10EEEE in the image id's colour, its first cell in a row carrying diacritics for the row and
column (the cells after it count on by themselves). To Ink those are ordinary characters one
column wide, so the image is part of the frame: it scrolls, clips and leaves with the text.
*/

const esc = '\u001B';
const placeholder = '\u{10EEEE}';

/**
The first entries of kitty's rowcolumn-diacritics table (value i is entry i): enough for the
rows of one image (at most 12 are kept) and the first column of each.
*/
const diacritics = [0x0305, 0x030D, 0x030E, 0x0310, 0x0312, 0x033D, 0x033E, 0x033F, 0x0346, 0x034A, 0x034B, 0x034C, 0x0350, 0x0351, 0x0352, 0x0357];

export const maxPlaceholderRows = diacritics.length;

/** kitty takes at most 4096 bytes of base64 in one escape; a longer image goes in chunks. */
export const chunkBytes = 4096;

/** `\e_G<keys>;<payload>\e\\`; q=2: kitty answers nothing, so no reply lands among the keys. */
const command = (keys: string, payload = ''): string => `${esc}_G${keys}${payload === '' ? '' : `;${payload}`}${esc}\\`;

/**
The escapes that transmit a PNG (base64) as image `id` with a virtual placement of
`columns`×`rows` cells, the cursor left where it was (C=1).
*/
export function kittyTransmit(id: number, pngBase64: string, columns: number, rows: number): string {
	const keys = `a=T,f=100,t=d,i=${id},U=1,c=${columns},r=${rows},C=1,q=2`;
	if (pngBase64.length <= chunkBytes) {
		return command(keys, pngBase64);
	}

	let out = '';
	for (let at = 0; at < pngBase64.length; at += chunkBytes) {
		const last = at + chunkBytes >= pngBase64.length;
		const chunk = pngBase64.slice(at, at + chunkBytes);
		// Only the first chunk carries the image's keys; the rest say whether more follow.
		out += command(at === 0 ? `${keys},m=1` : `m=${last ? 0 : 1},q=2`, chunk);
	}

	return out;
}

/** Frees image `id` and its placements (capital I: the data too). */
export function kittyDelete(id: number): string {
	return command(`a=d,d=I,i=${id},q=2`);
}

/** The id in the placeholder's foreground colour: 24-bit, its three bytes. */
function idColour(id: number): string {
	return `${esc}[38;2;${(id >> 16) & 0xFF};${(id >> 8) & 0xFF};${id & 0xFF}m`;
}

/** Row `row` of image `id` drawn `columns` cells wide: text, one column a cell. */
export function kittyPlaceholderRow(id: number, row: number, columns: number): string {
	const mark = (value: number): string => String.fromCodePoint(diacritics[Math.min(value, diacritics.length - 1)]!);
	return `${idColour(id)}${placeholder}${mark(row)}${mark(0)}${placeholder.repeat(Math.max(0, columns - 1))}${esc}[39m`;
}

/** Image ids this reader gives out: away from the small ids other programs in the window count from. */
export function kittyImageId(index: number): number {
	return 0xB1_00_00 + (index % 0xFFFF) + 1;
}
