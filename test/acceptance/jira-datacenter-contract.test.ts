import {describeJiraContract} from './jira-contract.js';

// The scenario org in Jira Data Center shapes (names/keys, /rest/api/2/search, PAT); the hand-computed figures are in scenario.ts.
describeJiraContract('datacenter');

// The same org on a site whose e-mail visibility is "mask" (jira.option.emailvisible): every address
// arrives as "dana dot ortiz at weekly dot example", and the roster still names people by e-mail.
describeJiraContract('datacenter', {label: 'e-mail addresses masked', fake: {emailVisibility: 'mask'}});
