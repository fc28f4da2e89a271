/**
iTerm2's inline images (OSC 1337 File=), which WezTerm draws too; one escape, written here. The
payload is a PNG this reader encoded from the decoded pixels, never the archive's file: only
image data we made reaches the terminal. The image is scaled by the terminal into
`columns`×`rows` cells, its shape kept.
*/
export function itermImage(pngBase64: string, columns: number, rows: number): string {
	const bytes = Math.floor((pngBase64.length * 3) / 4) - (pngBase64.endsWith('==') ? 2 : pngBase64.endsWith('=') ? 1 : 0);
	return `\u001B]1337;File=inline=1;size=${bytes};width=${columns};height=${rows};preserveAspectRatio=1;doNotMoveCursor=1:${pngBase64}\u0007`;
}
