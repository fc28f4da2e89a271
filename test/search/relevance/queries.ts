/**
Real queries on real blogs, each with the post a reader means (by slug): typos, half-remembered
titles, versions, tags and slugs, as people type them into a search box.
*/
export interface RelevanceQuery {
	readonly query: string;
	readonly wanted: string;
}

export interface RelevanceBlog {
	/** The folder under the corpus: `<owner>+<name>` of the blog's repository. */
	readonly folder: string;
	readonly queries: readonly RelevanceQuery[];
}

export const relevanceBlogs: readonly RelevanceBlog[] = [
	{
		folder: 'rust-lang+blog.rust-lang.org',
		queries: [
			{query: 'rust 1.0', wanted: 'rust-1-0-1'},
			{query: 'Announcing Rust 1.0', wanted: 'rust-1-0-1'},
			{query: 'rust 1.0 beta', wanted: 'rust-1-0-beta'},
			{query: 'rust 1.65', wanted: 'rust-1-65-0'},
			{query: 'announcing rust 1.28', wanted: 'rust-1-28'},
			{query: 'cnst generics', wanted: 'const-generics-mvp-beta'},
			{query: 'const generics mvp', wanted: 'const-generics-mvp-beta'},
			{query: 'gats-stabilization', wanted: 'gats-stabilization'},
			{query: 'generic associated types stable', wanted: 'gats-stabilization'},
			{query: 'async await stable', wanted: 'async-await-stable'},
			{query: 'asnyc await stable', wanted: 'async-await-stable'},
			{query: 'incremntal compilation', wanted: 'incremental'},
			{query: 'non lexical lifetimes', wanted: 'nll-by-default'},
			{query: 'introducing mir', wanted: 'mir'},
			{query: 'state of rust survey 2016', wanted: 'state-of-rust-survey-2016'},
			{query: 'what is rust 2018', wanted: 'what-is-rust-2018'},
			{query: 'next generation trait solver', wanted: 'enabling-next-solver-on-nightly'},
			{query: 'cargo sparse registry', wanted: 'sparse-registry-testing'},
			{query: 'impl trait 2024', wanted: 'impl-trait-capture-rules'},
			{query: 'wasip2 tier 2', wanted: 'wasip2-tier-2'},
			{query: 'rust 1.28', wanted: 'rust-1-28'},
			{query: 'rustup 1.28', wanted: 'rustup-1-28-0'},
			{query: 'rust 2024 beta', wanted: 'rust-2024-beta'},
			{query: '2024 survey results', wanted: '2024-state-of-rust-survey-results'},
			{query: 'nll', wanted: 'nll-by-default'},
			{query: 'polonius', wanted: 'polonius-update'},
			{query: 'crates.io phishing', wanted: '2025-09-crates-io-phishing-campaign'},
			{query: 'cve-2024-43402', wanted: 'cve-2024-43402'},
			{query: 'sparse protocol', wanted: 'cargo-sparse-protocol'},
			{query: 'gccrs', wanted: 'gccrs-an-alternative-compiler-for-rust'},
			{query: 'trademark policy', wanted: 'trademark-update'},
			{query: 'asyncawait hits beta', wanted: 'async-await-hits-beta'},
			{query: 'rust 1.31 2018', wanted: 'rust-1-31-and-rust-2018'},
		],
	},
	{
		folder: 'melix+blog',
		queries: [
			{query: 'coercion closures groovy', wanted: 'coercion-vs-direct'},
			{query: 'deck2pdf', wanted: 'deck2pdf-exporting-html5-slide-decks'},
			{query: 'dek2pdf', wanted: 'deck2pdf-exporting-html5-slide-decks'},
			{query: 'groovy 2.0 insider', wanted: 'groovy-2-0-from-an'},
			{query: 'jlangdetect 0.3', wanted: 'jlangdetect-0-3-released-with'},
			{query: 'fibonacci groovy java', wanted: 'yes-fibonacci-in-groovy-can'},
			{query: 'static type checker status', wanted: 'groovy-static-type-checker-status'},
			{query: 'hibernate version numbers', wanted: 'the-strange-hibernate-version-numbers'},
			{query: 'git tweaks', wanted: 'my-git-tweaks-for-daily'},
			{query: 'intelij local history', wanted: 'intellij-idea-s-local-history'},
			{query: 'gradle cloudfoundry', wanted: 'gradle-plugin-for-cloudfoundry-now'},
			{query: 'bytecode outline', wanted: 'asm-bytecode-outline-for-intellij'},
			{query: 'gbench', wanted: 'coercion-vs-direct'},
			{query: 'fibonaci groovy', wanted: 'yes-fibonacci-in-groovy-can'},
			{query: 'null safe invocation', wanted: 'null-safe-invocation-and-primitive'},
			{query: 'invokedynamic', wanted: 'using-groovy-to-play-with'},
			{query: 'grails exchange 2012', wanted: 'groovy-grails-exchange-2012-type'},
			{query: 'ast transformation testing', wanted: 'improved-ast-transformation-testing-in'},
			{query: 'xmas gift', wanted: 'groovy-xmas-gift-converting-a'},
			{query: 'groovy closure java', wanted: 'coding-a-groovy-closure-in'},
			{query: 'tag:gbench coercion', wanted: 'coercion-vs-direct'},
		],
	},
];
