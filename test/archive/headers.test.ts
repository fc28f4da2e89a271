import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {parse as parseYamlReal} from 'yaml';
import {parseAsciidocHeader} from '../../source/archive/headers/asciidoc.js';
import {parseJbakeHeader} from '../../source/archive/headers/jbake.js';
import {headerBody, splitHeader} from '../../source/archive/headers/split.js';
import {parseTomlHeader} from '../../source/archive/headers/toml.js';
import {parseSimpleYaml, parseYamlHeader} from '../../source/archive/headers/yaml.js';

test('JBake header: key=value lines up to the tildes, blank lines before them allowed', () => {
	const header = parseJbakeHeader('title=Hello = World\ndate=2017-02-03\ntags=a, b\n\n~~~~~~\n\n# Body\n');
	assert.equal(header.found, true);
	assert.deepEqual(header.meta, {title: 'Hello = World', date: '2017-02-03', tags: 'a, b'});
	assert.equal(header.body, '\n# Body\n');
});

test('JBake header without its tildes, or with a stray line, is no header and keeps the text', () => {
	for (const text of ['title=No end\ndate=2020-01-01\n\nBody.\n', 'title=x\nnot a property\n~~~~~~\nBody\n', '~~~~~~\nBody\n']) {
		const header = parseJbakeHeader(text);
		assert.equal(header.found, false);
		assert.deepEqual(header.meta, {});
		assert.equal(header.body, text);
	}
});

test('YAML front matter: values, lists and the body after it', () => {
	const header = parseYamlHeader('---\nTitle: "Quoted: yes"\ndate: 2019-09-30\ntags:\n  - one\n  - two\ndraft: true\n---\nBody\n');
	assert.equal(header.found, true);
	assert.deepEqual(header.meta, {title: 'Quoted: yes', date: '2019-09-30', tags: ['one', 'two'], draft: true});
	assert.equal(header.body, 'Body\n');
});

test('YAML front matter that is unclosed keeps the whole text; invalid keeps the body after it', () => {
	const unclosed = '---\ntitle: Never closed\n\nBody\n';
	assert.deepEqual(parseYamlHeader(unclosed), {found: false, meta: {}, body: unclosed});
	assert.deepEqual(parseYamlHeader('---\ntitle: [unclosed\n---\nBody\n'), {found: false, meta: {}, body: 'Body\n'});
	assert.deepEqual(parseYamlHeader('---\n- a list\n---\nBody\n'), {found: false, meta: {}, body: 'Body\n'});
});

test('TOML front matter, with dates and tables', () => {
	const header = parseTomlHeader('+++\ntitle = "T"\ndate = 2022-03-04\n[taxonomies]\ntags = ["a"]\n+++\n\nBody\n');
	assert.equal(header.found, true);
	assert.equal(header.meta['title'], 'T');
	assert.ok(header.meta['date'] instanceof Date);
	assert.deepEqual({...header.meta['taxonomies'] as object}, {tags: ['a']});
	assert.equal(header.body, '\nBody\n');
	assert.deepEqual(parseTomlHeader('+++\ntitle = \n+++\nBody\n'), {found: false, meta: {}, body: 'Body\n'});
	assert.equal(parseTomlHeader('+++\ntitle = "x"\n').found, false);
});

test('an AsciiDoc revision line that is only a date gives the post its date', () => {
	for (const line of ['2014-12-15', 'v2, 2014-12-15', '1.0: 2014-12-15']) {
		const header = parseAsciidocHeader(`= Title\nAna Lima\n${line}\n:jbake-type: post\n\nText.\n`);
		assert.equal(header.meta['date'], '2014-12-15', line);
	}
});

test('AsciiDoc attribute header: jbake attributes, document title, author and revision date', () => {
	const text = '= Doc Title\nJane Doe <jane@example.org>\nv1.0, 2019-10-01\n:jbake-type: post\n:jbake-tags: a, b\n:jbake-status: published\n:images: /img\n\nFirst paragraph {images}.\n';
	const header = parseAsciidocHeader(text);
	assert.equal(header.found, true);
	assert.deepEqual(header.meta, {type: 'post', tags: 'a, b', status: 'published', title: 'Doc Title', author: 'Jane Doe', date: '2019-10-01'});
	// The renderer still needs the title and the attributes the text refers to.
	assert.equal(header.body, '= Doc Title\nJane Doe <jane@example.org>\nv1.0, 2019-10-01\n:images: /img\n\nFirst paragraph {images}.\n');
});

test('AsciiDoc files without jbake attributes are not posts (attribute files for include::)', () => {
	assert.equal(parseAsciidocHeader(':images: /img\n:author: Jane\n').found, false);
	assert.equal(parseAsciidocHeader('= Just a Document\n\nText.\n').found, false);
	assert.equal(splitHeader('title=J\n~~~~~~\n\n= Inner\n', 'asciidoc').meta['title'], 'J');
});

test('splitHeader picks the header style by the first line', () => {
	assert.equal(splitHeader('---\ntitle: y\n---\n', 'markdown').meta['title'], 'y');
	assert.equal(splitHeader('+++\ntitle = "t"\n+++\n', 'markdown').meta['title'], 't');
	assert.equal(splitHeader('title=j\n~~~~~~\n', 'markdown').meta['title'], 'j');
	assert.equal(splitHeader('---\ntitle: y\n---\n', 'html').found, false);
	assert.equal(splitHeader('# Just Markdown\n', 'markdown').found, false);
});

test('the fast YAML path gives what the YAML parser gives, or leaves it to the parser', () => {
	const scalar = fc.oneof(
		fc.constantFrom('true', 'false', 'null', '~', 'yes', 'No', '0', '12', '-3', '1.5', '0x1F', '2019-09-30', '12:30', '"quoted"', '\'single\'', 'a: b', 'a #c', '#x', '[a, b]', '[]', '"a, b"', '&anchor', '*ref', '!tag x', '|', '>', '', ' spaced', 'it\'s', 'x,y'),
		fc.string({maxLength: 12}),
	);
	const line = fc.oneof(
		fc.tuple(fc.constantFrom('title', 'date', 'tags', 'draft', 'k-1', 'a_b'), scalar).map(([key, value]) => `${key}: ${value}`),
		scalar.map(value => `  - ${value}`),
		fc.constantFrom('', '# comment', 'key:', '  nested: x', '- top'),
	);
	fc.assert(fc.property(fc.array(line, {maxLength: 8}), lines => {
		const source = lines.join('\n');
		const fast = parseSimpleYaml(source);
		if (fast === null) {
			return;
		}

		let real: unknown;
		try {
			real = parseYamlReal(source, {uniqueKeys: false, logLevel: 'silent'}) ?? {};
		} catch {
			assert.fail(`fast path accepted YAML the parser rejects: ${JSON.stringify(source)}`);
		}

		assert.deepEqual(fast, real, JSON.stringify(source));
	}), {numRuns: 3000});
});

test('header parsers never throw and always keep some body, whatever the input', () => {
	const prefix = fc.constantFrom('', '---\n', '+++\n', '= T\n', ':jbake-type: post\n', 'title=x\n', '~~~~~~\n');
	const text = fc.tuple(prefix, fc.string({maxLength: 200}), prefix, fc.string({maxLength: 50})).map(parts => parts.join(''));
	fc.assert(fc.property(text, fc.constantFrom('markdown', 'asciidoc', 'html' as const), (input, format) => {
		const header = splitHeader(input, format);
		assert.equal(typeof header.body, 'string');
		assert.ok(header.body.length <= input.length);
		if (!header.found) {
			assert.deepEqual(header.meta, {});
		}
	}), {numRuns: 2000});
});

test('the body alone is the body splitHeader gives, for any header, broken or not', () => {
	const texts = [
		'---\ntitle: A\n---\nBody\n',
		'---\ntitle: [broken\n---\nBody after broken YAML\n',
		'---\ntitle: never closed\nBody\n',
		'--- \ntitle: A\n...\nEnded by dots\n',
		'+++\ntitle = "A"\n+++\nBody\n',
		'+++\ntitle = = broken\n+++  \nBody after broken TOML\n',
		'+++\ntitle = "never closed"\n',
		'title=JBake\n~~~~~~\nBody\n',
		'= AsciiDoc\n:date: 2020-01-01\n\nBody\n',
		'---\n---',
		'no header at all\n',
	];
	for (const format of ['markdown', 'asciidoc', 'html'] as const) {
		for (const text of texts) {
			assert.equal(headerBody(text, format), splitHeader(text, format).body, `${format}: ${JSON.stringify(text)}`);
		}
	}

	fc.assert(fc.property(fc.constantFrom('---', '+++', '--- ', '+++\t'), fc.string(), fc.constantFrom('---', '+++', '...', ''), fc.string(), (open, inner, close, body) => {
		const text = `${open}\n${inner}\n${close}\n${body}`;
		return headerBody(text, 'markdown') === splitHeader(text, 'markdown').body;
	}));
});
