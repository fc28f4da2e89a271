/**
The config file's settings besides `keys`, each checked on its own: a value of the wrong type or
out of range is one line naming the setting (the caller adds the file), never a silent default.
Paths are resolved here, so every caller gets the folder the user meant.
*/
import type {SortOrder} from '../search/sort-order.js';
import {homedir} from 'node:os';
import {dirname, isAbsolute, resolve} from 'node:path';
import {themeModes, type ThemeMode} from '../output/theme-choice.js';
import {imageModes, isImageMode, type ImageMode} from '../images/protocol.js';
import {sanitizeLine} from '../text/sanitize.js';

/** The orders the list can start in; the `s` key of the reader cycles through more. */
/** The orders the list may start in (relevance needs a query, so it is not one). */
export const startingSorts = ['newest', 'oldest', 'title'] as const satisfies readonly SortOrder[];

export type StartingSort = (typeof startingSorts)[number];

export interface CheckedSettings {
	/** The default archive folder, absolute. */
	readonly archive?: string;
	readonly theme?: ThemeMode;
	/** The reader's text column and `show`'s width, as `--width`. */
	readonly width?: number;
	readonly sort?: StartingSort;
	/** How the reader draws images, as `--images`. */
	readonly images?: ImageMode;
}

/** The bounds `--width` takes, shared so the flag and the file say the same. */
export const widthRange = {min: 20, max: 1000} as const;

export type Checked<T> = {readonly value: T} | {readonly error: string};

/** How a value the file holds is named in a message: JSON as written, kept to one short line. */
function shown(value: unknown): string {
	const text = JSON.stringify(value) ?? String(value);
	return sanitizeLine(text.length > 40 ? `${text.slice(0, 39)}…` : text);
}

/**
`~` and `~/x` are the home folder, as a shell would have it; any other relative path is taken
from the config file's own folder, so the file means the same from wherever the reader starts.
*/
export function checkArchive(value: unknown, configFile: string, home: () => string = homedir): Checked<string> {
	if (typeof value !== 'string' || value.trim() === '') {
		return {error: `archive must be a folder path (a string), not ${shown(value)}`};
	}

	if (value === '~' || value.startsWith('~/')) {
		return {value: resolve(home(), value.slice(2))};
	}

	return {value: isAbsolute(value) ? resolve(value) : resolve(dirname(resolve(configFile)), value)};
}

export function checkTheme(value: unknown): Checked<ThemeMode> {
	return typeof value === 'string' && (themeModes as readonly string[]).includes(value)
		? {value: value as ThemeMode}
		: {error: `theme must be ${themeModes.map(mode => `"${mode}"`).join(', ')}, not ${shown(value)}`};
}

export function checkWidth(value: unknown): Checked<number> {
	return typeof value === 'number' && Number.isInteger(value) && value >= widthRange.min && value <= widthRange.max
		? {value}
		: {error: `width must be a whole number from ${widthRange.min} to ${widthRange.max}, not ${shown(value)}`};
}

export function checkSort(value: unknown): Checked<StartingSort> {
	return typeof value === 'string' && (startingSorts as readonly string[]).includes(value)
		? {value: value as StartingSort}
		: {error: `sort must be ${startingSorts.map(order => `"${order}"`).join(', ')}, not ${shown(value)}`};
}

export function checkImages(value: unknown): Checked<ImageMode> {
	return isImageMode(value) ? {value} : {error: `images must be ${imageModes.map(mode => `"${mode}"`).join(', ')}, not ${shown(value)}`};
}
