/**
The one way a line of text is typed and edited: the search line and the `|` command prompt use
it, and so should every later line (a find line, an outline filter, a command prompt). A key that
types a character always types it, whatever the keymap binds on other screens; only keys that
type nothing (Enter, Esc, arrows, Ctrl and Alt chords) are looked up in the line's bindings.

To add a line: give it a `Screen` in `textScreens` (keymap.ts), keep its text in the navigation
state, and let `lineOf`/`withLine` in navigation.ts find it.
*/
import {resolveKey, type Action, type Keymap, type Screen} from './keymap.js';
import type {KeyPress} from './keys.js';

export type LineEdit = 'delete-char' | 'delete-word' | 'clear-line';

export const lineEdits: ReadonlySet<Action> = new Set<Action>(['delete-char', 'delete-word', 'clear-line']);

export type TextKey =
	| {readonly type: 'type'; readonly text: string}
	| {readonly type: 'action'; readonly action: Action};

/** What a key press does on a text line: types its text, or runs the line's binding for it. */
export function readTextKey(keymap: Keymap, screen: Screen, press: KeyPress): TextKey | undefined {
	if (press.text !== undefined) {
		return {type: 'type', text: press.text};
	}

	const action = resolveKey(keymap, screen, press.name);
	return action === undefined ? undefined : {type: 'action', action};
}

function dropLastWord(line: string): string {
	return line.replace(/\S*\s*$/u, '');
}

function dropLastCharacter(line: string): string {
	// A character as people see it: an emoji with modifiers or a letter with accents goes at once.
	const characters = [...new Intl.Segmenter().segment(line)];
	return characters.slice(0, -1).map(part => part.segment).join('');
}

/** The line after an edit. Deleting from an empty line leaves it empty (and open). */
export function editLine(line: string, edit: LineEdit): string {
	switch (edit) {
		case 'delete-char':
			return dropLastCharacter(line);
		case 'delete-word':
			return dropLastWord(line);
		case 'clear-line':
			return '';
	}
}
