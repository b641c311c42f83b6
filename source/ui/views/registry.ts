import type {ViewDefinition} from '../view-definition.js';
import {overviewView} from './overview/index.js';
import {triageView} from './triage/index.js';
import {exportView} from './export/index.js';

/** The views the TUI offers, in key order. */
export const views: readonly ViewDefinition[] = [overviewView, triageView, exportView];
