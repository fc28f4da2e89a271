import type {PostFormat} from '../post.js';
import {parseAsciidocHeader} from './asciidoc.js';
import type {Header} from './header.js';
import {parseJbakeHeader} from './jbake.js';
import {parseTomlHeader, tomlBodyStart} from './toml.js';
import {parseYamlHeader, yamlBodyStart} from './yaml.js';

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

/**
The body `splitHeader` gives, without parsing front matter whose end its fence marks: a post
whose fields are known (from the index) needs only its body, and a YAML or TOML parser is a
library to load for that (TOML's always).
*/
export function headerBody(text: string, format: PostFormat): string {
	if (format === 'markdown' && text.startsWith('---')) {
		return text.slice(yamlBodyStart(text));
	}

	if (format === 'markdown' && text.startsWith('+++')) {
		return text.slice(tomlBodyStart(text));
	}

	return splitHeader(text, format).body;
}
