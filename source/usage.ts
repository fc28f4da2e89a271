/** The command line's usage texts (`--help`), one per command; `blog-reader <command> --help` prints its own. */
export const mainHelp = `
  Usage
    $ blog-reader [command] [options]

  Commands
    (none)          Browse the archive interactively (when run in a terminal; piped, the same as list)
    list            One post a line, newest first
    show <post>     Print a post: <post> is a slug, a path inside the archive, or a search
    search <query>  Posts that match a query, best first
    tags            Each tag with its count, most used first
    info            What was found: generator, content folder, base URL, counts

  Options
    -d, --dir <path>     Archive folder or site root (default: $BLOG_READER_DIR, else the bundled posts)
        --drafts         Include draft posts
        --no-cache       Read every file instead of the metadata index kept in the cache folder
        --no-state       Neither show nor save read state (posts read, reading places)
        --no-watch       The reader does not follow the archive's files (r still reloads)
        --json           Machine-readable output
        --color <when>   auto, always or never (bare --color means always; NO_COLOR is honoured)
        --theme <name>   The reader's palette: auto (from COLORFGBG), dark or light
        --images <how>   The reader's images: auto, kitty, iterm, sixel, blocks (half blocks) or off
    -h, --help           Show help (also after a command)
    -v, --version        Show the version

  Exit codes
    0 success, 1 nothing found, 2 bad usage or unreadable archive folder,
    130 the reader quit with Ctrl-C

  Examples
    $ blog-reader
    $ blog-reader list --json | jq '.[].title'
    $ blog-reader search p2p | fzf
    $ blog-reader show blockchain | less -R
`;

/** The main help with where the config file is (it depends on the platform and BLOG_READER_CONFIG). */
export function mainHelpWith(help: string, configFile: string): string {
	return `${help}
  Config file
    ${configFile}
    (BLOG_READER_CONFIG names another.) JSON settings, flags win over them: "archive" (the
    default folder), "theme", "width", "sort" (newest, oldest or title), "images" and "keys" (see README)
`;
}

export const commandHelp: Readonly<Record<string, string>> = {
	list: `
  Usage
    $ blog-reader list [--json] [--tag T] [--year Y] [--sort S] [--drafts] [--pages]

  Piped, each line is tab-separated: date, title, tags, slug. On a terminal, aligned columns.

  Options
    --json        An array of post objects
    -t, --tag     Only posts with this tag
    -y, --year    Only posts from this year
    --sort S      newest (the default), oldest or title
    --drafts      Include drafts
    --pages       List pages (type=page) instead of posts
`,
	show: `
  Usage
    $ blog-reader show <post> [--raw | --plain | --json] [--width N] [--color WHEN]

  <post> is a slug, a path inside the archive, or a search query that picks the best match when
  it is clear (otherwise the candidates are listed and the exit code is 1).

  Styled on a terminal; piped, plain text with links as numbered references.

  Options
    --raw          The post's source without its header
    --plain        Plain text, no escape sequences, links as numbered references
    --json         The post object with its body
    -w, --width N  Wrap to N columns (default: the terminal's width, else 80)
    --color WHEN   auto, always or never; --color alone means always (for less -R)
`,
	search: `
  Usage
    $ blog-reader search <query> [--json] [--snippets] [--limit N] [--tag T] [--year Y] [--sort S]

  Every word must match in the title, tags, slug, authors, summary or body; a word may be a
  prefix, a typo in a title word is forgiven, and 1.0 is one word. Title, tag and slug hits
  rank first, newer posts win ties, an exact title or slug always first. When the words find
  few posts, names are also matched fuzzily (blkchn finds Blockchain).

  Query language (combined with AND; a - before any part leaves it out)
    "a phrase"  -word  tag:T or #T  author:A  section:S  year:2017
    before:2020-01-01  after:2019-06  is:read  is:unread (posts opened in the reader;
    --no-state: every post is unread)

  Options
    --json         An array of post objects, with score and fields
    --snippets     The line where the words were found (a fifth field when piped,
                   always shown on a terminal; in JSON with titleRanges)
    -n, --limit N  At most N results (the first N in the --sort order)
    --sort S       relevance (the default), newest, oldest or title
`,
	tags: `
  Usage
    $ blog-reader tags [--json]

  Each tag with the number of posts that carry it, most used first.
  Piped, each line is tab-separated: tag, count.
`,
	info: `
  Usage
    $ blog-reader info [--json]

  The generator detected (JBake, Jekyll, Hugo, Zola or plain), the content folder, the blog's
  base URL, and the counts of posts, pages, drafts and skipped files.
`,
};
