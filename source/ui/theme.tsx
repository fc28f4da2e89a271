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
