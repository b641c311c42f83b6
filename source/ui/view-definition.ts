import type {ComponentType} from 'react';
import type {Week} from '../domain/types.js';
import type {ReviewSource} from '../review/session-types.js';
import type {WeekReport} from '../domain/week-report.js';
import type {ViewFigures} from './figure-definitions.js';
import type {Binding, ViewId} from './keymap.js';

export interface ViewProps {
	readonly source: ReviewSource;
	readonly report: WeekReport;
	readonly week: Week;
	readonly width: number;
	readonly height: number;
	/** False while a modal (help overlay) is open: the view must not take keys. */
	readonly isActive: boolean;
	/** One line in the status bar: what a key just did ("saved: ENG-42 → firefighting"). */
	readonly setStatus: (message: string) => void;
	/** A view with its own text prompt open takes every key until Esc; global keys must not leak into it. */
	readonly setCapturesInput: (captures: boolean) => void;
	/** True while the first frame is drawn from the stored snapshot and the review still loads. */
	readonly isLoading?: boolean;
}

export interface ViewDefinition {
	readonly id: ViewId;
	readonly title: string;
	readonly component: ComponentType<ViewProps>;
	/** This view's keys, for the help overlay. */
	readonly bindings: readonly Binding[];
	/** The figures this view shows, with their one-line definitions (docs/metrics.md) in the words of the week on screen, for the help overlay. */
	readonly figures?: ViewFigures;
}
