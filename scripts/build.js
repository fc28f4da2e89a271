// Builds dist/: one esbuild bundle for the command line and one for each worker thread, split so
// that heavy modules (Ink, marked, the AsciiDoc converter) load on first need.
import {createHash} from 'node:crypto';
import {readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {join, posix} from 'node:path';
import {build} from 'esbuild';

const stub = name => `./source/${name}`;
const requireHere = createRequire(import.meta.url);

/**
A bundled package's file, changed at exact lines before it is bundled. A release that changes
those lines fails the build here, loudly, rather than quietly losing the change.
*/
function patched(name, filter, replacements, appended = '') {
	return {
		name,
		setup(esbuild) {
			esbuild.onLoad({filter}, async ({path}) => {
				let contents = await readFile(path, 'utf8');
				for (const [from, to] of replacements) {
					if (!contents.includes(from)) {
						throw new Error(`${name}: '${from.trim().split('\n')[0]}' not found in ${path}; update scripts/build.js`);
					}

					contents = contents.replace(from, to);
				}

				return {contents: contents + appended, loader: 'js'};
			});
		},
	};
}

/*
meow ships its dependencies pre-bundled in one file, so an alias cannot reach them. Two of them do
work when that file is imported although blog-reader never needs it on a normal start:
normalize-package-data sorts its SPDX licence tables (~15 ms) and @babel/code-frame builds its
tokenizer, used only to point at a syntax error in a package.json. Both become lazy (the same
code, run on first use), which leaves nothing calling them once meowGivenPackage below removes
meow's own reading of package.json: then they are not bundled at all. And a leftover
\`promisify(execFile)\`, whose value nothing keeps, imports node:child_process and dgram with it
on every start (~0.6 ms; net and the streams load anyway for stdout); it goes. The reader's own chunk still imports child_process, for its hand-offs.
*/
const lazyMeowDependencies = patched('lazy-meow-dependencies', /meow[\\/]build[\\/]dependencies\.js$/, [
	['var libExports = requireLib$1();', 'var libExports = {codeFrameColumns: (...a) => requireLib$1().codeFrameColumns(...a)};'],
	['var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
		'const normalizePackageData = (...a) => getDefaultExportFromCjs(requireNormalize())(...a);'],
	['import { execFile } from \'node:child_process\';\n', ''],
	['promisify(execFile);\n', ''],
]);

/*
meow reads package.json itself (a walk up from the bundle, a parse, and on a read of \`cli.pkg\`
normalize-package-data), unless it is given \`pkg\`. source/flags.ts gives it the fields it uses,
from BLOG_READER_PACKAGE below, so that code never runs; without its two calls here it is not in
the bundle either, where V8 still had to parse its ~100 KB (code-frame, semver, SPDX tables) on
every start of every command.
*/
const meowGivenPackage = patched('meow-given-package', /meow[\\/]build[\\/]options\.js$/, [
	['import { a as readPackageUpSync, n as normalizePackageData } from \'./dependencies.js\';\n', ''],
	['options.pkg ?? readPackageUpSync({\n\t\tcwd: path.dirname(fileURLToPath(options.importMeta.url)),\n\t\tnormalize: false,\n\t})?.packageJson', 'options.pkg'],
	['\t\t\tnormalizePackageData(pkg);\n', ''],
]);

/*
Ink turns every frame into output anew. Each line written was tokenized into styled characters
(@alcalzone/ansi-tokenize) in a cache that lived for one frame; then every line was written cell
by cell into a grid as wide and high as the terminal, and each row of the grid turned back into a
string, with the codes between each pair of neighbouring cells worked out. Typing in the list
redraws rows mostly drawn the frame before, and that was the largest part of a keystroke's time.

Now the cache outlives the frame (the same pure functions of the line; cleared when it grows
large), and a row is put together from its pieces: each line written to it, turned into a string
once and kept, with blanks between. Only a row whose pieces overlap (a later one drawn over an
earlier one, or one whose characters take more cells than its measured width) is still made cell
by cell as before (Ink's own \`get\` stays, renamed and unused, so a release that changes it
fails the build here). The text of a frame is the same either way, down to where each style starts
and ends. A line of characters one or two cells wide and SGR codes that closes what it opens is
its own piece, untokenized: the tokenizer gives back the same characters in the same styles (each
query's new rows were most of a keystroke's frame, ~0.5 ms a row on first use). Except where the
tokenizer is wrong: after a faint run inside bold text (a link's footnote number in a bold
paragraph, on the Rust blog), \`22\` then \`1\` turns bold back on, and its reduction of the codes
dropped that \`1\`, so the rest of the paragraph lost its bold. Such a line is now drawn as written.
*/
const inkOutputCacheAcrossFrames = patched('ink-output-cache-across-frames', /ink[\\/]build[\\/]output\.js$/, [
	['    caches = new OutputCaches();', '    caches = sharedOutputCaches();'],
	['    get() {', '    gridGet() {'],
], `
let shared;
function sharedOutputCaches() {
    if (shared === undefined || shared.styledChars.size + shared.widths.size + shared.pieces.size > 20000) {
        shared = new OutputCaches();
        shared.pieces = new Map();
    }
    return shared;
}
// A line as a row's piece: its own string (every style it opens closed at its end) and the cells it fills.
function pieceOf(caches, line) {
    let piece = caches.pieces.get(line);
    if (piece === undefined) {
        const cells = plainCells(caches, line);
        if (cells >= 0) {
            piece = {text: line, cells, characters: undefined};
        } else {
            const characters = caches.getStyledChars(line);
            let width = 0;
            for (const character of characters) {
                width += Math.max(1, caches.getStringWidth(character.value));
            }
            piece = {text: styledCharsToString(characters), cells: width, characters};
        }
        caches.pieces.set(line, piece);
    }
    return piece;
}
// What each SGR parameter opens (a bit) or closes (the bits it clears); anything else is left to the tokenizer.
const sgrOpens = new Map([[1, 1], [2, 2], [3, 4], [4, 8], [5, 16], [7, 32], [8, 64], [9, 128], [53, 256]]);
const sgrParameters = /^[\\d;]*$/;
const sgrCloses = new Map([[0, -1], [22, 3], [23, 4], [24, 8], [25, 16], [27, 32], [28, 64], [29, 128], [55, 256], [39, 512], [49, 1024]]);
/*
The cells of a line of characters that each take a cell or two (no surrogate pairs, nothing of no
width) and SGR codes, that leaves every style it opens closed: -1 for any other. Such a line is
already the string tokenizing it would give back (the same characters, each in the same style),
so its styled characters are made only if a row ever needs them (see gridRow). Most rows of a
list are such lines, and each query draws new ones.
*/
function plainCells(caches, line) {
    let cells = 0;
    let open = 0;
    for (let at = 0; at < line.length; at++) {
        const code = line.charCodeAt(at);
        if (code >= 0x20 && code < 0x7F) {
            cells++;
            continue;
        }
        if (code >= 0xA0 && (code < 0xD800 || code > 0xDFFF)) {
            const width = caches.getStringWidth(line[at]);
            if (width < 1) {
                return -1;
            }
            cells += width;
            continue;
        }
        if (code !== 0x1B || line.charCodeAt(at + 1) !== 0x5B) {
            return -1;
        }
        const end = line.indexOf('m', at + 2);
        const body = end < 0 ? '' : line.slice(at + 2, end);
        if (end < 0 || !sgrParameters.test(body)) {
            return -1;
        }
        const parameters = body.split(';');
        for (let index = 0; index < parameters.length; index++) {
            const parameter = Number(parameters[index] || '0');
            if (sgrOpens.has(parameter)) {
                open |= sgrOpens.get(parameter);
            } else if (sgrCloses.has(parameter)) {
                open &= ~sgrCloses.get(parameter);
            } else if ((parameter >= 30 && parameter <= 37) || (parameter >= 90 && parameter <= 97)) {
                open |= 512;
            } else if ((parameter >= 40 && parameter <= 47) || (parameter >= 100 && parameter <= 107)) {
                open |= 1024;
            } else if ((parameter === 38 || parameter === 48) && parameters[index + 1] === '5') {
                open |= parameter === 38 ? 512 : 1024;
                index += 2;
            } else if ((parameter === 38 || parameter === 48) && parameters[index + 1] === '2') {
                open |= parameter === 38 ? 512 : 1024;
                index += 4;
            } else {
                return -1;
            }
        }
        at = end;
    }
    return open === 0 ? cells : -1;
}
// The row as Ink's grid makes it: each piece's characters written over the cells in turn.
function gridRow(caches, writes) {
    const row = [];
    const blank = {type: 'char', value: ' ', fullWidth: false, styles: []};
    for (const {x, piece} of writes) {
        while (row.length < x) {
            row.push(blank);
        }
        let offsetX = x;
        for (const character of piece.characters ?? caches.getStyledChars(piece.text)) {
            row[offsetX] = character;
            const characterWidth = Math.max(1, caches.getStringWidth(character.value));
            for (let index = 1; index < characterWidth; index++) {
                row[offsetX + index] = {type: 'char', value: '', fullWidth: false, styles: character.styles};
            }
            offsetX += characterWidth;
        }
    }
    return styledCharsToString(row.filter(item => item !== undefined)).trimEnd();
}
function rowOf(caches, writes) {
    let text = '';
    let end = 0;
    for (const {x, piece} of writes) {
        if (x < end) {
            return gridRow(caches, writes);
        }
        text += ' '.repeat(x - end) + piece.text;
        end = x + piece.cells;
    }
    return text.trimEnd();
}
Output.prototype.get = function get() {
    const rows = [];
    for (let y = 0; y < this.height; y++) {
        rows.push([]);
    }
    const clips = [];
    for (const operation of this.operations) {
        if (operation.type === 'clip') {
            clips.push(operation.clip);
        }
        if (operation.type === 'unclip') {
            clips.pop();
        }
        if (operation.type === 'write') {
            const { text, transformers } = operation;
            let { x, y } = operation;
            let lines = text.split('\\n');
            const clip = clips.at(-1);
            if (clip) {
                const clipHorizontally = typeof clip?.x1 === 'number' && typeof clip?.x2 === 'number';
                const clipVertically = typeof clip?.y1 === 'number' && typeof clip?.y2 === 'number';
                if (clipHorizontally) {
                    const width = this.caches.getWidestLine(text);
                    if (x + width < clip.x1 || x > clip.x2) {
                        continue;
                    }
                }
                if (clipVertically) {
                    const height = lines.length;
                    if (y + height < clip.y1 || y > clip.y2) {
                        continue;
                    }
                }
                if (clipHorizontally) {
                    lines = lines.map(line => {
                        const from = x < clip.x1 ? clip.x1 - x : 0;
                        const width = this.caches.getStringWidth(line);
                        const to = x + width > clip.x2 ? clip.x2 - x : width;
                        return sliceAnsi(line, from, to);
                    });
                    if (x < clip.x1) {
                        x = clip.x1;
                    }
                }
                if (clipVertically) {
                    const from = y < clip.y1 ? clip.y1 - y : 0;
                    const height = lines.length;
                    const to = y + height > clip.y2 ? clip.y2 - y : height;
                    lines = lines.slice(from, to);
                    if (y < clip.y1) {
                        y = clip.y1;
                    }
                }
            }
            let offsetY = 0;
            for (let [index, line] of lines.entries()) {
                const writes = rows[y + offsetY];
                if (!writes) {
                    continue;
                }
                for (const transformer of transformers) {
                    line = transformer(line, index);
                }
                writes.push({x, piece: pieceOf(this.caches, line)});
                offsetY++;
            }
        }
    }
    return {
        output: rows.map(writes => rowOf(this.caches, writes)).join('\\n'),
        height: rows.length,
    };
};
`);

/*
Each frame's lines are made from styled characters by writing, between two characters, the codes
that turn the first one's style into the second's. That difference was worked out with three
sets and several arrays for every cell, although neighbouring characters nearly always share a
style. The characters of one run now share one list of codes (it is never changed once made),
and two neighbours whose codes are the same need nothing written between them: the same string,
without the work. Two lists of the same codes in another order still take the long way.
*/
const styledCharsShareStyles = patched('styled-chars-share-styles', /ansi-tokenize[\\/]build[\\/]styledChars\.js$/, [
	['                styles: [...codes],', '                styles: codes,'],
	['        else {\n            ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
		'        else if (!sameCodes(chars[i - 1].styles, char.styles)) {\n            ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));'],
	['        if (i === chars.length - 1) {', '        if (i === chars.length - 1 && char.styles.length > 0) {'],
], `
function sameCodes(from, to) {
    if (from === to) {
        return true;
    }
    if (from.length !== to.length) {
        return false;
    }
    for (let at = 0; at < from.length; at++) {
        if (from[at].code !== to[at].code) {
            return false;
        }
    }
    return true;
}
`);

/*
The sixel encoder's colour quantizer (UPNG.js, vendored by the sixel package) assigns an
undeclared global, `module.exports = UPNG = {}`, which throws in the strict mode of an ES module
bundle. Declaring it keeps the same code working.
*/
const sixelQuantizerGlobal = patched('sixel-quantizer-global', /sixel[\\/]upng\.js$/, [
	['module.exports = UPNG = {};', 'var UPNG; module.exports = UPNG = {};'],
]);

/*
node:process and node:fs are taken through \`require\`, not \`import\`. Node makes an ES module of
a built-in by reading every one of its exports, and some exports are getters that load more:
importing node:process took ~6.5 ms (process.report and what it loads), node:fs ~1.5 ms (its
streams); required, ~0.1 ms each. Each becomes an ES module of the built-in's values, read once
when it runs (as \`module.exports\`, esbuild would copy every export anew into each of the ~50
files importing one: ~3 ms at a reader's start). Its getters are left out, so they never run,
but for those named below, whose modules any ES module start has loaded already; importing any
other fails the build. The names are this Node's; one missing from a user's Node is undefined
there, as it would be. Only these two: each built-in so handled is a module, often a chunk, of
its own, and the others cost no more imported than required.
*/
const throughRequire = new Map([['fs', new Set(['promises', 'Dir', 'opendir', 'opendirSync'])], ['process', new Set()]]);

function builtinModule(path) {
	const builtin = requireHere(path);
	const getters = throughRequire.get(path.replace(/^node:/, ''));
	const names = Object.getOwnPropertyNames(builtin).filter(name => /^[A-Za-z_$][\w$]*$/.test(name)
		&& ('value' in Object.getOwnPropertyDescriptor(builtin, name) || getters.has(name)));
	return `const builtin = require(${JSON.stringify(path)});\nexport default builtin;\nexport const {${names.join(', ')}} = builtin;\n`;
}

const builtinsThroughRequire = {
	name: 'builtins-through-require',
	setup(esbuild) {
		esbuild.onResolve({filter: new RegExp(`^(?:node:)?(?:${[...throughRequire.keys()].join('|')})$`)}, ({path, kind}) => (kind === 'import-statement' ? {path, namespace: 'builtin'} : undefined));
		esbuild.onLoad({filter: /.*/, namespace: 'builtin'}, ({path}) => ({contents: builtinModule(path), loader: 'js'}));
	},
};

/*
The front-matter parsers and the HTML entity tables, each bundled alone as CommonJS in
dist/libraries/, for source/files/libraries.ts to require on first need. In the bundle their path is a mark
(BLOG_READER_LIBRARIES), made relative to each output file once all are written: the code that
loads them lands in whichever file esbuild puts it.
*/
const librariesMark = '@blog-reader-libraries@/';

async function placeLibraries(outputs) {
	await build({
		entryPoints: [{in: 'yaml', out: 'yaml'}, {in: 'smol-toml', out: 'smol-toml'}, {in: 'entities/decode', out: 'entities/decode'}],
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		minify: true,
		outdir: join('dist', 'libraries'),
		outExtension: {'.js': '.cjs'},
		logLevel: 'warning',
	});
	for (const output of outputs.filter(name => name.endsWith('.js'))) {
		const code = await readFile(output, 'utf8');
		if (code.includes(librariesMark)) {
			await writeFile(output, code.replaceAll(librariesMark, `${posix.relative(posix.dirname(output), 'dist/libraries')}/`));
		}
	}
}

/**
The build's name for the code it holds: a hash of every source file, the lock file and this
script. Files of ours kept between starts (a rendered post) are tied to it, so a new release
never serves what an older one made, though npm gives every release's files the same time.
*/
async function buildId() {
	const hash = createHash('sha256');
	const files = (await readdir('source', {recursive: true})).filter(name => name.endsWith('.ts')).sort();
	for (const name of [...files.map(file => join('source', file)), 'package-lock.json', 'scripts/build.js']) {
		hash.update(name).update('\0').update(await readFile(name)).update('\0');
	}

	return hash.digest('hex').slice(0, 16);
}

const id = await buildId();
// What meow shows of package.json (see meowGivenPackage).
const {name, version, description, bin} = JSON.parse(await readFile('package.json', 'utf8'));
const packageFields = {name, version, description, bin};
await rm('dist', {recursive: true, force: true});
const bundle = await build({
	entryPoints: ['source/cli.ts', 'source/archive/check/check-worker.ts', 'source/render/worker.ts', 'source/images/worker.ts'],
	bundle: true,
	splitting: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	outdir: 'dist',
	chunkNames: 'chunks/[name]-[hash]',
	define: {'process.env.NODE_ENV': '"production"', BLOG_READER_BUILD: JSON.stringify(id), BLOG_READER_PACKAGE: JSON.stringify(packageFields), BLOG_READER_LIBRARIES: JSON.stringify(librariesMark)},
	alias: {
		'react-devtools-core': stub('ui/terminal/devtools-stub.ts'),
		'cli-highlight': stub('render/bundle-stubs/cli-highlight.ts'),
		'node-emoji': stub('render/bundle-stubs/node-emoji.ts'),
		'cli-table3': stub('render/bundle-stubs/cli-table3.ts'),
		'supports-hyperlinks': stub('render/bundle-stubs/supports-hyperlinks.ts'),
		'string-width': stub('text/string-width-bundle.ts'),
	},
	// Some bundled packages are CommonJS and call require(); ESM output needs one made for it.
	banner: {js: 'import {createRequire as __cr} from \'node:module\'; const require = __cr(import.meta.url);'},
	plugins: [builtinsThroughRequire, lazyMeowDependencies, meowGivenPackage, inkOutputCacheAcrossFrames, styledCharsShareStyles, sixelQuantizerGlobal],
	logLevel: 'warning',
	metafile: true,
});
await placeLibraries(Object.keys(bundle.metafile.outputs));
