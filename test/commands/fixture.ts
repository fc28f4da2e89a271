import {writeArchive} from '../helpers/cli.js';

/** A small archive in three header styles, with a draft, a page and a hostile title. */
export function smallArchive(): string {
	return writeArchive({
		'2017/blockchain.md': [
			'title=Blockchain Technologies and the P2P Paradigm',
			'date=2017-02-03',
			'type=post',
			'tags=english, commons, blockchain, p2p',
			'status=published',
			'~~~~~~',
			'',
			'## Blockchain, Commons and P2P',
			'',
			'Michel Bauwens defines the term **P2P**. See [Bitmind](http://www.sciartlab.com/?page_id=186).',
			'',
		].join('\n'),
		'2021-05-01-rust-performance.md': [
			'---',
			'title: Rust performance and stability',
			'tags: [rust, performance]',
			'---',
			'',
			'Benchmarks matter. Read [the book](https://doc.rust-lang.org/book/).',
			'',
		].join('\n'),
		'hugo-post.md': [
			'+++',
			'title = "Static sites with Hugo"',
			'date = 2019-09-30',
			'tags = ["hugo", "web"]',
			'+++',
			'',
			'Hugo builds sites fast.',
			'',
		].join('\n'),
		'draft.md': '---\ntitle: Unfinished thoughts\ndate: 2022-01-01\nstatus: draft\n---\n\nNot yet.\n',
		'about.md': 'title=About me\ntype=page\nstatus=published\n~~~~~~\n\nI write.\n',
		'evil.md': '---\ntitle: "Evil \\e]0;pwned\\a title \\e[2J"\ndate: 2020-01-01\ntags: [x]\n---\n\nBody with \u001B]52;c;Zm9v\u0007 clipboard and \u001B[31mred\u001B[0m.\n',
	});
}
