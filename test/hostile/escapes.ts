/**
Takes terminal output apart into escape sequences and control characters, the way a terminal's
parser would (ECMA-48, 7- and 8-bit forms), so tests can say which ones may appear at all.
*/

export interface Sequence {
	/** The whole sequence or control character, as written. */
	readonly text: string;
	readonly kind: 'csi' | 'osc' | 'string' | 'escape' | 'control';
}

// A string sequence ends at BEL (OSC only, but harmless to accept), ST in either form, or the end.
const parts = [
	String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?`,
	String.raw`(?:\u001B\]|\u009D)[^\u0007\u009C\u001B]*(?:\u0007|\u009C|\u001B\\|$)`,
	String.raw`(?:\u001B[PX^_]|[\u0090\u0098\u009E\u009F])[^\u009C\u001B]*(?:\u009C|\u001B\\|$)`,
	String.raw`\u001B[\u0020-\u002F]*[\u0030-\u007E]?`,
	String.raw`[\u0000-\u0008\u000B-\u001F\u007F-\u009F]`,
];
const tokenizer = new RegExp(parts.map(part => `(${part})`).join('|'), 'g');
const kinds = ['csi', 'osc', 'string', 'escape', 'control'] as const;

export function sequencesIn(text: string): Sequence[] {
	const found: Sequence[] = [];
	for (const match of text.matchAll(tokenizer)) {
		const index = match.slice(1).findIndex(group => group !== undefined);
		found.push({text: match[0], kind: kinds[index]!});
	}

	return found;
}

const sgr = /^\u001B\[[\d;:]*m$/;
// Our links: no parameters, a URL of printable ASCII only, closed by BEL or ST.
const osc8 = /^\u001B\]8;;[\u0021-\u007E]*(?:\u0007|\u001B\\)$/;

/** Styled command output may hold SGR and our OSC 8 links; nothing else but newline and tab. */
export function foreignInStyledOutput(text: string): string[] {
	return sequencesIn(text).filter(({text: sequence}) => !sgr.test(sequence) && !osc8.test(sequence)).map(({text: sequence}) => JSON.stringify(sequence));
}

/** Plain output holds no escape sequence and no control character but newline and tab. */
export function anyInPlainOutput(text: string): string[] {
	return sequencesIn(text).map(({text: sequence}) => JSON.stringify(sequence));
}

/**
What the full-screen reader itself writes: styling, cursor moves and erases, private modes
(alternate screen, cursor, auto-wrap, bracketed paste), CR for its line starts, and OSC 8 links.
Queries that make the terminal answer (`ESC[6n`, `ESC[c`) are not on the list: archive text
that got them through could type into the reader.
*/
const readerOwn = [
	sgr,
	osc8,
	/^\u001B\[\d*(?:;\d*)?[ABCDEFGHf]$/,
	/^\u001B\[[0-3]?[JK]$/,
	/^\u001B\[\?[\d;]+[hl]$/,
	/^\r$/,
	/^\n$/,
];

export function foreignInReaderStream(text: string): string[] {
	const foreign = new Map<string, number>();
	for (const {text: sequence} of sequencesIn(text)) {
		if (!readerOwn.some(pattern => pattern.test(sequence))) {
			foreign.set(JSON.stringify(sequence), (foreign.get(JSON.stringify(sequence)) ?? 0) + 1);
		}
	}

	return [...foreign.keys()];
}

/** How often the raw stream clears the whole screen (`ESC[2J`, either form). */
export function screenClears(text: string): number {
	return sequencesIn(text).filter(({text: sequence}) => /^(?:\u001B\[|\u009B)2J$/.test(sequence)).length;
}
