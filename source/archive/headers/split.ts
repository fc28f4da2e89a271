import type {PostFormat} from '../post.js';
import {parseAsciidocHeader} from './asciidoc.js';
import type {Header} from './header.js';
import {parseJbakeHeader} from './jbake.js';
import {parseTomlHeader} from './toml.js';
import {parseYamlHeader} from './yaml.js';

export type {Header} from './header.js';

/**
Splits a post's text into its header and body by the header style its first line announces.
Never throws: anything unreadable is `found: false` with the text kept.
*/
export function splitHeader(text: string, format: PostFormat): Header {
	if (format === 'markdown') {
		if (text.startsWith('---')) {
			return parseYamlHeader(text);
		}

		if (text.startsWith('+++')) {
			return parseTomlHeader(text);
		}

		return parseJbakeHeader(text);
	}

	const jbake = parseJbakeHeader(text);
	if (jbake.found || format === 'html') {
		return jbake;
	}

	return parseAsciidocHeader(text);
}
