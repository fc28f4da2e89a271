/**
Turns what ink's `useInput` reports into the key names the keymap uses. Ink hands over a run of
plain characters typed fast (key repeat, paste) as one string, `'jjj'`, so a run becomes one key
per character; Backspace arrives as `key.delete` on ink 6.8 and as `key.backspace` later.
*/
import type {Key} from 'ink';

export interface KeyPress {
	/** The keymap name: `j`, `G`, `up`, `pagedown`, `return`, `space`, `ctrl+c`, ... */
	readonly name: string;
	/** The text the key types, for the search line; absent for keys that type nothing. */
	readonly text?: string;
}

const named: ReadonlyArray<readonly [keyof Key, string]> = [
	['upArrow', 'up'],
	['downArrow', 'down'],
	['leftArrow', 'left'],
	['rightArrow', 'right'],
	['pageUp', 'pageup'],
	['pageDown', 'pagedown'],
	['home', 'home'],
	['end', 'end'],
	['return', 'return'],
	['escape', 'escape'],
	['tab', 'tab'],
	['backspace', 'backspace'],
	['delete', 'backspace'],
];

/** One character of a plain run, decoded the way a terminal in raw mode sends it. */
function fromCharacter(character: string): KeyPress | undefined {
	const code = character.codePointAt(0) ?? 0;
	if (character === '\r' || character === '\n') {
		return {name: 'return'};
	}

	if (character === '\t') {
		return {name: 'tab'};
	}

	if (character === '\u007F' || character === '\b') {
		return {name: 'backspace'};
	}

	if (character === ' ') {
		return {name: 'space', text: ' '};
	}

	if (code > 0 && code < 0x1B) {
		return {name: `ctrl+${String.fromCodePoint(code + 0x60)}`};
	}

	// Other controls (C0 rest, DEL, C1) and bidi overrides type nothing and mean nothing.
	if (code < 0x20 || (code >= 0x7F && code <= 0x9F) || (code >= 0x20_2A && code <= 0x20_2E) || (code >= 0x20_66 && code <= 0x20_69)) {
		return undefined;
	}

	return {name: character, text: character};
}

export function keyPresses(input: string, key: Key): KeyPress[] {
	for (const [flag, name] of named) {
		if (key[flag] === true) {
			// Esc before an arrow can also set meta; the named key is what was meant.
			return [{name: key.ctrl && name !== 'return' ? `ctrl+${name}` : name}];
		}
	}

	if (key.ctrl && input.length === 1) {
		return [{name: `ctrl+${input.toLowerCase()}`}];
	}

	if (key.meta && [...input].length === 1) {
		return [{name: `alt+${input}`}];
	}

	const presses: KeyPress[] = [];
	for (const character of input) {
		const press = fromCharacter(character);
		if (press) {
			presses.push(press);
		}
	}

	return presses;
}
