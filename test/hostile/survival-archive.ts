/**
An archive of files a reader must survive: the shared hostile archive (broken headers, empty
and header-only files, binaries, Latin-1, CP1252, BOM, CRLF, NUL, odd names, link loops) plus
size and shape extremes. Written by the tests into a temp folder.
*/
import {mkdirSync, symlinkSync} from 'node:fs';
import {join} from 'node:path';
import {writeHostileArchive} from '../fixtures/hostile.js';
import {writeTree} from '../fixtures/tree.js';

export function writeSurvivalArchive(dir: string): string {
	writeHostileArchive(dir);
	const paragraph = 'Some **bold** text, a [link](https://example.com/x), `code` and words. '.repeat(20);
	writeTree(dir, {
		'big/several-megabytes.md': `# Several megabytes\n\n${`${paragraph}\n\n`.repeat(Math.ceil(4 * 1024 * 1024 / paragraph.length))}`,
		'big/long-line.md': `# One long line\n\n${'x'.repeat(2 * 1024 * 1024)}\n`,
		'big/long-words.md': `# Long words\n\n${Array.from({length: 200}, () => 'y'.repeat(5000)).join(' ')}\n`,
		'deep/quotes.md': `# Deep quotes\n\n${'>'.repeat(10_000)} bottom of the quotes\n`,
		'deep/quote-lines.md': `# Quote staircase\n\n${Array.from({length: 3000}, (_, i) => `${'> '.repeat(i)}step ${i}`).join('\n')}\n`,
		'deep/lists.md': `# Deep lists\n\n${Array.from({length: 3000}, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`,
		'deep/brackets.md': `# Brackets\n\n${'['.repeat(50_000)}x${']'.repeat(50_000)}\n\n${'*'.repeat(50_000)}\n`,
		'long-title.md': `---\ntitle: "${'Very long title '.repeat(5000)}"\ndate: 2022-02-02\ntags: [${Array.from({length: 500}, (_, i) => `tag${i}`).join(', ')}]\n---\n\nBody.\n`,
		'long-cjk-title.md': `---\ntitle: "${'漢字のとても長いタイトル'.repeat(8000)}"\n---\n\nBody.\n`,
		'scripts.md': '---\ntitle: "漢字のタイトル 😀👨‍👩‍👧 שלום עולם مرحبا"\ndate: 2022-03-03\ntags: [日本語, émoji😀, עברית]\n---\n\n中文段落，很长很长的句子。'.concat('漢字かな交じり文'.repeat(200), '\n\nשלום עולם, זה טקסט מימין לשמאל. مرحبا بالعالم.\n\n', '👍🏽🎉 '.repeat(300), '\n\nCombining: e\u0301\u0301\u0301\u0301 Z\u0335\u0321\u0322a\u0336lgo\n'),
		'invalid-utf8.md': Buffer.concat([Buffer.from('# Invalid UTF-8\n\nbefore '), Buffer.from([0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0xFF, 0xFE]), Buffer.from(' after\n')]),
		'random-bytes.md': Buffer.from(Array.from({length: 4096}, (_, i) => ((i * 7919) % 255) + 1)),
		'jbake.txt': 'title=A text file with a JBake header\ndate=2019-01-01\n~~~~~~\n\nPlain text post.\n',
		'headers/unclosed-toml.md': '+++\ntitle = "never closed"\n\nbody\n',
		'headers/only-dashes.md': '---\n---\n',
		'headers/only-tildes.md': '~~~~~~\n',
		'headers/yaml-bomb.md': `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\ntitle: Billion laughs\n---\n\nbody\n`,
		'headers/deep-yaml.md': `---\ntitle: ${'['.repeat(5000)}\n---\n\nbody\n`,
		'odd names/tab\there.md': '# Tab in the name\n\ntext\n',
		'odd names/-starts-with-dash.md': '# Dash name\n\ntext\n',
		'odd names/ünïcödé ñame.md': '# Unicode name\n\ntext\n',
		'odd names/trailing space .md': '# Trailing space\n\ntext\n',
	});
	mkdirSync(join(dir, 'loops'), {recursive: true});
	symlinkSync('b', join(dir, 'loops', 'a'));
	symlinkSync('a', join(dir, 'loops', 'b'));
	symlinkSync('..', join(dir, 'loops', 'parent'));
	return dir;
}
