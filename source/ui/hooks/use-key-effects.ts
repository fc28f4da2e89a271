/**
What keys ask of the world outside the navigation state: a child process (editor, pager, a
command's output, a browser in the terminal), the clipboard, the system opener, the read state
and a reload. A child runs once the blank frame before it is out (`handOff` is set meanwhile).
*/
import {useCallback, useEffect, useState, type RefObject} from 'react';
import type {Archive, Post} from '../../archive/post.js';
import {postUrl} from '../../archive/site/post-url.js';
import type {Ranked} from '../../search/rank.js';
import type {Image} from '../../render/structure.js';
import {sanitizeLine} from '../../text/sanitize.js';
import type {Effect} from '../keys/use-key-navigation.js';
import type {NavigationEvent} from '../navigation/state.js';
import {rankOf} from '../screens/list/moved-selection.js';
import {editorCommand, outcomeNote, pagerCommand, pagerEnv, pagerText, sourceLine, type ChildSpec} from '../terminal/hand-off.js';
import type {Host} from '../terminal/host.js';
import {linkUrl, openerFor} from '../terminal/open-link.js';
import type {ReadStateView} from './use-read-state.js';

/** The screen as the last frame drew it, for effects that act on what is shown. */
export interface Shown {
	readonly post: Post | undefined;
	readonly lines: readonly string[] | undefined;
	/** The open post's images: the pager gets the post without their preview rows. */
	readonly images?: readonly Image[];
	readonly top: number;
	readonly height: number;
	readonly listed?: Post;
	readonly matches?: Ranked;
	readonly knows?: (slug: string) => boolean;
}

/** A child process waiting for the blank frame that goes before it, and what to do with its result. */
export interface HandOff {
	readonly child: ChildSpec;
	readonly label: string;
	readonly captured?: string;
}

export interface CommandOutput {
	readonly command: string;
	readonly lines: readonly string[];
}

export interface KeyEffects {
	readonly onEffect: (effect: Effect) => void;
	/** A child waiting for the blank frame that goes before it. */
	readonly handOff: HandOff | undefined;
	/** The last `|` command's output. */
	readonly output: CommandOutput;
}

export function useKeyEffects(host: Host | undefined, archive: Archive, current: RefObject<Shown>, reads: RefObject<ReadStateView | undefined>, dispatchRef: RefObject<(event: NavigationEvent) => void>): KeyEffects {
	const [handOff, setHandOff] = useState<HandOff | undefined>(undefined);
	const [output, setOutput] = useState<CommandOutput>({command: '', lines: []});
	const onEffect = useCallback((effect: Effect) => {
		const note = (text: string): void => {
			dispatchRef.current({type: 'notice', text});
		};

		if (effect.type === 'reload') {
			if (host?.reload) {
				host.reload();
			} else {
				note('not available here');
			}

			return;
		}

		const {post, lines, top} = current.current;
		if (effect.type === 'toggle-read' || effect.type === 'continue-reading') {
			readEffect(effect.type, current.current, reads.current, dispatchRef.current);
			return;
		}

		if (post === undefined) {
			return;
		}

		if (host === undefined) {
			note('not available here');
			return;
		}

		switch (effect.type) {
			case 'copy': {
				const text = effect.what === 'path' ? post.file : postUrl(post, archive.site);
				if (text === null) {
					note('no URL: the archive names no base URL');
					return;
				}

				host.copy(text);
				note(`copied ${effect.what}: ${text}`);
				return;
			}

			case 'edit': {
				const source = host.readFile(post.file) ?? '';
				const line = sourceLine(source, post.body, top, lines?.length ?? 0);
				setHandOff({child: editorCommand(host.env, post.file, line), label: 'editor'});
				return;
			}

			case 'pager': {
				if (lines === undefined) {
					note('the post is still rendering');
					return;
				}

				setHandOff({child: {command: pagerCommand(host.env), input: pagerText(lines, current.current.images), env: pagerEnv(host.env)}, label: 'pager'});
				return;
			}

			case 'pipe': {
				const source = host.readFile(post.file) ?? post.body;
				setHandOff({child: {command: effect.command, input: source, capture: true}, label: effect.command});
				return;
			}

			case 'copy-link': {
				host.copy(effect.target);
				note(`copied link: ${sanitizeLine(effect.target)}`);
				return;
			}

			case 'open-link': {
				const resolved = linkUrl(effect.target, archive.site.baseUrl ?? undefined);
				if ('error' in resolved) {
					note(sanitizeLine(resolved.error));
					return;
				}

				const opener = openerFor(host.env);
				if (opener.terminal) {
					setHandOff({child: {command: opener.command, args: [resolved.url]}, label: 'browser'});
					return;
				}

				note(host.launch?.(opener.file, [resolved.url]) ? `opening ${sanitizeLine(resolved.url)}` : `could not start ${opener.file}`);
			}
		}
	}, [host, archive]);
	// The child runs once the blank frame is out: after it, the whole frame is drawn anew on the
	// cleared alternate screen, not as a difference from a screen that is no longer there.
	useEffect(() => {
		if (handOff === undefined || host === undefined) {
			return;
		}

		host.afterFrame(() => {
			const outcome = host.run(handOff.child, current.current.height);
			setHandOff(undefined);
			if (handOff.child.capture) {
				const lines = outcome.output.replace(/\n$/, '').split('\n').map(line => sanitizeLine(line.replaceAll('\t', '    ')));
				setOutput({command: handOff.label, lines});
				dispatchRef.current({type: 'show-output'});
			}

			const failed = outcomeNote(handOff.child.capture ? `'${sanitizeLine(handOff.label)}'` : handOff.label, outcome);
			if (failed !== '') {
				dispatchRef.current({type: 'notice', text: sanitizeLine(failed)});
			}
		});
	}, [handOff, host, current, dispatchRef]);
	return {onEffect, handOff, output};
}

/** `m` marks the open post, else the selected one; `c` opens the last post read (at its place, see use-read-state.ts). */
function readEffect(type: 'toggle-read' | 'continue-reading', shown: Shown, reads: ReadStateView | undefined, dispatch: (event: NavigationEvent) => void): void {
	if (reads === undefined) {
		return;
	}

	if (type === 'toggle-read') {
		const post = shown.post ?? shown.listed;
		if (post !== undefined) {
			dispatch({type: 'notice', text: reads.toggle(post.slug)});
		}

		return;
	}

	const slug = reads.last();
	if (slug !== undefined && shown.knows?.(slug) === false) {
		dispatch({type: 'notice', text: 'the post read last is no longer in the archive'});
		return;
	}

	if (slug === undefined) {
		dispatch({type: 'notice', text: reads.markOf === undefined ? 'read state is off (--no-state)' : 'nothing read yet'});
		return;
	}

	const index = shown.matches === undefined ? -1 : rankOf(shown.matches, slug);
	dispatch({type: 'open-post', index: index < 0 ? undefined : index, slug});
}
