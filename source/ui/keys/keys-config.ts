/**
The config file's `keys` section, checked against the keymap: screens, actions and key names
are known ones, text lines keep their letters, and no key ends up with two actions on a screen.
Whatever fails is reported (one line each) and left at its default; the rest applies.

The section maps screens to actions to keys, a key name or a list of them (`[]` unbinds):

    {"keys": {"list": {"select-next": ["n", "down"]}, "reader": {"back": "x"}}}
*/
import {keysOf, screens, textScreens, withKeys, type Action, type KeyOverrides, type Keymap, type Screen} from './keymap.js';

const named = new Set(['up', 'down', 'left', 'right', 'pageup', 'pagedown', 'home', 'end', 'return', 'escape', 'space', 'backspace', 'tab']);
const aliases: Readonly<Record<string, string>> = {enter: 'return', esc: 'escape', pgup: 'pageup', pgdn: 'pagedown'};
// A terminal sends these Ctrl chords as the very bytes of Backspace, Tab, Enter and Esc.
const sameAsNamed: Readonly<Record<string, string>> = {h: 'backspace', i: 'tab', j: 'return', m: 'return', '[': 'escape'};
// Keys the reader must always have: Ctrl-C is the way out of any screen.
const fixed: ReadonlySet<Action> = new Set<Action>(['force-quit']);

function isPrintable(character: string): boolean {
	return [...character].length === 1 && !/[\p{Cc}\p{Cf}\p{Z}]/u.test(character);
}

/**
The keymap's name for a key as a person writes it (`Enter`, `PgDn`, `ctrl-w`, `Alt+x`), or an
error saying why there is none. Letters keep their case: `G` is not `g`.
*/
export function keyName(written: string): {readonly name: string} | {readonly error: string} {
	if (isPrintable(written)) {
		return {name: written};
	}

	const lower = written.toLowerCase();
	const plain = aliases[lower] ?? lower;
	if (named.has(plain)) {
		return {name: plain};
	}

	const chord = /^(ctrl|alt)[+-](.+)$/i.exec(written);
	if (chord) {
		const [, modifier = '', rest = ''] = chord;
		if (modifier.toLowerCase() === 'alt') {
			return isPrintable(rest) ? {name: `alt+${rest}`} : {error: `unknown key name '${written}'`};
		}

		const key = rest.toLowerCase();
		if (sameAsNamed[key] !== undefined) {
			return {error: `'${written}' cannot be told apart from ${sameAsNamed[key]}`};
		}

		if (/^[a-z]$/.test(key) || ['up', 'down', 'left', 'right', 'pageup', 'pagedown', 'home', 'end'].includes(aliases[key] ?? key)) {
			return {name: `ctrl+${aliases[key] ?? key}`};
		}
	}

	return {error: `unknown key name '${written}'`};
}

/** Whether a key types a character (on a text line it always does). */
export function typesText(name: string): boolean {
	return name === 'space' || isPrintable(name);
}

export interface CheckedKeys {
	readonly keymap: Keymap;
	/** One line each, without the file's name: `keys.list.select-next: ...`. */
	readonly errors: readonly string[];
}

interface Entry {
	readonly screen: Screen;
	readonly action: Action;
	readonly keys: readonly string[];
	readonly where: string;
}

function actionsOf(keymap: Keymap, screen: Screen): Action[] {
	return [...new Set(keymap.filter(binding => binding.screens.includes(screen)).map(binding => binding.action))];
}

function plainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the section's shape and names; conflicts are looked for afterwards, over all entries. */
function readEntries(section: unknown, keymap: Keymap, errors: string[]): Entry[] {
	if (!plainObject(section)) {
		errors.push('keys: must be an object of screens (list, reader, ...)');
		return [];
	}

	const entries: Entry[] = [];
	for (const [screenName, actions] of Object.entries(section)) {
		const screen = screens.find(known => known === screenName);
		if (screen === undefined) {
			errors.push(`keys.${screenName}: unknown screen (screens: ${screens.join(', ')})`);
			continue;
		}

		if (!plainObject(actions)) {
			errors.push(`keys.${screen}: must be an object of actions and their keys`);
			continue;
		}

		const known = actionsOf(keymap, screen);
		for (const [actionName, value] of Object.entries(actions)) {
			const where = `keys.${screen}.${actionName}`;
			const action = known.find(name => name === actionName);
			if (action === undefined) {
				errors.push(`${where}: unknown action on the ${screen} screen (actions: ${known.filter(name => !fixed.has(name)).join(', ')})`);
				continue;
			}

			if (fixed.has(action)) {
				errors.push(`${where}: cannot be rebound (Ctrl-C always quits)`);
				continue;
			}

			const written = typeof value === 'string' ? [value] : value;
			if (!Array.isArray(written) || !written.every(key => typeof key === 'string')) {
				errors.push(`${where}: must be a key name or a list of key names`);
				continue;
			}

			const keys: string[] = [];
			let failed = false;
			for (const key of written as string[]) {
				const checked = keyName(key);
				if ('error' in checked) {
					errors.push(`${where}: ${checked.error}`);
					failed = true;
				} else if (textScreens.has(screen) && typesText(checked.name)) {
					errors.push(`${where}: '${key}' types text on the ${screen} line; use a Ctrl or Alt chord or a named key`);
					failed = true;
				} else if (!keys.includes(checked.name)) {
					keys.push(checked.name);
				}
			}

			if (!failed) {
				entries.push({screen, action, keys, where});
			}
		}
	}

	return entries;
}

/**
Applies the section's entries to `keymap`. An entry whose key another action on its screen still
holds (a default, or an earlier entry) goes back to its defaults, and so may the ones that
conflicted with it in turn, until no key has two actions.
*/
export function checkKeys(section: unknown, keymap: Keymap): CheckedKeys {
	const errors: string[] = [];
	let entries = readEntries(section, keymap, errors);
	for (;;) {
		const overrides = overridesOf(entries);
		const merged = withKeys(keymap, overrides);
		const conflict = findConflict(merged, entries);
		if (conflict === undefined) {
			return {keymap: merged, errors};
		}

		errors.push(`${conflict.entry.where}: '${conflict.key}' is also bound to ${conflict.other} on the ${conflict.entry.screen} screen; keeping the defaults of ${conflict.entry.action}`);
		entries = entries.filter(entry => entry !== conflict.entry);
	}
}

function overridesOf(entries: readonly Entry[]): KeyOverrides {
	const overrides: Partial<Record<Screen, Partial<Record<Action, readonly string[]>>>> = {};
	for (const entry of entries) {
		overrides[entry.screen] = {...overrides[entry.screen], [entry.action]: entry.keys};
	}

	return overrides;
}

/** The last entry (in file order) that shares a key with another action of its screen. */
function findConflict(keymap: Keymap, entries: readonly Entry[]): {entry: Entry; key: string; other: Action} | undefined {
	for (const entry of [...entries].reverse()) {
		for (const key of entry.keys) {
			const other = actionsOf(keymap, entry.screen).find(action => action !== entry.action && keysOf(keymap, entry.screen, action).includes(key));
			if (other !== undefined) {
				return {entry, key, other};
			}
		}
	}

	return undefined;
}
