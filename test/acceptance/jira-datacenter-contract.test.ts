import {describeJiraContract} from './jira-contract.js';

// The scenario org in Jira Data Center shapes (names/keys, /rest/api/2/search, PAT); the hand-computed figures are in scenario.ts.
describeJiraContract('datacenter');
