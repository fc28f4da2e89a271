import type {ChalkInstance} from 'chalk';
import {decodeEntities} from '../text/entities.js';
import {cleanUrl, displayUrl, hyperlink, isPostReference, withoutHyperlinks} from './links.js';
import {current, plainOf} from './markdown-pass.js';
import {gluedSpace} from './wrap-pieces.js';

/**
How a Markdown link, image and heading look: a link by the style asked for (OSC 8, `text (url)`
or `text [n]` with the number glued to its text), an image as `[image: alt]` and its link, a
heading by its level. Each leaves its marker for the document's structure.
*/

export function headingStyle(level: number, chalk: ChalkInstance): (text: string) => string {
	switch (level) {
		case 1: {
			return chalk.magenta.bold.underline;
		}

		case 2: {
			return chalk.green.bold;
		}

		case 3: {
			return chalk.cyan.bold;
		}

		default: {
			return chalk.yellow;
		}
	}
}

export function renderLink(text: string, href: string, chalk: ChalkInstance, image: boolean): string {
	const {options, collector, references} = current();
	const target = displayUrl(href);
	const label = withoutHyperlinks(text);
	const visible = plainOf(label);
	if (target === '' || target.startsWith('#')) {
		// An anchor in the same post: its text is what a reader needs; the record says where it jumps.
		const anchor = target.slice(1);
		return collector.link({number: 0, text: visible, target, anchor}) + chalk.underline(label);
	}

	const number = references.add(target);
	const mark = collector.link({number, text: visible || target, target});
	if (!image && (visible.endsWith(`[${number}]`) || visible.endsWith(`(${target})`))) {
		// A link around an image of the same target (a thumbnail opening itself): shown once.
		return mark + label;
	}

	const bare = !image && (visible === '' || visible === target || `mailto:${visible}` === target);
	const style = options.color ? options.links : (options.links === 'osc8' ? 'inline' : options.links);
	const numbered = `${gluedSpace}${chalk.dim(`[${number}]`)}`;
	// An image's line stays its alt text and link: the picture is drawn right under it.
	const shownNumber = options.numberLinks && !image ? numbered : '';
	if (style === 'osc8') {
		const url = cleanUrl(target, isPostReference(target) ? undefined : options.baseUrl);
		return mark + hyperlink(url, chalk.blue.underline(bare ? target : label)) + shownNumber;
	}

	if (bare) {
		return mark + chalk.blue.underline(target) + shownNumber;
	}

	if (style === 'inline') {
		return `${mark}${chalk.blue(label)}${shownNumber} ${chalk.dim(`(${target})`)}`;
	}

	return `${mark}${chalk.blue(label)}${numbered}`;
}

export function renderImage(alt: string, href: string, chalk: ChalkInstance): string {
	const source = displayUrl(href);
	const name = alt.trim() || decodeEntities(source.split(/[?#]/)[0]!.split('/').pop() ?? '').trim();
	const label = name ? `[image: ${name}]` : '[image]';
	return current().collector.image({alt: alt.trim(), source}) + renderLink(label, href, chalk, true);
}
