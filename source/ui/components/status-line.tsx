import {Text} from 'ink';
import type {SyncStatus} from '../../review/session-types.js';
import {age, padEnd} from '../format.js';
import {textWidth} from '../text-width.js';
import {progressBar} from '../../text/progress-bar.js';
import {globalBindings} from '../keymap.js';
import {footerLine} from './footer.js';
import {useTheme} from '../theme.js';

export interface StatusLineProps {
	readonly message: string;
	readonly sync: SyncStatus;
	readonly lastSyncedAt: number | null;
	readonly now: number;
	readonly width: number;
}

/** The global keys the status line names, whatever the width: "? help · q quit". */
const globalHints = footerLine(globalBindings, Number.POSITIVE_INFINITY);

/** The bottom line: what the last key did (or the sync's progress), the data's age, and `? help`. */
export function StatusLine({message, sync, lastSyncedAt, now, width}: StatusLineProps) {
	const theme = useTheme();
	let right = `data ${age(lastSyncedAt, now)} · ${globalHints}`;
	let left = message;
	let color: string | undefined;
	// What a key just did fades in a few seconds, a retry notice with the next page: while one
	// shows, the data's age gives it its room rather than cut it ("saved: ENG-1 → firefig…").
	// The global keys always stay.
	const notice = sync.phase === 'running' ? (sync.retrying === undefined ? '' : `sync: ${sync.retrying}`) : message !== '' ? message : unreadableNotice(sync);
	if (notice !== '' && textWidth(notice) > width - right.length - 1) right = globalHints;

	if (sync.phase === 'running') {
		left = notice !== '' ? notice : `syncing ${progressBar(sync.done, sync.total, 12)} ${sync.total === null ? `${sync.done} tickets` : `${sync.done}/${sync.total}`}`;
		color = theme.accent;
	} else if (notice !== '' && message === '') {
		left = notice;
		color = theme.warn;
	} else if (sync.phase === 'failed' && message === '') {
		left = `sync failed: ${sync.message} — ${sync.hint}`;
		color = theme.bad;
	}

	const leftWidth = Math.max(0, width - right.length - 1);
	return (
		<Text>
			<Text color={color}>{padEnd(left, leftWidth)}</Text> <Text color={theme.muted}>{right.length > width ? '' : right}</Text>
		</Text>
	);
}

/**
 * Tickets the last sync could not read whole with this key are left out of the figures (or stay
 * as last synced): said while no key's message is, so a partial org is not taken for the whole.
 */
function unreadableNotice(sync: SyncStatus): string {
	if (sync.phase !== 'idle' || sync.unreadable === undefined) return '';
	const {tickets} = sync.unreadable;
	return `${tickets} ticket${tickets === 1 ? '' : 's'} unreadable with this API key (director-review sync says more)`;
}
