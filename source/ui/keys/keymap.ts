/**
The one table of keys. Input handling resolves key names through it, the help screen and the
status hints are generated from it, and the config file's `keys` section changes it through
`withKeys` (checked first by `keys-config.ts`) without touching the screens.

Bindings are per action and screen: rebinding `select-next` on the list leaves the search line
and the reader as they were.

Key names are what `keys.ts` produces: a printable character as itself (`j`, `G`, `/`, `]`),
named keys in lower case (`up`, `pagedown`, `home`, `return`, `escape`, `space`, `backspace`,
`tab`), and modifiers as a prefix (`ctrl+c`, `alt+x`).

Over 300 lines because it is one table, every action and its keys on every screen, best read
whole in one place.
*/

/**
Where a binding applies. `search` is the list with its search line open, `prompt` the command
line of `|`, `output` what such a command printed.
*/
export type Screen = 'list' | 'search' | 'reader' | 'find' | 'outline' | 'links' | 'related' | 'prompt' | 'output' | 'help' | 'picker' | 'timeline';

export const screens: readonly Screen[] = ['list', 'search', 'reader', 'find', 'outline', 'links', 'related', 'prompt', 'output', 'help', 'picker', 'timeline'];

/**
Screens that edit a line of text. On them a key that types a character always types it (see
`text-input.ts`), so no binding can take a letter away from the line; their bindings are the
keys that type nothing (Enter, Esc, arrows, Ctrl and Alt chords).
*/
export const textScreens: ReadonlySet<Screen> = new Set<Screen>(['search', 'find', 'outline', 'prompt', 'picker']);

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
	| 'edit'
	| 'pipe'
	| 'pager'
	| 'copy-path'
	| 'copy-url'
	| 'accept-prompt'
	| 'cancel-prompt'
	| 'back'
	| 'find'
	| 'accept-find'
	| 'cancel-find'
	| 'find-next'
	| 'find-previous'
	| 'outline'
	| 'links'
	| 'copy-link'
	| 'history-back'
	| 'history-forward'
	| 'footnote'
	| 'narrower'
	| 'wider'
	| 'toggle-read'
	| 'continue-reading'
	| 'related'
	| 'series-next'
	| 'series-previous'
	| 'preview'
	| 'sort'
	| 'tags'
	| 'timeline'
	| 'sections'
	| 'authors'
	| 'reload'
	| 'toggle-images';

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

const scrolling: readonly Screen[] = ['reader', 'output', 'help'];

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
	{action: 'toggle-read', keys: ['m'], description: 'mark the post read / unread', screens: ['list']},
	{action: 'continue-reading', keys: ['c'], description: 'continue reading: the last post read, at its place', screens: ['list']},
	{action: 'preview', keys: ['p'], description: 'preview the selected post beside the list (120 columns or more)', screens: ['list']},
	{action: 'sort', keys: ['s'], description: 'sort: newest, oldest, title, relevance (with a query)', screens: ['list'], hint: 'sort'},
	{action: 'tags', keys: ['#'], description: 'tags with counts; Enter filters by one', screens: ['list']},
	{action: 'timeline', keys: ['T'], description: 'timeline: posts by year and month; Enter filters to one', screens: ['list']},
	{action: 'sections', keys: ['S'], description: 'sections (sub-blogs); Enter filters to one', screens: ['list']},
	{action: 'authors', keys: ['A'], description: 'authors; Enter filters to one', screens: ['list']},
	// The tags, sections and authors pickers (type to filter) and the timeline
	{action: 'select-previous', keys: ['up'], description: 'previous entry', screens: ['picker']},
	{action: 'select-next', keys: ['down'], description: 'next entry', screens: ['picker'], hint: 'move'},
	{action: 'open', keys: ['return'], description: 'filter the list by it', screens: ['picker'], hint: 'filter'},
	{action: 'back', keys: ['escape'], description: 'back to the list', screens: ['picker'], hint: 'back'},
	{action: 'select-previous', keys: ['up', 'k'], description: 'previous year or month', screens: ['timeline']},
	{action: 'select-next', keys: ['down', 'j'], description: 'next year or month', screens: ['timeline'], hint: 'move'},
	{action: 'select-page-up', keys: ['pageup'], description: 'page up', screens: ['timeline']},
	{action: 'select-page-down', keys: ['pagedown'], description: 'page down', screens: ['timeline']},
	{action: 'select-first', keys: ['g', 'home'], description: 'newest', screens: ['timeline']},
	{action: 'select-last', keys: ['G', 'end'], description: 'oldest', screens: ['timeline']},
	{action: 'open', keys: ['return'], description: 'filter the list to that year or month', screens: ['timeline'], hint: 'filter'},
	{action: 'back', keys: ['escape', 'q'], description: 'back to the list', screens: ['timeline'], hint: 'back'},
	// Search line
	{action: 'accept-search', keys: ['return'], description: 'keep the filter, back to the list', screens: ['search'], hint: 'done'},
	{action: 'select-previous', keys: ['up'], description: 'keep the filter, previous post', screens: ['search']},
	{action: 'select-next', keys: ['down'], description: 'keep the filter, next post', screens: ['search']},
	{action: 'clear-search', keys: ['escape'], description: 'clear the search', screens: ['search'], hint: 'clear'},
	// Every text line (the search line, the find line, the outline's filter, the command prompt)
	{action: 'delete-char', keys: ['backspace'], description: 'delete a character', screens: [...textScreens]},
	{action: 'delete-word', keys: ['ctrl+w'], description: 'delete a word', screens: [...textScreens]},
	{action: 'clear-line', keys: ['ctrl+u'], description: 'delete the whole line', screens: [...textScreens]},
	// The find line (/ in the reader)
	{action: 'accept-find', keys: ['return'], description: 'keep the find, go to the first hit', screens: ['find'], hint: 'find'},
	{action: 'cancel-find', keys: ['escape'], description: 'clear the find', screens: ['find'], hint: 'clear'},
	// The outline (t) and the links list (L)
	{action: 'select-previous', keys: ['up'], description: 'previous heading', screens: ['outline']},
	{action: 'select-next', keys: ['down'], description: 'next heading', screens: ['outline'], hint: 'move'},
	{action: 'open', keys: ['return'], description: 'jump to the heading', screens: ['outline'], hint: 'jump'},
	// Paging the outline, links and related lists (letters are typed on the outline's filter)
	{action: 'select-page-up', keys: ['pageup'], description: 'page up', screens: ['outline', 'links', 'related']},
	{action: 'select-page-down', keys: ['pagedown'], description: 'page down', screens: ['outline', 'links', 'related']},
	{action: 'select-first', keys: ['home'], description: 'first entry', screens: ['outline']},
	{action: 'select-last', keys: ['end'], description: 'last entry', screens: ['outline']},
	{action: 'select-first', keys: ['g', 'home'], description: 'first entry', screens: ['links', 'related']},
	{action: 'select-last', keys: ['G', 'end'], description: 'last entry', screens: ['links', 'related']},
	{action: 'back', keys: ['escape'], description: 'back to the post', screens: ['outline'], hint: 'back'},
	{action: 'select-previous', keys: ['up', 'k'], description: 'previous link (a number picks one)', screens: ['links']},
	{action: 'select-next', keys: ['down', 'j'], description: 'next link', screens: ['links'], hint: 'move'},
	{action: 'open', keys: ['return'], description: 'follow the link', screens: ['links'], hint: 'follow'},
	{action: 'copy-link', keys: ['y'], description: 'copy the link\'s target', screens: ['links'], hint: 'copy'},
	{action: 'back', keys: ['escape', 'q'], description: 'back to the post', screens: ['links'], hint: 'back'},
	{action: 'select-previous', keys: ['up', 'k'], description: 'previous related post', screens: ['related']},
	{action: 'select-next', keys: ['down', 'j'], description: 'next related post', screens: ['related'], hint: 'move'},
	{action: 'open', keys: ['return'], description: 'read the post (Ctrl-O comes back)', screens: ['related'], hint: 'open'},
	{action: 'back', keys: ['escape', 'q'], description: 'back to the post', screens: ['related'], hint: 'back'},
	{action: 'accept-prompt', keys: ['return'], description: 'run the command', screens: ['prompt'], hint: 'run'},
	{action: 'cancel-prompt', keys: ['escape'], description: 'cancel', screens: ['prompt'], hint: 'cancel'},
	// Reader (and the views that scroll the same way)
	{action: 'line-up', keys: ['up', 'k'], description: 'line up', screens: scrolling},
	{action: 'line-down', keys: ['down', 'j'], description: 'line down', screens: scrolling, hint: 'scroll'},
	{action: 'page-down', keys: ['space', 'pagedown', 'f'], description: 'page down', screens: scrolling},
	{action: 'page-up', keys: ['b', 'pageup'], description: 'page up', screens: scrolling},
	{action: 'half-page-down', keys: ['d', 'ctrl+d'], description: 'half a page down', screens: scrolling},
	{action: 'half-page-up', keys: ['u', 'ctrl+u'], description: 'half a page up', screens: scrolling},
	{action: 'top', keys: ['g', 'home'], description: 'top', screens: scrolling},
	{action: 'bottom', keys: ['G', 'end'], description: 'bottom', screens: scrolling},
	{action: 'next-post', keys: [']'], description: 'next post in the list', screens: ['reader'], hint: 'next'},
	{action: 'previous-post', keys: ['['], description: 'previous post in the list', screens: ['reader'], hint: 'prev'},
	{action: 'edit', keys: ['e'], description: 'edit the post in $VISUAL / $EDITOR', screens: ['reader']},
	{action: 'pipe', keys: ['|'], description: 'pipe the post\'s source to a command', screens: ['reader']},
	{action: 'pager', keys: ['P'], description: 'show the post in $PAGER', screens: ['reader']},
	{action: 'copy-path', keys: ['y'], description: 'copy the post\'s path', screens: ['reader']},
	{action: 'copy-url', keys: ['Y'], description: 'copy the post\'s URL', screens: ['reader']},
	{action: 'find', keys: ['/'], description: 'find in the post', screens: ['reader'], hint: 'find'},
	{action: 'find-next', keys: ['n'], description: 'next hit of the find (wraps)', screens: ['reader']},
	{action: 'find-previous', keys: ['N'], description: 'previous hit of the find (wraps)', screens: ['reader']},
	{action: 'outline', keys: ['t'], description: 'outline: the post\'s headings', screens: ['reader']},
	{action: 'links', keys: ['L'], description: 'the post\'s links, to follow or copy', screens: ['reader']},
	{action: 'related', keys: ['R'], description: 'related posts: sharing the most tags and words', screens: ['reader']},
	{action: 'series-next', keys: ['}'], description: 'next part of the post\'s series', screens: ['reader']},
	{action: 'series-previous', keys: ['{'], description: 'previous part of the post\'s series', screens: ['reader']},
	{action: 'history-back', keys: ['ctrl+o'], description: 'back before the last jump or link', screens: ['reader']},
	{action: 'history-forward', keys: ['tab'], description: 'forward again', screens: ['reader']},
	{action: 'footnote', keys: ['F'], description: 'footnote marker on screen to its note, and back', screens: ['reader']},
	{action: 'narrower', keys: ['<'], description: 'narrower text column', screens: ['reader']},
	{action: 'wider', keys: ['>'], description: 'wider text column', screens: ['reader']},
	{action: 'toggle-read', keys: ['m'], description: 'mark the post read / unread', screens: ['reader']},
	{action: 'reload', keys: ['r'], description: 'reload the archive from its files (it also follows them by itself)', screens: ['list', 'reader']},
	{action: 'toggle-images', keys: ['i'], description: 'images off / on', screens: ['reader']},
	{action: 'back', keys: ['q', 'escape', 'h', 'left'], description: 'clear a typed find, else back to the list', screens: ['reader'], hint: 'back'},
	{action: 'back', keys: ['q', 'escape'], description: 'back to the post', screens: ['output'], hint: 'back'},
	{action: 'back', keys: ['q', 'escape', '?'], description: 'close the help', screens: ['help'], hint: 'close'},
	// Everywhere
	{action: 'help', keys: ['?'], description: 'this help', screens: ['list', 'reader'], hint: 'help'},
	{action: 'quit', keys: ['q'], description: 'quit', screens: ['list'], hint: 'quit'},
	{action: 'force-quit', keys: ['ctrl+c'], description: 'quit from anywhere (exit status 130)', screens: [...screens]},
];

/** The action a key triggers on a screen; the first matching binding wins. */
export function resolveKey(keymap: Keymap, screen: Screen, key: string): Action | undefined {
	return keymap.find(binding => binding.screens.includes(screen) && binding.keys.includes(key))?.action;
}

/** New keys for actions, per screen: `{list: {'select-next': ['n']}}`. */
export type KeyOverrides = Partial<Readonly<Record<Screen, Partial<Readonly<Record<Action, readonly string[]>>>>>>;

/**
Rebinds actions on the screens named. A binding shared by several screens is split, so the
other screens keep their keys. Overrides are taken as given: check them with `checkKeys` first.
*/
export function withKeys(keymap: Keymap, overrides: KeyOverrides): Keymap {
	return keymap.flatMap(binding => {
		if (!binding.screens.some(screen => overrides[screen]?.[binding.action] !== undefined)) {
			return [binding];
		}

		return binding.screens.map(screen => {
			const keys = overrides[screen]?.[binding.action];
			return keys === undefined ? {...binding, screens: [screen]} : {...binding, keys: [...keys], screens: [screen]};
		});
	});
}

/** The keys of an action on a screen, as the keymap has them. */
export function keysOf(keymap: Keymap, screen: Screen, action: Action): string[] {
	return keymap.filter(binding => binding.action === action && binding.screens.includes(screen)).flatMap(binding => binding.keys);
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
		return name === 'ctrl' ? `Ctrl-${rest.length === 1 ? rest.toUpperCase() : keyLabel(rest)}` : `Alt-${rest.length === 1 ? rest : keyLabel(rest)}`;
	}

	return labels[key] ?? key;
}

export const screenTitles: Readonly<Record<Screen, string>> = {
	list: 'List',
	search: 'Search line',
	reader: 'Reader',
	prompt: 'Command prompt (|)',
	find: 'Find line (/)',
	outline: 'Outline (t)',
	links: 'Links (L)',
	related: 'Related posts (R)',
	output: 'Command output',
	help: 'Help',
	picker: 'Tags, sections, authors (# S A)',
	timeline: 'Timeline (T)',
};

export interface HelpSection {
	readonly title: string;
	readonly rows: ReadonlyArray<{readonly keys: string; readonly description: string}>;
}

/**
The help screen's content: per screen, each binding with its keys as people read them; `first`
(the screen the help was opened from) leads.
*/
export function helpSections(keymap: Keymap, first: Screen = 'list'): HelpSection[] {
	const order = [first, ...screens.filter(screen => screen !== first)];
	return order.map(screen => ({
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
