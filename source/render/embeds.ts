import {decodeEntities} from '../text/entities.js';

/**
Embeds a terminal cannot play, as the placeholder a reader can still follow: an asciinema
player script (`<script src="https://asciinema.org/a/510632.js" id="asciicast-510632">`) is the
cast's page, and a `<video>`, `<audio>` or `<iframe>` tag met inline in a Markdown paragraph
(`<video src="x.webm" controls></video>` is no HTML block) is its file or address.
*/

export interface Embed {
	/** `video`, `audio`, `embedded` or `asciicast`. */
	readonly kind: string;
	readonly label: string;
	readonly target: string;
}

const asciinemaScript = /^(https?:)?\/\/asciinema\.org\/a\/([\w-]{1,64})\.js(?:[?#].*)?$/i;

/** The cast an asciinema player script shows, from its `src`; undefined for any other script. */
export function asciicastOf(source: string): Embed | undefined {
	const match = asciinemaScript.exec(source.trim());
	return match ? {kind: 'asciicast', label: match[2]!, target: `${match[1] ?? 'https:'}//asciinema.org/a/${match[2]}`} : undefined;
}

function attributeOf(tag: string, name: string): string {
	const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
	return decodeEntities(match?.[1] ?? match?.[2] ?? match?.[3] ?? '');
}

function fileName(target: string): string {
	return target.split(/[?#]/)[0]!.split('/').filter(Boolean).pop() ?? '';
}

/** An opening `<video>`, `<audio>`, `<iframe>` or asciinema `<script>` tag met inline. */
export function inlineEmbedOf(tag: string): Embed | undefined {
	const name = /^<(video|audio|iframe|script)\b/i.exec(tag)?.[1]?.toLowerCase();
	if (!name) {
		return undefined;
	}

	const source = attributeOf(tag, 'src');
	if (name === 'script') {
		return asciicastOf(source);
	}

	if (!source || source.startsWith('data:')) {
		return undefined;
	}

	const title = attributeOf(tag, 'title').trim();
	return name === 'iframe'
		? {kind: 'embedded', label: title || hostOf(source), target: source}
		: {kind: name, label: title || fileName(source), target: source};
}

function hostOf(target: string): string {
	try {
		return new URL(target, 'https://localhost/').hostname || target;
	} catch {
		return target;
	}
}
