import type {ViewDefinition} from '../view-definition.js';
import {overviewView} from './overview/index.js';
import {triageView} from './triage/index.js';
import {exportView} from './export/index.js';
import {delegationView} from './delegation/index.js';
import {predictabilityView} from './predictability/index.js';
import {blockersView} from './blockers/index.js';

/** The views the TUI offers, in key order. */
export const views: readonly ViewDefinition[] = [overviewView, triageView, delegationView, predictabilityView, blockersView, exportView];
