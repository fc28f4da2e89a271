/**
What the reader needs of the world outside React: the terminal for a child process, the
clipboard, the mouse, the environment. run.tsx gives the real one; tests give fakes.
*/
import type {ChildOutcome, ChildSpec} from './hand-off.js';
import type {MouseEvent} from '../keys/mouse.js';
import type {GraphicsSink} from './graphics.js';

export interface Host {
	readonly env: NodeJS.ProcessEnv;
	/** Puts text on the clipboard (OSC 52). */
	readonly copy: (text: string) => void;
	/** Runs a child with the terminal released; the cursor goes back to `row` (1-based) after. */
	readonly run: (child: ChildSpec, row: number) => ChildOutcome;
	/** Calls back once the next frame is on the screen (or soon, if no frame comes). */
	readonly afterFrame: (callback: () => void) => void;
	/** Mouse reports as they arrive; returns the unsubscribe. */
	readonly onMouse: (listener: (event: MouseEvent) => void) => () => void;
	/**
	Starts a GUI program (the desktop's URL opener) apart from the reader: detached, no terminal.
	False when it could not be started.
	*/
	readonly launch?: (file: string, args: readonly string[]) => boolean;
	/** A file's text, or undefined when it cannot be read. */
	readonly readFile: (path: string) => string | undefined;
	/** Reads the archive again from its files (`r`); what it found comes as a note. */
	readonly reload?: () => void;
	/** Lines for the status line from outside a key (a reload, a watch that stopped); returns the unsubscribe. */
	readonly onNote?: (listener: (text: string) => void) => () => void;
	/** Where images are drawn with a terminal graphics protocol; absent: half blocks. */
	readonly graphics?: GraphicsSink;
}
