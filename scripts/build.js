// Builds dist/: one esbuild bundle for the command line and one for each worker thread, split so
// that heavy modules (Ink, marked, the AsciiDoc converter) load on first need.
import {readFile, rm} from 'node:fs/promises';
import {build} from 'esbuild';

const stub = name => `./source/${name}`;

/*
meow ships its dependencies pre-bundled in one file, so an alias cannot reach them. Two of them do
work when that file is imported although blog-reader never needs it on a normal start:
normalize-package-data sorts its SPDX licence tables (~15 ms) and @babel/code-frame builds its
tokenizer, used only to point at a syntax error in a package.json. Both become lazy: the same
code, run on first use. A meow release that changes these lines fails the build here, loudly,
rather than quietly getting slower.
*/
const lazyMeowDependencies = {
	name: 'lazy-meow-dependencies',
	setup(esbuild) {
		esbuild.onLoad({filter: /meow[\\/]build[\\/]dependencies\.js$/}, async ({path}) => {
			const eager = {
				'var libExports = requireLib$1();': 'var libExports = {codeFrameColumns: (...a) => requireLib$1().codeFrameColumns(...a)};',
				'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);':
					'const normalizePackageData = (...a) => getDefaultExportFromCjs(requireNormalize())(...a);',
			};
			let contents = await readFile(path, 'utf8');
			for (const [from, to] of Object.entries(eager)) {
				if (!contents.includes(from)) {
					throw new Error(`meow's bundled dependencies changed: '${from.split('\n')[0]}' not found; update scripts/build.js`);
				}

				contents = contents.replace(from, to);
			}

			return {contents, loader: 'js'};
		});
	},
};

/*
Ink turns every frame into output anew: each line written is tokenized into styled characters
(@alcalzone/ansi-tokenize), in a cache that lives for one frame. Typing in the list redraws rows
mostly drawn the frame before, and that tokenizing was the largest part of a keystroke's time.
The cache now outlives the frame (the same pure functions of the line; cleared when it grows
large). The styled characters are only read once made, never changed, so sharing them is safe.
*/
const inkOutputCacheAcrossFrames = {
	name: 'ink-output-cache-across-frames',
	setup(esbuild) {
		esbuild.onLoad({filter: /ink[\\/]build[\\/]output\.js$/}, async ({path}) => {
			const from = '    caches = new OutputCaches();';
			let contents = await readFile(path, 'utf8');
			if (!contents.includes(from)) {
				throw new Error(`ink's output.js changed: '${from.trim()}' not found; update scripts/build.js`);
			}

			contents = contents.replace(from, '    caches = sharedOutputCaches();') + `
let shared;
function sharedOutputCaches() {
    if (shared === undefined || shared.styledChars.size + shared.widths.size > 20000) {
        shared = new OutputCaches();
    }
    return shared;
}
`;
			return {contents, loader: 'js'};
		});
	},
};

/*
The sixel encoder's colour quantizer (UPNG.js, vendored by the sixel package) assigns an
undeclared global, `module.exports = UPNG = {}`, which throws in the strict mode of an ES module
bundle. Declaring it keeps the same code working.
*/
const sixelQuantizerGlobal = {
	name: 'sixel-quantizer-global',
	setup(esbuild) {
		esbuild.onLoad({filter: /sixel[\\/]upng\.js$/}, async ({path}) => {
			const from = 'module.exports = UPNG = {};';
			const contents = await readFile(path, 'utf8');
			if (!contents.includes(from)) {
				throw new Error(`sixel's upng.js changed: '${from}' not found; update scripts/build.js`);
			}

			return {contents: contents.replace(from, 'var UPNG; module.exports = UPNG = {};'), loader: 'js'};
		});
	},
};

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
	plugins: [lazyMeowDependencies, inkOutputCacheAcrossFrames, sixelQuantizerGlobal],
	logLevel: 'warning',
});
