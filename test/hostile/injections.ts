/**
An archive with an escape sequence of every family in every place text comes from: header
fields, body Markdown of every kind, file names and the archive folder's own name. Written by
the tests into a temp folder.
*/
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {writeTree} from '../fixtures/tree.js';

const esc = '\u001B';
const bel = '\u0007';
const st = `${esc}\\`;

/** One sample per family; each leaves a distinctive word behind if it is cut only in part. */
export const families: Readonly<Record<string, string>> = {
	'CSI clear screen': `${esc}[2J${esc}[3J`,
	'OSC 0 title': `${esc}]0;PWNTITLE${bel}`,
	'OSC 2 title': `${esc}]2;PWNTITLE${st}`,
	'OSC 52 clipboard': `${esc}]52;c;cm0gLXJmIH4K${bel}`,
	'OSC 8 hyperlink': `${esc}]8;;https://evil.example/PWNLINK${st}`,
	'DCS string': `${esc}P1$qm${st}${esc}Pq#0;2;0;0;0#0!10~${st}`,
	'8-bit CSI': '\u009B2J\u009B1;1H',
	'8-bit OSC': '\u009D2;PWNTITLE\u009C',
	'carriage return': 'HIDDEN\rshown',
	'backspace': 'X\b\b\b',
};

/** Every family in one string. */
export const allFamilies = Object.values(families).join('');

/** Words the sequences carry as their payload: never visible if the whole sequence was removed. */
export const payloadWords = ['PWNTITLE', 'PWNLINK', 'cm0gLXJmIH4K'];

const yamlQuoted = (text: string): string => `"${text
	.replaceAll('\\', '\\\\')
	.replaceAll('"', '\\"')
	.replaceAll(esc, '\\e')
	.replaceAll(bel, '\\a')
	.replaceAll('\b', '\\b')
	.replaceAll('\r', '\\r')
	.replaceAll(/[\u0080-\u009F]/g, character => `\\x${character.codePointAt(0)!.toString(16)}`)}"`;

/** A Markdown body with the given injection in every construct a renderer treats differently. */
export function hostileBody(inject: string, word: string): string {
	return [
		`# Heading ${word} ${inject}`,
		`Paragraph ${word} ${inject} with **bold ${inject}** and _emphasis ${inject}_ and \`code ${inject}\`.`,
		`[link ${word} ${inject}](https://ok.example/${inject}path) and <https://auto.example/${inject}>`,
		`![alt ${word} ${inject}](https://img.example/${inject}.png "title ${inject}")`,
		'```js',
		`const ${word} = "${inject}";`,
		'```',
		'',
		`    indented code ${inject}`,
		`> quote ${word} ${inject}`,
		`- item ${word} ${inject}\n  - nested [l ${inject}](http://x.example/${inject})`,
		`| head ${inject} | b |\n|---|---|\n| cell ${word} ${inject} | [t](https://t.example/${inject}) |`,
		`<span title="${inject}">html ${word} ${inject}</span>`,
		`[ref ${word}][r]\n\n[r]: https://ref.example/${inject}`,
		`Final ${word} line.`,
	].join('\n\n');
}

export interface InjectionArchive {
	/** The archive folder; its own name carries escapes too. */
	readonly root: string;
	/** Slugs of the posts whose header fields carry every family. */
	readonly slugs: readonly string[];
	/** A word each post's title keeps, to find it in output. */
	readonly titles: readonly string[];
}

/**
Writes the archive under `parent`. JBake headers carry the bytes raw; YAML carries them as
escapes the YAML parser decodes; the file names carry them as names.
*/
export function writeInjectionArchive(parent: string): InjectionArchive {
	const root = join(parent, `blog ${esc}]0;PWNTITLE${bel}\u009B2J name`);
	mkdirSync(root, {recursive: true});
	writeTree(root, {
		'raw-jbake.md': [
			`title=Rawtitle ${allFamilies} end`,
			'date=2021-01-01',
			`tags=rawtag${families['OSC 52 clipboard']}, other${families['8-bit OSC']}tag`,
			`summary=Rawsummary ${allFamilies}`,
			`author=Rawauthor ${allFamilies}`,
			'~~~~~~',
			'',
			hostileBody(allFamilies, 'Rawbody'),
		].join('\n'),
		'yaml-escaped.md': [
			'---',
			`title: ${yamlQuoted(`Yamltitle ${allFamilies} end`)}`,
			'date: 2021-02-02',
			`tags: [${yamlQuoted(`yamltag${families['CSI clear screen']}`)}, ${yamlQuoted(`t${families['DCS string']}`)}]`,
			`description: ${yamlQuoted(`Yamlsummary ${allFamilies}`)}`,
			`authors: [${yamlQuoted(`Yamlauthor ${allFamilies}`)}]`,
			'---',
			'',
			hostileBody(allFamilies, 'Yamlbody'),
		].join('\n'),
		// No header: title from the first heading, summary from the first paragraph.
		'headless.md': hostileBody(allFamilies, 'Headlessbody'),
		[`name ${esc}]0;PWNTITLE${bel}${esc}[2J\u009D2;PWNTITLE\u009C.md`]: '# Filetitle\n\nFile name post.\n',
		// A file the loader skips: its warning names it.
		[`skipped ${esc}]52;c;cm0gLXJmIH4K${bel}${esc}[2J.md`]: new Uint8Array([0x89, 0x50, 0x00, 0x00, 0x01]),
	});
	// One name with a raw 8-bit CSI byte, not valid UTF-8.
	writeFileSync(Buffer.concat([Buffer.from(`${root}/raw-byte-`), Buffer.from([0x9B]), Buffer.from('2J.md')]), '# Bytename\n\nA name that is not UTF-8.\n');
	return {
		root,
		slugs: ['raw-jbake', 'yaml-escaped', 'headless'],
		titles: ['Rawtitle', 'Yamltitle', 'Heading Headlessbody', 'Filetitle', 'Bytename'],
	};
}
