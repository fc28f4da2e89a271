/**
The interactive reader's entry. The CLI imports this module only when stdin and stdout are
terminals and the archive has posts, so Ink and React load only here. Over 300 lines: what happens
after the first frame (the whole list after the head, the check, the watch, the render thread's
warm-up, keys held until then) shares the one ink instance and the quit flag with the terminal's
setup and restore, and reads in the order it runs.
*/
import type {SortOrder} from '../search/sort-order.js';
import chalk from 'chalk';
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {render} from 'ink';
import {exitCode} from '../output/exit-codes.js';
import type {Archive} from '../archive/post.js';
import type {WordIndexStores} from '../search/cache/word-index-store.js';
import type {LinkStyle} from '../render/render.js';
import {sanitizeLine} from '../text/sanitize.js';
import {RenderThread} from '../render/bounded.js';
import {createPreviewer} from '../images/previewer.js';
import {imageDrawing, type ImageMode} from '../images/protocol.js';
import {terminalGraphics} from './terminal/graphics.js';
import {App} from './app.js';
import type {DocumentRenderer} from './screens/reader/use-document.js';
import {CrashGuard} from './error-boundary.js';
import {colorLevel, type ColorLevel} from '../output/color.js';
import {supportsHyperlinks} from '../output/hyperlinks.js';
import {chooseTheme, type ThemeMode} from '../output/theme-choice.js';
import {frameStream} from './terminal/frame-stream.js';
import {sameFiles} from './same-files.js';
import {takeOverTerminal} from './terminal/terminal.js';
import {themeFor} from './theme.js';
import {osc52} from './terminal/clipboard.js';
import {runWithTerminal} from './terminal/hand-off.js';
import type {Host} from './terminal/host.js';
import type {Keymap} from './keys/keymap.js';
import type {ReadStateFile} from '../state/read-state-file.js';
import {InputPause} from './keys/input-pause.js';
import {LookAgain} from './look-again.js';
import {mouseFilteredStdin, type MouseEvent} from './keys/mouse.js';
import {heldInput} from './keys/held-input.js';
import {LiveArchive, type LiveSource} from './live-archive.js';

export interface ReaderOptions {
	/** Archive name for the header. */
	readonly title: string;
	/** Link style in rendered posts; decided from the terminal when absent. */
	readonly links?: LinkStyle;
	/**
	The archive as its files are now, when the one given is as the index last saw it: called once
	the first frame is out, while the list says it is checking. Its answer replaces the list
	(selection and scroll follow the selected post), unless it holds the very same files.
	*/
	readonly check?: () => Archive | Promise<Archive>;
	/**
	The whole archive, when the one given holds only its first posts (`Archive.whole`): called once
	the first frame is out, and shown at once, before the check.
	*/
	readonly whole?: () => Promise<Archive>;
	/** The render thread's script (render/worker.ts built); without it posts render on this thread. */
	readonly renderWorker?: URL;
	/** The widest the text column may be (`--width`); default: a comfortable measure. */
	readonly textWidth?: number;
	/** Colours the screens may use (0: none, monochrome); decided from the terminal when absent. */
	readonly level?: ColorLevel;
	/** The palette: dark, light, or auto (from COLORFGBG). */
	readonly theme?: ThemeMode;
	/** The keys in effect (the defaults with the config file's changes). */
	readonly keymap?: Keymap;
	/** Shown in the list's status line when the reader opens (a problem with the config file). */
	readonly notice?: string;
	/** Where posts read and reading places are kept; none with `--no-state`. */
	readonly readState?: ReadStateFile;
	/** The order the list starts in (the config file's `sort`); newest first without one. */
	readonly sort?: SortOrder;
	/** How to read the archive again, and which folders to watch for it: `r` and live reload. */
	readonly live?: LiveSource;
	/** Where each archive shown keeps its word indexes between starts. */
	readonly wordIndexStores?: (archive: Archive) => WordIndexStores;
	/** How images are drawn (`--images`); auto reads the terminal from the environment. */
	readonly images?: ImageMode;
}

function message(error: unknown): string {
	return sanitizeLine(error instanceof Error ? error.message : String(error));
}

/** Runs the reader full screen until the user quits; resolves the exit code. */
export async function runReader(archive: Archive, options: ReaderOptions): Promise<number> {
	const {stdout, stdin, stderr} = process;
	const links = options.links ?? (supportsHyperlinks(stdout) ? 'osc8' : 'inline');
	// The same choice the commands make for a terminal (--color, NO_COLOR, FORCE_COLOR, TERM).
	const level = options.level ?? colorLevel('auto', stdout);
	const color = level > 0;
	// ink draws with the global chalk, whose own guess reads any CI variable as "no colour" (and
	// the reader sets CI for ink). Without colour the screens still need inverse and bold (the
	// selection, the search cursor): the monochrome theme names no colour, so level 1 draws none.
	chalk.level = Math.max(1, level) as ColorLevel;
	const theme = themeFor(chooseTheme(options.theme ?? 'auto'), color);
	// Images are colour: without it (NO_COLOR, --color never) an image is its alt line and link.
	const drawing = color ? imageDrawing(options.images ?? 'auto', process.env) : 'off';
	const graphics = drawing === 'kitty' || drawing === 'iterm' || drawing === 'sixel' ? terminalGraphics(drawing, text => stdout.write(text)) : undefined;
	const takeover = takeOverTerminal({stdout, stdin, stderr}, {mouse: true, farewell: graphics?.farewell});
	const {restore} = takeover;
	const mouseListeners = new Set<(event: MouseEvent) => void>();
	const noteListeners = new Set<(text: string) => void>();
	const note = (text: string): void => {
		for (const listener of noteListeners) {
			listener(text);
		}
	};

	// Made once the first frame is out; `r` before that has nothing to reload yet.
	let live: LiveArchive | undefined;
	let frameWaiters: Array<() => void> = [];
	const onFrame = (): void => {
		graphics?.afterFrame();
		const waiters = frameWaiters;
		frameWaiters = [];
		for (const waiter of waiters) {
			waiter();
		}
	};

	const host: Host = {
		env: process.env,
		copy(text) {
			stdout.write(osc52(text));
		},
		run(child, row) {
			const outcome = runWithTerminal(takeover, child, row);
			// The screen taken back is blank: images are painted anew.
			graphics?.invalidate();
			return outcome;
		},
		afterFrame(callback) {
			let done = false;
			const once = (): void => {
				if (!done) {
					done = true;
					// After the write returns, so the frame is out before the terminal is released.
					setImmediate(callback);
				}
			};

			frameWaiters.push(once);
			// A frame that changed nothing is never written: do not wait for it forever.
			setTimeout(once, 250);
		},
		onMouse(listener) {
			mouseListeners.add(listener);
			return () => {
				mouseListeners.delete(listener);
			};
		},
		launch(file, args) {
			try {
				const child = spawn(file, [...args], {detached: true, stdio: 'ignore'});
				// A missing opener is said by the spawn's error event; the reader carries on either way.
				child.on('error', () => {});
				child.unref();
				return child.pid !== undefined;
			} catch {
				return false;
			}
		},
		readFile(path) {
			try {
				return readFileSync(path, 'utf8');
			} catch {
				return undefined;
			}
		},
		...(options.live === undefined ? {} : {
			reload() {
				live?.reloadNow();
			},
		}),
		...(graphics === undefined ? {} : {graphics}),
		onNote(listener) {
			noteListeners.add(listener);
			return () => {
				noteListeners.delete(listener);
			};
		},
	};

	// Whatever escapes React (a timer, a stray promise) must still give the terminal back, and
	// the message must land on the main screen where the user can read it.
	const crash = (error: unknown): void => {
		restore();
		stderr.write(`blog-reader: ${message(error)}\n`);
		process.exit(exitCode.internal);
	};

	process.on('uncaughtException', crash);
	process.on('unhandledRejection', crash);
	// ink repaints the whole frame itself when the terminal gets narrower (and when rows shrink, via
	// its full-height path); wiping the screen first also clears text a terminal may have re-wrapped.
	let columns = stdout.columns;
	const onResize = (): void => {
		graphics?.invalidate();
		if (stdout.columns < columns) {
			stdout.write('\u001B[2J\u001B[H');
		}

		columns = stdout.columns;
	};

	stdout.prependListener('resize', onResize);
	// Posts render on their own thread, within a time and memory budget: keys and signals are
	// answered whatever a post holds.
	const thread = options.renderWorker ? new RenderThread(options.renderWorker) : undefined;
	const renderOpen: DocumentRenderer | undefined = thread ? async (post, renderOptions, call) => thread.render(post, renderOptions, call) : undefined;
	// Images decode on a thread of their own (the build puts its script beside the render thread's).
	const previewer = options.renderWorker ? createPreviewer(new URL('../images/worker.js', options.renderWorker)) : undefined;
	// A check that ends after the user quit must not draw again: a rerender of an unmounted ink
	// instance mounts the app anew, which takes stdin back and keeps the process alive.
	let quit = false;
	const onQuit = (): void => {
		quit = true;
	};

	const app = (shown: Archive, checking: boolean) => (
		<CrashGuard>
			<App archive={shown} title={options.title} links={links} color={color} theme={theme} checking={checking} render={renderOpen} textWidth={options.textWidth} onQuit={onQuit} keymap={options.keymap} host={host} notice={options.notice} readState={options.readState} sort={options.sort} previewer={previewer} wordIndexStores={options.wordIndexStores} images={drawing !== 'off'} onShown={lookAgain.shown} />
		</CrashGuard>
	);
	let {check, whole} = options;
	let shownFirst = archive;
	// Keys wait for the whole list when the first frame shows only its head (see held-input.ts).
	const held = whole === undefined ? undefined : heldInput(stdin);
	let releaseOnFrame = false;
	let warmed = false;
	// The watch's first walk of the folders waits for pauses in the keys.
	const pause = new InputPause();
	// After a check by folder times, the files on screen are looked at (see look-again.ts).
	const lookAgain = new LookAgain(files => {
		if (!quit) {
			live?.touched(files);
		}
	});
	try {
		const instance = render(
			app(archive, check !== undefined),
			// ink's default of 30 frames a second holds a frame back up to 34 ms after the one before;
			// search results that come right after the typed character's frame would wait on that.
			{
				stdout: frameStream(stdout, onFrame),
				// Mouse reports never reach ink's key parsing (nor a text line).
				stdin: mouseFilteredStdin(held?.stdin ?? stdin, event => {
					for (const listener of mouseListeners) {
						listener(event);
					}
				}, pause.noteInput),
				stderr,
				exitOnCtrlC: false,
				patchConsole: false,
				incrementalRendering: true,
				concurrent: true,
				maxFps: 60,
				onRender() {
					// The frame that shows the whole list: the keys held until now act on it.
					if (releaseOnFrame) {
						releaseOnFrame = false;
						held?.release();
					}

					// The first frame is written as this returns; the check (a stat of every file) comes after it.
					const checkNow = check;
					const wholeNow = whole;
					check = undefined;
					whole = undefined;
					// The render thread boots (and loads the renderer) soon after, so opening a post does not wait for it.
					if (!warmed) {
						warmed = true;
						// Not after a quit: a thread started once the reader closed would keep the process alive.
						setTimeout(() => {
							if (!quit) {
								thread?.warm();
							}
						}, 300).unref();
					}

					if (checkNow !== undefined || wholeNow !== undefined) {
						setTimeout(async () => {
							if (wholeNow !== undefined) {
								try {
									shownFirst = await wholeNow();
								} catch (error) {
									held?.release();
									throw error;
								}

								if (quit) {
									return;
								}

								releaseOnFrame = true;
								instance.rerender(app(shownFirst, checkNow !== undefined));
								// `r` while the check runs compares with the list on screen, not with its head.
								if (live) {
									live.shown = shownFirst;
								}
							}

							if (checkNow === undefined) {
								return;
							}

							const checked = await checkNow();
							if (quit) {
								return;
							}

							const shown = sameFiles(shownFirst, checked) ? shownFirst : checked;
							lookAgain.since(checked.unsureSince);
							instance.rerender(app(shown, false));
							// Watching starts once the list holds the files as they are.
							if (live) {
								live.shown = shown;
								live.watch();
							}
						}, 0);
					}
				},
			},
		);
		if (options.live) {
			live = new LiveArchive(archive, {...options.live, watchOptions: {pace: pause.wait, ...options.live.watchOptions}}, next => {
				// A reload looked at every file.
				lookAgain.since(undefined);
				if (!quit) {
					instance.rerender(app(next, false));
				}
			}, note);
			if (options.check === undefined) {
				// No check to wait for (it already ran, or there is none): watch from the first frame.
				setTimeout(() => {
					if (!quit) {
						live?.watch();
					}
				}, 0);
			}
		}

		const code = await instance.waitUntilExit();
		quit = true;
		restore();
		return typeof code === 'number' ? code : 0;
	} catch (error) {
		restore();
		stderr.write(`blog-reader: ${message(error)}\n`);
		return exitCode.internal;
	} finally {
		restore();
		live?.close();
		thread?.close();
		previewer?.close?.();
		stdout.off('resize', onResize);
		process.off('uncaughtException', crash);
		process.off('unhandledRejection', crash);
	}
}
