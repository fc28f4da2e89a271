/**
The one palette every screen draws with: a screen names what a piece of text is (a date, a
match, the search cursor), the theme says how it looks. Colours are the 16 ANSI names, so they
follow the user's own terminal colours at every colour depth.

`mono` is the palette without colour (NO_COLOR, `--color never`): only attributes, chosen so the
selection and the search cursor stay visible (inverse) and matches still stand out.
*/
import {createContext, useContext} from 'react';
import type {TextProps} from 'ink';
import type {ThemeName} from '../output/theme-choice.js';

export type Style = Pick<TextProps, 'color' | 'backgroundColor' | 'bold' | 'dimColor' | 'italic' | 'underline' | 'inverse'>;

export interface Theme {
	readonly name: ThemeName | 'mono';
	/** The first line of the list and of help: archive, counts, what the search found. */
	readonly header: Style;
	/** The whole selected row; the parts below that say "unselected" are left out inside it. */
	readonly selected: Style;
	/** Date column of an unselected row. */
	readonly date: Style;
	/** Tag column of an unselected row. */
	readonly tags: Style;
	/** Title characters the search matched. */
	readonly match: Style;
	/** `code` in a title (its backticks are not shown). */
	readonly code: Style;
	/** Key hints at the bottom of the list and help. */
	readonly hints: Style;
	/** The search line's typed text. */
	readonly prompt: Style;
	readonly cursor: Style;
	/** `3/120` on the search line, and other counts beside the main text. */
	readonly count: Style;
	/** Secondary words (`(Esc clears the search)`). */
	readonly note: Style;
	/** Section titles of the help screen. */
	readonly heading: Style;
	/** Key names in the help screen. */
	readonly keys: Style;
	/** The reader's bottom line: the post's title and where in it the screen is. */
	readonly bar: Style;
	/** Every hit of find in post; the hit last gone to (`n`/`N`) is drawn distinct. */
	readonly findHit: Style;
	readonly findCurrent: Style;
	/** The list's mark of an unread post (`•`), and its title. */
	readonly unread: Style;
	readonly unreadTitle: Style;
	/** A started post's `40%` in the list. */
	readonly progress: Style;
	/** A filter in effect (`tag:p2p`), shown as a chip in the list's status line. */
	readonly chip: Style;
}

const dark: Theme = {
	name: 'dark',
	header: {bold: true, color: 'cyan'},
	selected: {inverse: true, bold: true},
	date: {color: 'gray'},
	tags: {color: 'cyan'},
	match: {bold: true, underline: true, color: 'yellow'},
	code: {color: 'green'},
	hints: {color: 'gray'},
	prompt: {color: 'cyan'},
	cursor: {inverse: true},
	count: {color: 'gray'},
	note: {color: 'gray'},
	heading: {bold: true, color: 'cyan'},
	keys: {color: 'yellow'},
	bar: {backgroundColor: 'blue', color: 'whiteBright'},
	findHit: {inverse: true},
	findCurrent: {inverse: true, bold: true, color: 'yellow'},
	unread: {bold: true, color: 'cyan'},
	unreadTitle: {bold: true},
	progress: {color: 'gray'},
	chip: {color: 'black', backgroundColor: 'cyan'},
};

// On a light background yellow and cyan text fade out; blue, magenta and green keep their contrast.
const light: Theme = {
	name: 'light',
	header: {bold: true, color: 'blue'},
	selected: {inverse: true, bold: true},
	date: {color: 'gray'},
	tags: {color: 'blue'},
	match: {bold: true, underline: true, color: 'magenta'},
	code: {color: 'green'},
	hints: {color: 'gray'},
	prompt: {color: 'blue'},
	cursor: {inverse: true},
	count: {color: 'gray'},
	note: {color: 'gray'},
	heading: {bold: true, color: 'blue'},
	keys: {color: 'magenta'},
	bar: {backgroundColor: 'blue', color: 'whiteBright'},
	findHit: {inverse: true},
	findCurrent: {inverse: true, bold: true, color: 'magenta'},
	unread: {bold: true, color: 'blue'},
	unreadTitle: {bold: true},
	progress: {color: 'gray'},
	chip: {color: 'whiteBright', backgroundColor: 'blue'},
};

const mono: Theme = {
	name: 'mono',
	header: {bold: true},
	selected: {inverse: true},
	date: {dimColor: true},
	tags: {},
	match: {bold: true, underline: true},
	code: {bold: true},
	hints: {dimColor: true},
	prompt: {},
	cursor: {inverse: true},
	count: {dimColor: true},
	note: {dimColor: true},
	heading: {bold: true},
	keys: {},
	bar: {inverse: true},
	findHit: {inverse: true},
	findCurrent: {inverse: true, bold: true, underline: true},
	unread: {bold: true},
	unreadTitle: {bold: true},
	progress: {dimColor: true},
	chip: {inverse: true},
};

export const themes = {dark, light, mono} as const;

/** The palette for a run: the named one when colour is on, `mono` when it is off. */
export function themeFor(name: ThemeName, color: boolean): Theme {
	return color ? themes[name] : mono;
}

const ThemeContext = createContext<Theme>(dark);

export const ThemeProvider = ThemeContext.Provider;

export function useTheme(): Theme {
	return useContext(ThemeContext);
}

const colourCodes: Readonly<Record<string, number>> = {black: 30, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, white: 37, gray: 90, grey: 90, blackBright: 90, redBright: 91, greenBright: 92, yellowBright: 93, blueBright: 94, magentaBright: 95, cyanBright: 96, whiteBright: 97};

/**
A style as the escapes that open and close it, for marks put inside already styled text (find
hits in the post's lines), where Ink's own components cannot reach. Only the 16 named colours.
*/
export function styleCodes(style: Style): {readonly open: string; readonly close: string} {
	const open: number[] = [];
	const close: number[] = [];
	const colour = typeof style.color === 'string' ? colourCodes[style.color] : undefined;
	const background = typeof style.backgroundColor === 'string' ? colourCodes[style.backgroundColor] : undefined;
	if (style.bold) {
		open.push(1);
		close.push(22);
	}

	if (style.underline) {
		open.push(4);
		close.push(24);
	}

	if (style.inverse) {
		open.push(7);
		close.push(27);
	}

	if (colour !== undefined) {
		open.push(colour);
		close.push(39);
	}

	if (background !== undefined) {
		open.push(background + 10);
		close.push(49);
	}

	const sgr = (codes: number[]): string => (codes.length === 0 ? '' : `\u001B[${codes.join(';')}m`);
	return {open: sgr(open), close: sgr(close)};
}
