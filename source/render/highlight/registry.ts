import hljs from 'highlight.js/lib/core';
import type {HLJSApi} from 'highlight.js';
import {grammars} from './languages.js';

/**
A highlight.js instance of our own that learns a grammar the first time a code block names it
(and the grammars that one embeds): setting up all of them at load took ~27 ms on this machine,
one of them well under a millisecond.
*/

const engine: HLJSApi = hljs.newInstance();
engine.configure({classPrefix: 'hljs-'});

const byAlias = new Map<string, string>();
for (const [name, grammar] of Object.entries(grammars)) {
	byAlias.set(name, name);
	for (const alias of grammar.aliases) {
		byAlias.set(alias, name);
	}
}

const registered = new Set<string>();

function register(name: string): void {
	if (registered.has(name)) {
		return;
	}

	registered.add(name);
	const grammar = grammars[name]!;
	engine.registerLanguage(name, grammar.define);
	for (const embedded of grammar.embeds ?? []) {
		register(embedded);
	}
}

/** The engine, ready for `language` (a name or alias, any case); undefined when we have no grammar for it. */
export function engineFor(language: string): HLJSApi | undefined {
	const name = byAlias.get(language.toLowerCase());
	if (name === undefined) {
		return undefined;
	}

	register(name);
	return engine;
}
