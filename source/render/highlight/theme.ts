import type {ChalkInstance} from 'chalk';

type Style = (text: string) => string;

/**
Colours for highlight.js scopes, as blog-reader showed them with cli-highlight and
highlight.js 10. That version looked a class name up by its first word only (`meta-keyword` as
`meta`, `selector-tag` as `selector`, which had no colour), and wrapped whole declarations in
`function` (yellow) and `class` (blue) scopes; highlight.js 11 marks only the declared name, as
`title.function` and `title.class`, so those carry the colour now.
*/
export function codeTheme(chalk: ChalkInstance): ReadonlyMap<string, Style> {
	return new Map<string, Style>([
		['keyword', chalk.blue],
		['built_in', chalk.cyan],
		['type', chalk.cyan],
		['literal', chalk.blue],
		['number', chalk.green],
		['regexp', chalk.red],
		['string', chalk.red],
		['class', chalk.blue],
		['function', chalk.yellow],
		['title.function', chalk.yellow],
		['title.class', chalk.blue],
		['title.class.inherited', chalk.blue],
		['comment', chalk.gray],
		['doctag', chalk.green],
		['meta', chalk.gray],
		['tag', chalk.gray],
		['name', chalk.blue],
		['attr', chalk.cyan],
		['attribute', chalk.cyan],
		['variable', chalk.blue],
		// `this`, `console`: built_in in highlight.js 10.
		['variable.language', chalk.cyan],
		['bullet', chalk.yellow],
		['code', chalk.yellow],
		['emphasis', chalk.italic],
		['strong', chalk.bold],
		['link', chalk.underline],
		['quote', chalk.gray],
		['addition', chalk.green],
		['deletion', chalk.red],
	]);
}

/**
The theme's style for one span's class attribute (`hljs-title function_`): the full scope
first (`title.function`), else its first word as highlight.js 10 named it (`title`).
*/
export function styleFor(theme: ReadonlyMap<string, Style>, classes: string): Style | undefined {
	const [first = '', ...rest] = classes.split(' ');
	if (!first.startsWith('hljs-')) {
		// A sub-language wrapper (`language-xml`): its text keeps the plain style.
		return undefined;
	}

	const scope = first.slice(5);
	if (rest.length > 0) {
		const full = theme.get([scope, ...rest.map(part => part.replace(/_+$/, ''))].join('.'));
		if (full) {
			return full;
		}
	}

	return theme.get(/^\w*/.exec(scope)![0]);
}
