import {sep} from 'node:path';

/**
Whether a real path (links resolved) lies in the archive's real root. Both must be real paths:
the archive is compared as it is on disk, however the user or a link spelled its way there.
*/
export function isInside(realRoot: string, real: string): boolean {
	return real === realRoot || real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
}

/** Why a link is passed over: it resolves to somewhere the archive does not hold. */
export const outsideReason = 'leads outside the archive';
