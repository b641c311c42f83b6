export {classifyAll, classifyTicket, suggest, type ClassifyContext} from './classify.js';
export {trainLearner, minimumExamples, type Learner, type LearnedVerdict} from './learner.js';
export {validateRules, ruleMatches, ruleReason, defaultUserRuleConfidence, type ClassificationRule, type RuleCondition} from './rules.js';
export {builtinSignals, combineSignals, type Signal, type RuleVerdict} from './builtin-rules.js';
export {labelSignals, typeSignals, workKindAreas, priorityLabels} from './signal-tables.js';
export {titleSignals} from './title-words.js';
export {readTitleIntent, type TitleIntent} from './title-intent.js';
export {ticketFeatures, ticketText, titleTokens, stem, normaliseValue, type TicketText, type TitleToken} from './tokens.js';
export {teachingOrder, uncertaintyOf} from './teaching.js';
