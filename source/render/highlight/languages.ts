import type {LanguageFn} from 'highlight.js';
import plaintext from 'highlight.js/lib/languages/plaintext';
import awk from 'highlight.js/lib/languages/awk';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import clojure from 'highlight.js/lib/languages/clojure';
import cmake from 'highlight.js/lib/languages/cmake';
import cpp from 'highlight.js/lib/languages/cpp';
import csharp from 'highlight.js/lib/languages/csharp';
import css from 'highlight.js/lib/languages/css';
import dart from 'highlight.js/lib/languages/dart';
import diff from 'highlight.js/lib/languages/diff';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import dos from 'highlight.js/lib/languages/dos';
import elixir from 'highlight.js/lib/languages/elixir';
import elm from 'highlight.js/lib/languages/elm';
import erlang from 'highlight.js/lib/languages/erlang';
import fsharp from 'highlight.js/lib/languages/fsharp';
import go from 'highlight.js/lib/languages/go';
import gradle from 'highlight.js/lib/languages/gradle';
import graphql from 'highlight.js/lib/languages/graphql';
import groovy from 'highlight.js/lib/languages/groovy';
import haskell from 'highlight.js/lib/languages/haskell';
import ini from 'highlight.js/lib/languages/ini';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import julia from 'highlight.js/lib/languages/julia';
import kotlin from 'highlight.js/lib/languages/kotlin';
import latex from 'highlight.js/lib/languages/latex';
import less from 'highlight.js/lib/languages/less';
import lisp from 'highlight.js/lib/languages/lisp';
import lua from 'highlight.js/lib/languages/lua';
import makefile from 'highlight.js/lib/languages/makefile';
import markdown from 'highlight.js/lib/languages/markdown';
import matlab from 'highlight.js/lib/languages/matlab';
import nginx from 'highlight.js/lib/languages/nginx';
import nix from 'highlight.js/lib/languages/nix';
import objectivec from 'highlight.js/lib/languages/objectivec';
import ocaml from 'highlight.js/lib/languages/ocaml';
import perl from 'highlight.js/lib/languages/perl';
import php from 'highlight.js/lib/languages/php';
import phpTemplate from 'highlight.js/lib/languages/php-template';
import powershell from 'highlight.js/lib/languages/powershell';
import properties from 'highlight.js/lib/languages/properties';
import protobuf from 'highlight.js/lib/languages/protobuf';
import python from 'highlight.js/lib/languages/python';
import pythonRepl from 'highlight.js/lib/languages/python-repl';
import r from 'highlight.js/lib/languages/r';
import ruby from 'highlight.js/lib/languages/ruby';
import rust from 'highlight.js/lib/languages/rust';
import scala from 'highlight.js/lib/languages/scala';
import scheme from 'highlight.js/lib/languages/scheme';
import scss from 'highlight.js/lib/languages/scss';
import shell from 'highlight.js/lib/languages/shell';
import sql from 'highlight.js/lib/languages/sql';
import swift from 'highlight.js/lib/languages/swift';
import typescript from 'highlight.js/lib/languages/typescript';
import vbnet from 'highlight.js/lib/languages/vbnet';
import vim from 'highlight.js/lib/languages/vim';
import x86asm from 'highlight.js/lib/languages/x86asm';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';

/**
The grammars a blog's code blocks use, out of highlight.js's 190: the library's own common set
plus the usual build, config and functional languages. A grammar's definition runs only when a
block first asks for it (see registry.ts), so each one here costs its parse, not its setup.
*/

export interface Grammar {
	readonly define: LanguageFn;
	/** Other names for it in a fence's info string (the grammar's own aliases). */
	readonly aliases: readonly string[];
	/** Grammars it embeds by name (JSX holds XML, HTML holds CSS and JavaScript...). */
	readonly embeds?: readonly string[];
}

export const grammars: Readonly<Record<string, Grammar>> = {
	awk: {define: awk, aliases: []},
	bash: {define: bash, aliases: ['sh', 'zsh']},
	c: {define: c, aliases: ['h']},
	clojure: {define: clojure, aliases: ['clj', 'edn']},
	cmake: {define: cmake, aliases: ['cmake.in']},
	cpp: {define: cpp, aliases: ['cc', 'c++', 'h++', 'hpp', 'hh', 'hxx', 'cxx']},
	csharp: {define: csharp, aliases: ['cs', 'c#']},
	css: {define: css, aliases: []},
	dart: {define: dart, aliases: [], embeds: ['markdown']},
	diff: {define: diff, aliases: ['patch']},
	dockerfile: {define: dockerfile, aliases: ['docker'], embeds: ['bash']},
	dos: {define: dos, aliases: ['bat', 'batch', 'cmd']},
	elixir: {define: elixir, aliases: ['ex', 'exs']},
	elm: {define: elm, aliases: []},
	erlang: {define: erlang, aliases: ['erl']},
	fsharp: {define: fsharp, aliases: ['fs', 'f#']},
	go: {define: go, aliases: ['golang']},
	gradle: {define: gradle, aliases: []},
	graphql: {define: graphql, aliases: ['gql']},
	groovy: {define: groovy, aliases: []},
	haskell: {define: haskell, aliases: ['hs']},
	ini: {define: ini, aliases: ['toml']},
	java: {define: java, aliases: ['jsp']},
	javascript: {define: javascript, aliases: ['js', 'jsx', 'mjs', 'cjs'], embeds: ['xml', 'css', 'graphql']},
	json: {define: json, aliases: ['jsonc', 'json5']},
	julia: {define: julia, aliases: []},
	kotlin: {define: kotlin, aliases: ['kt', 'kts', 'ktm', 'ktx']},
	latex: {define: latex, aliases: ['tex']},
	less: {define: less, aliases: []},
	lisp: {define: lisp, aliases: []},
	lua: {define: lua, aliases: ['pluto']},
	makefile: {define: makefile, aliases: ['mk', 'mak', 'make']},
	markdown: {define: markdown, aliases: ['md', 'mkdown', 'mkd'], embeds: ['xml']},
	matlab: {define: matlab, aliases: []},
	nginx: {define: nginx, aliases: ['nginxconf']},
	nix: {define: nix, aliases: ['nixos'], embeds: ['markdown']},
	objectivec: {define: objectivec, aliases: ['mm', 'objc', 'obj-c', 'obj-c++', 'objective-c++']},
	ocaml: {define: ocaml, aliases: ['ml']},
	perl: {define: perl, aliases: ['pl', 'pm']},
	php: {define: php, aliases: []},
	'php-template': {define: phpTemplate, aliases: [], embeds: ['xml', 'php']},
	plaintext: {define: plaintext, aliases: ['text', 'txt']},
	powershell: {define: powershell, aliases: ['pwsh', 'ps', 'ps1']},
	properties: {define: properties, aliases: []},
	protobuf: {define: protobuf, aliases: ['proto']},
	python: {define: python, aliases: ['py', 'gyp', 'ipython']},
	'python-repl': {define: pythonRepl, aliases: ['pycon'], embeds: ['python']},
	r: {define: r, aliases: []},
	ruby: {define: ruby, aliases: ['rb', 'gemspec', 'podspec', 'thor', 'irb']},
	rust: {define: rust, aliases: ['rs']},
	scala: {define: scala, aliases: []},
	scheme: {define: scheme, aliases: ['scm']},
	scss: {define: scss, aliases: []},
	shell: {define: shell, aliases: ['console', 'shellsession'], embeds: ['bash']},
	sql: {define: sql, aliases: []},
	swift: {define: swift, aliases: []},
	typescript: {define: typescript, aliases: ['ts', 'tsx', 'mts', 'cts'], embeds: ['xml', 'css', 'graphql']},
	vbnet: {define: vbnet, aliases: ['vb']},
	vim: {define: vim, aliases: []},
	x86asm: {define: x86asm, aliases: []},
	xml: {define: xml, aliases: ['html', 'xhtml', 'rss', 'atom', 'xjb', 'xsd', 'xsl', 'plist', 'wsf', 'svg'], embeds: ['css', 'javascript']},
	yaml: {define: yaml, aliases: ['yml'], embeds: ['ruby']},
};
