// Builds dist/: one esbuild bundle for the command line and one for each worker thread, split so
// that heavy modules (Ink, marked, the AsciiDoc converter) load on first need.
import {readFile, rm} from 'node:fs/promises';
import {build} from 'esbuild';

const stub = name => `./source/${name}`;

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
tokenizer, used only to point at a syntax error in a package.json. Both become lazy: the same
code, run on first use.
*/
const lazyMeowDependencies = patched('lazy-meow-dependencies', /meow[\\/]build[\\/]dependencies\.js$/, [
	['var libExports = requireLib$1();', 'var libExports = {codeFrameColumns: (...a) => requireLib$1().codeFrameColumns(...a)};'],
	['var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
		'const normalizePackageData = (...a) => getDefaultExportFromCjs(requireNormalize())(...a);'],
]);

/*
Ink turns every frame into output anew: each line written is tokenized into styled characters
(@alcalzone/ansi-tokenize), in a cache that lives for one frame. Typing in the list redraws rows
mostly drawn the frame before, and that tokenizing was the largest part of a keystroke's time.
The cache now outlives the frame (the same pure functions of the line; cleared when it grows
large). The styled characters are only read once made, never changed, so sharing them is safe;
for the same reason every blank cell of a frame is one shared object, not one made per cell.
*/
const inkOutputCacheAcrossFrames = patched('ink-output-cache-across-frames', /ink[\\/]build[\\/]output\.js$/, [
	['    caches = new OutputCaches();', '    caches = sharedOutputCaches();'],
	[`                row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });`, '                row.push(blankCell);'],
], `
let shared;
function sharedOutputCaches() {
    if (shared === undefined || shared.styledChars.size + shared.widths.size > 20000) {
        shared = new OutputCaches();
    }
    return shared;
}
const blankCell = {type: 'char', value: ' ', fullWidth: false, styles: []};
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

await rm('dist', {recursive: true, force: true});
await build({
	entryPoints: ['source/cli.ts', 'source/archive/check/check-worker.ts', 'source/render/worker.ts', 'source/images/worker.ts'],
	bundle: true,
	splitting: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	outdir: 'dist',
	chunkNames: 'chunks/[name]-[hash]',
	define: {'process.env.NODE_ENV': '"production"'},
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
	plugins: [lazyMeowDependencies, inkOutputCacheAcrossFrames, styledCharsShareStyles, sixelQuantizerGlobal],
	logLevel: 'warning',
});
