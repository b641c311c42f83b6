import {describeJiraContract} from './jira-contract.js';

// The scenario org in Jira Cloud shapes (accountIds, search/jql); the hand-computed figures are in scenario.ts.
describeJiraContract('cloud');
