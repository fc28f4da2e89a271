/**
blog-reader's own styling for command output. A `Style` is made once per run from the colour
decision, so a function that formats output never has to ask whether colour is on.
*/
export interface Style {
	readonly bold: (text: string) => string;
	readonly dim: (text: string) => string;
	readonly accent: (text: string) => string;
	readonly tag: (text: string) => string;
}

const sgr = (open: number, close: number) => (text: string) => `\u001B[${open}m${text}\u001B[${close}m`;
const same = (text: string) => text;

export function makeStyle(color: boolean): Style {
	return color
		? {bold: sgr(1, 22), dim: sgr(2, 22), accent: sgr(35, 39), tag: sgr(36, 39)}
		: {bold: same, dim: same, accent: same, tag: same};
}
