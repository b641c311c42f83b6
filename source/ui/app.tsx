import {Box, Text, useApp, useWindowSize} from 'ink';
import {useEffect, useMemo, useRef, useState} from 'react';
import {weekWords} from '../domain/figure-words.js';
import {shiftWeek, weekOf} from '../domain/week.js';
import type {Week} from '../domain/types.js';
import type {ReviewSource} from '../review/session-types.js';
import {headerLabel, headerTitle} from './components/header-title.js';
import {HelpOverlay} from './components/help-overlay.js';
import {StatusLine} from './components/status-line.js';
import {useBindings} from './hooks/use-bindings.js';
import {useReviewVersion} from './hooks/use-review.js';
import {globalBindings, helpOverlayBindings, viewOrder, viewTitles, type GlobalAction, type ViewId} from './keymap.js';
import {useTheme} from './theme.js';
import type {ViewDefinition} from './view-definition.js';

/** Long enough to coalesce a burst of tags, short enough to feel immediate. */
const recomputeDelayMs = 40;

/** How long a status message stays. */
export const statusFadeMs = 4000;

/** The smallest terminal every view is laid out for. */
export const minimumSize = {columns: 60, rows: 20} as const;

export interface AppProps {
	readonly source: ReviewSource;
	readonly views: readonly ViewDefinition[];
	readonly initialWeek: Week;
	readonly initialView?: ViewId;
	/** The first frame is drawn from a stored snapshot while the review loads: only q works. */
	readonly isLoading?: boolean;
}

/** The shell: view switching, week navigation, the status line and the help overlay. */
export function App({source, views, initialWeek, initialView = 'overview', isLoading = false}: AppProps) {
	const {exit} = useApp();
	const theme = useTheme();
	const {columns, rows} = useWindowSize();
	const version = useReviewVersion(source);
	const [viewId, setViewId] = useState<ViewId>(initialView);
	const [week, setWeek] = useState<Week>(initialWeek);
	const [isHelpOpen, setHelpOpen] = useState(false);
	const [message, setMessage] = useState('');
	// Whether a view's prompt has the keys, as of the last key: read by the key handler, which may
	// run again before the frame that follows a prompt opening or closing.
	const capturing = useRef(false);
	const setCapturesInput = (captures: boolean) => {
		capturing.current = captures;
	};

	// A stream that does not say its size (a test, a pipe) is read as the usual 80×24.
	const width = Number.isFinite(columns) && columns > 0 ? columns : 80;
	const height = Number.isFinite(rows) && rows > 0 ? rows : 24;
	const available = views.map((view) => view.id);
	const current = views.find((view) => view.id === viewId) ?? views[0];
	// The figures follow the data a moment after it changes: a tag's key press gets its frame
	// (the row shows the tag at once) before the week's metrics are recomputed, and a burst
	// of keys is recomputed once.
	const [reportVersion, setReportVersion] = useState(version);
	useEffect(() => {
		if (version === reportVersion) return;
		const timer = setTimeout(() => setReportVersion(version), recomputeDelayMs);
		return () => clearTimeout(timer);
	}, [version, reportVersion]);
	const report = useMemo(() => source.weekReport(week), [source, week, reportVersion]);
	// A status message says what a key just did; it fades so it never reads as the state of things.
	useEffect(() => {
		if (message === '') return;
		const timer = setTimeout(() => setMessage(''), statusFadeMs);
		return () => clearTimeout(timer);
	}, [message]);
	const thisWeek = weekOf(source.now(), source.timezone);
	// A past week without tickets lies before the store's data (or in a gap of it): its figures
	// are all zero and "= same", so the status line says why, and [ goes no further back.
	const isEmptyPastWeek = !isLoading && week.id !== thisWeek.id && report.tickets.length === 0;
	useEffect(() => {
		if (isEmptyPastWeek) setMessage(`no tickets in ${week.id}`);
	}, [isEmptyPastWeek, week.id]);
	// Keys typed ahead arrive in one read ("[[[", "]]]"): each press moves from where the last
	// one left the week, so a burst stops where single presses would, not past this week or the data.
	const weekAt = useRef(week);
	weekAt.current = week;
	const isEmptyPast = (at: Week) => (at.id === week.id ? isEmptyPastWeek : at.id !== thisWeek.id && source.weekReport(at).tickets.length === 0);

	const moveTo = (target: Week) => {
		weekAt.current = target;
		setWeek(target);
	};

	const runAction = (action: GlobalAction): void => {
		if (action.startsWith('view:')) {
			const target = action.slice(5) as ViewId;
			if (available.includes(target)) setViewId(target);
			return;
		}

		switch (action) {
			case 'quit': {
				exit();
				break;
			}

			case 'help': {
				setHelpOpen(true);
				break;
			}

			case 'nextView':
			case 'previousView': {
				const index = available.indexOf(viewId);
				const step = action === 'nextView' ? 1 : available.length - 1;
				setViewId(available[(index + step) % available.length] ?? 'overview');
				break;
			}

			case 'previousWeek': {
				if (isEmptyPast(weekAt.current)) {
					setMessage(`no tickets in ${weekAt.current.id}`);
					break;
				}

				moveTo(shiftWeek(weekAt.current, -1));
				setMessage('');
				break;
			}

			case 'nextWeek': {
				if (weekAt.current.id === thisWeek.id) setMessage('already at the current week');
				else moveTo(shiftWeek(weekAt.current, 1));
				break;
			}

			case 'thisWeek': {
				moveTo(thisWeek);
				break;
			}

			case 'resync': {
				setMessage('');
				void source.sync();
				break;
			}
		}
	};

	// While the help is open, only its own keys work (they close it); a view's prompt takes every
	// key. A view's handler may run after this one for the same read and open a prompt ("/q1"
	// on a busy machine): a burst is acted on once every handler has seen it. Always listening,
	// the prompt's state read as of the key: listening again only after the frames that follow a
	// prompt's close would drop a key typed meanwhile (Enter on a note, then q at once).
	useBindings<GlobalAction | 'close'>(
		isHelpOpen ? helpOverlayBindings : globalBindings,
		(action) => {
			if (capturing.current) return;
			if (action === 'close') setHelpOpen(false);
			else if (!isLoading || action === 'quit') runAction(action);
		},
		{isActive: true, burstsLast: true, heldBy: () => capturing.current},
	);

	if (!current) return <Text>No views.</Text>;
	if (width < minimumSize.columns || height < minimumSize.rows) {
		// The sizes first, so a narrow terminal cuts the hint, never a number.
		return <Text wrap="truncate-end">{`terminal too small: ${width}×${height}, needs ${minimumSize.columns}×${minimumSize.rows} (q quits)`}</Text>;
	}
	// While loading, only the Overview's module is loaded; the other tabs are drawn as they
	// will be in a moment (their keys wait for the review anyway), so the bar does not jump.
	const tabs = tabLabels(isLoading ? viewOrder : available, current.id, width);
	const View = current.component;
	const bodyHeight = height - 3;
	const isCurrentWeek = week.id === thisWeek.id;
	// One line whatever the width: the week's dates go first when room runs out, then the provider's name is cut.
	const {weekTitle, labelRoom} = headerTitle(width, week, isCurrentWeek, source.providerLabel);

	return (
		<Box flexDirection="column" width={width} height={height}>
			<Box justifyContent="space-between" width={width}>
				<Text wrap="truncate-end">
					<Text bold color={theme.accent}>director-review</Text>
					<Text color={theme.muted}>{headerLabel(source.providerLabel, labelRoom)}</Text>
				</Text>
				<Text wrap="truncate-end">
					<Text bold>{week.id}</Text>
					<Text color={theme.muted}>{weekTitle.slice(week.id.length)}</Text>
				</Text>
			</Box>
			<Text>
				{tabs.map((tab) => (
					// The current view is marked by brackets too, not by colour alone.
					<Text key={tab.id} bold={tab.isCurrent} color={tab.isCurrent ? theme.accent : theme.muted}>
						{tab.isCurrent ? `[${tab.label}]` : ` ${tab.label} `}
					</Text>
				))}
			</Text>
			<Box flexDirection="column" height={bodyHeight} overflow="hidden">
				{isHelpOpen ? (
					<HelpOverlay viewTitle={current.title} viewBindings={current.bindings} figures={current.figures?.(weekWords(report.week.id, report.isCurrent)) ?? []} availableViews={available} width={width} height={bodyHeight} />
				) : null}
				{/* The view stays mounted under the help, so its selection and drill-down survive a look at the keys. */}
				<Box display={isHelpOpen ? 'none' : 'flex'} flexDirection="column">
					<View
						source={source}
						report={report}
						week={week}
						width={width}
						height={bodyHeight}
						isActive={!isHelpOpen && !isLoading}
						setStatus={setMessage}
						setCapturesInput={setCapturesInput}
						isLoading={isLoading}
					/>
				</Box>
			</Box>
			<StatusLine message={isLoading ? 'loading the review… (figures as last shown)' : message} sync={source.syncStatus()} lastSyncedAt={source.lastSyncedAt()} now={source.now()} width={width} />
		</Box>
	);
}

/** Short names for narrow terminals, so the tab bar never wraps and pushes the screen down. */
const shortTitles: Partial<Record<ViewId, string>> = {delegation: 'Deleg.', predictability: 'Predict.', blockers: 'Blockers'};

function tabLabels(shown: readonly ViewId[], currentId: ViewId, width: number) {
	const make = (short: boolean) =>
		viewOrder.flatMap((id, index) => {
			if (!shown.includes(id)) return [];
			const title = short ? (shortTitles[id] ?? viewTitles[id]) : viewTitles[id];
			return [{id, label: `${index + 1} ${title}`, isCurrent: id === currentId}];
		});
	const length = (tabs: ReadonlyArray<{readonly label: string}>) => tabs.reduce((sum, tab) => sum + tab.label.length + 2, 0);
	const full = make(false);
	if (length(full) <= width) return full;
	const short = make(true);
	if (length(short) <= width) return short;
	// Narrower still: the current view by name, the others by their number key.
	return short.map((tab) => (tab.isCurrent ? tab : {...tab, label: tab.label.split(' ')[0] ?? tab.label}));
}
