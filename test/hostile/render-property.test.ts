/**
What test/render/hostile.test.ts leaves out of its property: escapes in the header fields
(title, tags, date text), a base URL that relative links resolve against, a bound on each
input's time, and links that are well formed line by line: every OSC 8 link opened on a line is
closed on it, so a link never runs on over the rest of the screen.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {renderPost} from '../../source/render/render.js';
import {makePost} from '../render/helpers.js';
import {sequencesIn} from './escapes.js';
import {families} from './injections.js';

const sgr = /^\u001B\[[\d;]*m$/;
const osc8 = /^\u001B\]8;;([\u0021-\u007E]*)(?:\u0007|\u001B\\)$/;

/** Problems with the escapes in one rendered text: foreign sequences, or links left open on a line. */
function problems(text: string): string[] {
	const found: string[] = [];
	for (const [number, line] of text.split('\n').entries()) {
		let open = false;
		for (const {text: sequence} of sequencesIn(line)) {
			if (sgr.test(sequence)) {
				continue;
			}

			const link = osc8.exec(sequence);
			if (!link) {
				found.push(`line ${number}: foreign ${JSON.stringify(sequence)}`);
			} else if (link[1] === '') {
				open = false;
			} else {
				open = true;
			}
		}

		if (open) {
			found.push(`line ${number}: a link left open`);
		}
	}

	return found;
}

const injection = fc.constantFrom(...Object.values(families), '\u001B', '\u0007', '\u009C', '\u001B\\', '\u001B]8;;', '\u202E', '\r\n', '\t');
const word = fc.constantFrom('word', 'Überschrift', '漢字', '👨‍👩‍👧', 'e\u0301', 'x'.repeat(90), '');
const text = fc.array(fc.oneof(word, injection), {maxLength: 8}).map(parts => parts.join(' '));
const target = fc.oneof(
	fc.constantFrom('https://ok.example/a?b=c&d', '/relative/path', 'other.md', '#anchor', 'mailto:a@b.example', 'javascript:alert(1)', ''),
	text.map(inside => `https://x.example/${inside}`),
	text,
);
const block = fc.oneof(
	text.map(inside => `# ${inside}`),
	text,
	fc.tuple(text, target).map(([label, url]) => `[${label}](${url.replaceAll(')', '%29')})`),
	fc.tuple(text, target).map(([label, url]) => `![${label}](${url.replaceAll(')', '%29')})`),
	target.map(url => `<${url}>`),
	text.map(inside => `\`\`\`\n${inside}\n\`\`\``),
	text.map(inside => `> ${inside}\n> - ${inside}`),
	fc.tuple(text, text).map(([a, b]) => `| ${a} | b |\n|---|---|\n| ${b} | [l](${b}) |`),
);

test('property: hostile header fields, bodies and link targets render with our escapes only, links closed on their line', {timeout: 300_000}, async () => {
	await fc.assert(fc.asyncProperty(
		fc.record({
			title: text,
			tags: fc.array(text, {maxLength: 3}),
			body: fc.array(block, {maxLength: 10}).map(blocks => blocks.join('\n\n')),
			width: fc.integer({min: 2, max: 140}),
			color: fc.boolean(),
			links: fc.constantFrom('osc8', 'inline', 'references'),
			baseUrl: fc.option(fc.constantFrom('https://blog.example/', 'https://blog.example/sub/', `https://blog.example/${families['OSC 0 title']}/`), {nil: undefined}),
		}),
		async ({title, tags, body, width, color, links, baseUrl}) => {
			const post = makePost(body, 'markdown', {title, tags});
			const out = await renderPost(post, {width, color, links: links as 'osc8', baseUrl});
			assert.deepEqual(problems(out), []);
			if (!color) {
				assert.deepEqual(sequencesIn(out).map(({text: sequence}) => sequence).filter(sequence => sequence !== '\t'), []);
			}
		},
	), {numRuns: 250, timeout: 10_000, markInterruptAsFailure: true});
});
