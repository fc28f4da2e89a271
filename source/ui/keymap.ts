/**
The one table of keys. Input handling resolves key names through it, the help screen and the
status hints are generated from it, and a later config file can replace any binding's keys with
`withKeys` without touching the screens.

Key names are what `keys.ts` produces: a printable character as itself (`j`, `G`, `/`, `]`),
named keys in lower case (`up`, `pagedown`, `home`, `return`, `escape`, `space`, `backspace`,
`tab`), and modifiers as a prefix (`ctrl+c`, `alt+x`).
*/

/** Where a binding applies. `search` is the list with its search line open. */
export type Screen = 'list' | 'search' | 'reader' | 'help';

export type Action =
	| 'quit'
	| 'force-quit'
	| 'help'
	| 'select-previous'
	| 'select-next'
	| 'select-page-up'
	| 'select-page-down'
	| 'select-first'
	| 'select-last'
	| 'open'
	| 'search'
	| 'toggle-pages'
	| 'clear-search'
	| 'accept-search'
	| 'delete-char'
	| 'delete-word'
	| 'clear-line'
	| 'line-up'
	| 'line-down'
	| 'page-up'
	| 'page-down'
	| 'half-page-up'
	| 'half-page-down'
	| 'top'
	| 'bottom'
	| 'next-post'
	| 'previous-post'
	| 'back';

export interface Binding {
	readonly action: Action;
	readonly keys: readonly string[];
	/** One line for the help screen. */
	readonly description: string;
	readonly screens: readonly Screen[];
	/** A word or two for the status line; bindings without one stay out of it. */
	readonly hint?: string;
}

export type Keymap = readonly Binding[];

export const defaultKeymap: Keymap = [
	// List
	{action: 'select-previous', keys: ['up', 'k'], description: 'previous post', screens: ['list']},
	{action: 'select-next', keys: ['down', 'j'], description: 'next post', screens: ['list'], hint: 'move'},
	{action: 'select-page-up', keys: ['pageup'], description: 'page up', screens: ['list']},
	{action: 'select-page-down', keys: ['pagedown'], description: 'page down', screens: ['list']},
	{action: 'select-first', keys: ['g', 'home'], description: 'first post', screens: ['list']},
	{action: 'select-last', keys: ['G', 'end'], description: 'last post', screens: ['list']},
	{action: 'open', keys: ['return', 'l', 'right'], description: 'read the selected post', screens: ['list'], hint: 'open'},
	{action: 'search', keys: ['/'], description: 'search posts', screens: ['list'], hint: 'search'},
	{action: 'toggle-pages', keys: ['tab'], description: 'switch between posts and pages', screens: ['list']},
	{action: 'clear-search', keys: ['escape'], description: 'clear the search', screens: ['list']},
	// Search line
	{action: 'accept-search', keys: ['return'], description: 'keep the filter, back to the list', screens: ['search'], hint: 'done'},
	{action: 'select-previous', keys: ['up'], description: 'keep the filter, previous post', screens: ['search']},
	{action: 'select-next', keys: ['down'], description: 'keep the filter, next post', screens: ['search']},
	{action: 'clear-search', keys: ['escape'], description: 'clear the search', screens: ['search'], hint: 'clear'},
	{action: 'delete-char', keys: ['backspace'], description: 'delete a character', screens: ['search']},
	{action: 'delete-word', keys: ['ctrl+w'], description: 'delete a word', screens: ['search']},
	{action: 'clear-line', keys: ['ctrl+u'], description: 'delete the whole query', screens: ['search']},
	// Reader (and the help screen, which scrolls the same way)
	{action: 'line-up', keys: ['up', 'k'], description: 'line up', screens: ['reader', 'help']},
	{action: 'line-down', keys: ['down', 'j'], description: 'line down', screens: ['reader', 'help'], hint: 'scroll'},
	{action: 'page-down', keys: ['space', 'pagedown', 'f'], description: 'page down', screens: ['reader', 'help']},
	{action: 'page-up', keys: ['b', 'pageup'], description: 'page up', screens: ['reader', 'help']},
	{action: 'half-page-down', keys: ['d', 'ctrl+d'], description: 'half a page down', screens: ['reader', 'help']},
	{action: 'half-page-up', keys: ['u', 'ctrl+u'], description: 'half a page up', screens: ['reader', 'help']},
	{action: 'top', keys: ['g', 'home'], description: 'top', screens: ['reader', 'help']},
	{action: 'bottom', keys: ['G', 'end'], description: 'bottom', screens: ['reader', 'help']},
	{action: 'next-post', keys: [']'], description: 'next post in the list', screens: ['reader'], hint: 'next'},
	{action: 'previous-post', keys: ['['], description: 'previous post in the list', screens: ['reader'], hint: 'prev'},
	{action: 'back', keys: ['q', 'escape', 'h', 'left'], description: 'back to the list', screens: ['reader'], hint: 'back'},
	{action: 'back', keys: ['q', 'escape', '?'], description: 'close the help', screens: ['help'], hint: 'close'},
	// Everywhere
	{action: 'help', keys: ['?'], description: 'this help', screens: ['list', 'reader'], hint: 'help'},
	{action: 'quit', keys: ['q'], description: 'quit', screens: ['list'], hint: 'quit'},
	{action: 'force-quit', keys: ['ctrl+c'], description: 'quit from anywhere', screens: ['list', 'search', 'reader', 'help']},
];

/** The action a key triggers on a screen; the first matching binding wins. */
export function resolveKey(keymap: Keymap, screen: Screen, key: string): Action | undefined {
	return keymap.find(binding => binding.screens.includes(screen) && binding.keys.includes(key))?.action;
}

/** Rebinds actions (e.g. from a config file): every binding of a named action gets the new keys. */
export function withKeys(keymap: Keymap, keys: Partial<Readonly<Record<Action, readonly string[]>>>): Keymap {
	return keymap.map(binding => {
		const replacement = keys[binding.action];
		return replacement === undefined ? binding : {...binding, keys: [...replacement]};
	});
}

const labels: Readonly<Record<string, string>> = {
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	escape: 'Esc',
	space: 'Space',
	backspace: 'Backspace',
	tab: 'Tab',
};

/** How a key name is shown to people: `pagedown` -> `PgDn`, `ctrl+c` -> `Ctrl-C`. */
export function keyLabel(key: string): string {
	const modifier = /^(ctrl|alt)\+(.+)$/.exec(key);
	if (modifier) {
		const [, name = '', rest = ''] = modifier;
		return `${name === 'ctrl' ? 'Ctrl' : 'Alt'}-${rest.length === 1 ? rest.toUpperCase() : keyLabel(rest)}`;
	}

	return labels[key] ?? key;
}

export const screenTitles: Readonly<Record<Screen, string>> = {
	list: 'List',
	search: 'Search line',
	reader: 'Reader',
	help: 'Help',
};

export interface HelpSection {
	readonly title: string;
	readonly rows: ReadonlyArray<{readonly keys: string; readonly description: string}>;
}

/** The help screen's content: per screen, each binding with its keys as people read them. */
export function helpSections(keymap: Keymap): HelpSection[] {
	const screens: Screen[] = ['list', 'search', 'reader', 'help'];
	return screens.map(screen => ({
		title: screenTitles[screen],
		rows: keymap
			.filter(binding => binding.screens.includes(screen) && binding.keys.length > 0)
			.map(binding => ({keys: binding.keys.map(key => keyLabel(key)).join(' '), description: binding.description})),
	}));
}

/** Short `key hint` pairs for a screen's status line, in keymap order. */
export function statusHints(keymap: Keymap, screen: Screen): string[] {
	return keymap
		.filter(binding => binding.hint !== undefined && binding.screens.includes(screen) && binding.keys.length > 0)
		.map(binding => `${binding.keys.slice(0, 2).map(key => keyLabel(key)).join('/')} ${binding.hint}`);
}
