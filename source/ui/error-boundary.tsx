import {Component, type ReactNode} from 'react';
import {Text, useApp} from 'ink';
import {sanitizeLine} from '../text/sanitize.js';

interface BoundaryProps {
	readonly children: ReactNode;
	readonly onError: (error: Error) => void;
}

interface BoundaryState {
	readonly error: Error | undefined;
}

// React still offers error boundaries only as class components; this is the one class here.
class Boundary extends Component<BoundaryProps, BoundaryState> {
	override state: BoundaryState = {error: undefined};

	static getDerivedStateFromError(error: unknown): BoundaryState {
		return {error: error instanceof Error ? error : new Error(String(error))};
	}

	override componentDidCatch(error: unknown): void {
		this.props.onError(error instanceof Error ? error : new Error(String(error)));
	}

	override render(): ReactNode {
		return this.state.error ? <Text>{sanitizeLine(`blog-reader: ${this.state.error.message}`)}</Text> : this.props.children;
	}
}

/** A crash in any screen ends the app with the error, so the caller restores the terminal and reports it. */
export function CrashGuard({children}: {readonly children: ReactNode}) {
	const {exit} = useApp();
	return <Boundary onError={exit}>{children}</Boundary>;
}
