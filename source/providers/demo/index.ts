export {createDemoProvider, demoPageSize} from './provider.js';
export {defaultTicketCount, defaultWeeks, generateDemoOrg, type DemoOptions, type DemoOrg} from './generate.js';
export {demoPeople, demoRoster, director as demoDirector} from './roster.js';
