import {useCallback, useSyncExternalStore} from 'react';
import type {ReviewSource} from '../../review/session-types.js';

/** Re-renders when the review's data changes; returns the data version. */
export function useReviewVersion(source: ReviewSource): number {
	const subscribe = useCallback((listener: () => void) => source.subscribe(listener), [source]);
	return useSyncExternalStore(subscribe, () => source.version);
}
