import {test} from 'node:test';
import {parseAsciidocHeader} from '../../source/archive/headers/asciidoc.js';
import {parseJbakeHeader} from '../../source/archive/headers/jbake.js';
import {splitHeader} from '../../source/archive/headers/split.js';
import {parseTomlHeader} from '../../source/archive/headers/toml.js';
import {parseYaml, parseYamlHeader, configLimits} from '../../source/archive/headers/yaml.js';
import {asList} from '../../source/archive/fields/values.js';
import {parseProperties} from '../../source/archive/site/site.js';
import {assertLinear} from '../helpers/growth.js';

// Each header parser, on families of inputs that grow one way (more keys, longer values, longer
// lists, longer runs of spaces, more lines before a fence): 4x the input may cost at most ~8x
// the time. A quadratic step anywhere (a search inside a loop, a backtracking pattern) is 16x.
const bounded = {timeout: 120_000};
const body = '\nBody.\n';
const range = (count: number): number[] => Array.from({length: count}, (_, index) => index);
const withTags = (header: ReturnType<typeof splitHeader>): number => asList(header.meta['tags']).length;

const families: ReadonlyArray<readonly [string, (size: number) => string, (text: string) => unknown, number]> = [
	// YAML front matter, the simple path and the library's.
	['yaml: many keys', n => `---\n${range(n).map(i => `key${i}: value ${i}`).join('\n')}\n---${body}`, parseYamlHeader, 100],
	['yaml: a long flow list of tags', n => `---\ntags: [${range(n).map(i => `t${i}`).join(', ')}]\n---${body}`, text => withTags(parseYamlHeader(text)), 200],
	['yaml: a long block list of tags', n => `---\ntags:\n${range(n).map(i => `  - t${i}`).join('\n')}\n---${body}`, text => withTags(parseYamlHeader(text)), 200],
	['yaml: a comma list of tags', n => `---\ntags: ${range(n).map(i => `t${i}`).join(', ')}\n---${body}`, text => withTags(parseYamlHeader(text)), 200],
	['yaml: a run of spaces inside a value', n => `---\ntitle: a${' '.repeat(n)}b\n---${body}`, parseYamlHeader, 2000],
	['yaml: a quoted value with escapes', n => `---\ntitle: "${'\\"x'.repeat(n)}"\n---${body}`, parseYamlHeader, 500],
	['yaml: front matter never closed', n => `---\n${'title: x\n'.repeat(n)}`, parseYamlHeader, 500],
	['yaml: a site config', n => `${range(n).map(i => `key${i}:\n  nested: [a, b]\n  other: "v${i}"`).join('\n')}\n`, text => parseYaml(text, configLimits), 50],
	// TOML front matter (Hugo, Zola).
	['toml: many keys', n => `+++\n${range(n).map(i => `key${i} = "value ${i}"`).join('\n')}\n+++${body}`, parseTomlHeader, 100],
	['toml: a long array of tags', n => `+++\ntags = [${range(n).map(i => `"t${i}"`).join(', ')}]\n+++${body}`, text => withTags(parseTomlHeader(text)), 200],
	['toml: many tables', n => `+++\n${range(n).map(i => `[t${i}]\nk = ${i}`).join('\n')}\n+++${body}`, parseTomlHeader, 100],
	['toml: a long string', n => `+++\ntitle = "${'ab '.repeat(n)}"\n+++${body}`, parseTomlHeader, 1000],
	['toml: never closed', n => `+++\n${'title = "x"\n'.repeat(n)}`, parseTomlHeader, 500],
	// JBake properties headers and jbake.properties.
	['jbake: a long value', n => `title=${'word '.repeat(n)}\n~~~~~~${body}`, parseJbakeHeader, 1000],
	['jbake: a long comma list of tags', n => `tags=${range(n).map(i => `t${i}`).join(',')}\n~~~~~~${body}`, text => withTags(parseJbakeHeader(text)), 200],
	['jbake: a run of spaces before =', n => `title${' '.repeat(n)}=x\n~~~~~~${body}`, parseJbakeHeader, 2000],
	['jbake: no separator, long lines', n => `title=${'x'.repeat(n)}\n`.repeat(50), parseJbakeHeader, 200],
	['jbake.properties: many lines', n => range(n).map(i => `key${i}=value ${i}`).join('\n'), parseProperties, 200],
	['jbake.properties: a run of spaces', n => `key${' '.repeat(n)}\u2028=${' '.repeat(n)}x`, parseProperties, 2000],
	// AsciiDoc document headers.
	['asciidoc: many attributes', n => `= Title\n${range(n).map(i => `:jbake-k${i}: value ${i}`).join('\n')}\n${body}`, parseAsciidocHeader, 100],
	['asciidoc: a long attribute value with spaces', n => `= Title\n:jbake-title: a${' '.repeat(n)}b${' '.repeat(n)}\n${body}`, parseAsciidocHeader, 2000],
	['asciidoc: a long tag list', n => `= Title\n:jbake-tags: ${range(n).map(i => `t${i}`).join(', ')}\n${body}`, text => withTags(parseAsciidocHeader(text)), 200],
	['asciidoc: a long title', n => `= ${'Word '.repeat(n)}\n:jbake-type: post\n${body}`, parseAsciidocHeader, 1000],
	['asciidoc: many comment lines first', n => `${'// comment\n'.repeat(n)}= Title\n:jbake-type: post\n${body}`, parseAsciidocHeader, 500],
];

for (const [name, make, parse, size] of families) {
	test(`${name}: time grows linearly with the input`, bounded, () => {
		assertLinear(name, make, parse as (input: never) => unknown, {size});
	});
}

test('splitHeader picks the parser in constant time: a huge body after a small header', bounded, () => {
	assertLinear('markdown body', n => `---\ntitle: x\n---\n${'Some words here.\n'.repeat(n)}`, (text: string) => splitHeader(text, 'markdown'), {size: 2000});
	assertLinear('asciidoc body', n => `= Title\n:jbake-type: post\n\n${'Some words here.\n'.repeat(n)}`, (text: string) => splitHeader(text, 'asciidoc'), {size: 2000});
});
