import type {Category} from '../types.js';
import {sharedSignal, type Signal} from './signal.js';

const op = 'operational' as const;
const st = 'strategic' as const;

/**
 * What a title says is happening or being done, read from its structure rather than its
 * words one by one:
 * - `planned`: it opens with planned work ("Spike:", "Evaluate …", "Automate …", "Add … to …",
 *   "Make sure … cannot …"); breakage words later in it name what the work deals with.
 * - `breakage`: it states that something is broken now ("is failing", "not receiving",
 *   "stopped replicating", "expired", "X down"); topic words in it ("docs", "CI") name what
 *   broke, not planned work on it.
 */
export interface TitleIntent {
	readonly signals: readonly Signal[];
	readonly planned: boolean;
	readonly breakage: boolean;
	/** Incident, on-call or alerting *tooling and process*: those words are then not firefighting. */
	readonly tooling: boolean;
	/** Planned only by a plain opener ("Ensure …", "Use …") or prevention wording, which in a
	 * ticket filed as a Bug describes its repair ("Ensure arguments … don't allow SQL injection"). */
	readonly plannedByWording: boolean;
	/** "Support" names a capability ("GaussDB locking support", "support for id() functions"), not support work. */
	readonly capability: boolean;
	/** What a thing does not support ("heartbeat replication don't support multimaster"): a capability missing, not support work. */
	readonly supportMissing: boolean;
	/** "Paged"/"paging" as results read a page at a time ("Phoenix server paging on valid rows", "Paged scan filters"), not someone paged. */
	readonly pagination: boolean;
	/** Error reporting or error handling, a capability ("Error Reporting in Sink Connectors"): its "error" is not an error now. */
	readonly errorCapability: boolean;
	/** A rollback paired with a commit, a transaction's two outcomes ("called after rollback as well as commit"), not a release rolled back. */
	readonly transactionOutcome: boolean;
	/** A package path opening the title, the place it is about ("x/tools/gopls: ", "cmd/compile: "), as written; '' when none. Its words name where, not the kind of work. */
	readonly place: string;
	/** A report filed by automation ("x/tools/gopls: automated issue report (crash)"): its "automated" says who filed it, not automation work. */
	readonly autoFiled: boolean;
}

/** A pattern, its verdict, and substrings one of which the title must contain before the
 * pattern is tried at all: a substring test is far cheaper than the regex, and this runs for
 * every ticket at start-up. */
type Rule = readonly [RegExp, Category, number, string, readonly string[] | RegExp];

const bracketTags: Readonly<Record<string, readonly [Category, number]>> = {
	incident: [op, 3],
	outage: [op, 3],
	urgent: [op, 2.5],
	hotfix: [op, 2.5],
	support: [op, 2],
	bug: [op, 1.2],
	// Alertmanager's and Grafana's notification title, "[FIRING:2] HighErrorRate", filed as a ticket.
	firing: [op, 3],
	spike: [st, 2],
	rfc: [st, 2],
	proposal: [st, 1.5],
	// "Experiment: GitLab Duo Slack Integration": an experiment is planned exploration, as a spike is.
	experiment: [st, 1.5],
	// "Idea: dark mode", "Feature Idea: useError hook" (set 22), "[Idea] …": something proposed, as a proposal is (version 69).
	idea: [st, 1.5],
	'feature idea': [st, 1.5],
	'tech debt': [st, 2],
	enhancement: [st, 0.8],
	// "[Meta] Lens visualization editor": an umbrella of planned work, as a tracking issue is.
	meta: [st, 0.8],
	// "Umbrella: SSO / OIDC / Token Expiry", "[Umbrella] …", and the umbrella emoji HashiCorp's and other trackers open such a
	// title with ("☂️ SSO / OIDC / Token Expiry"): the issue gathering a body of planned work, as a meta issue does.
	umbrella: [st, 0.8],
	// "[Umbrella Issue] AWS Infrastructure for Kubernetes", "Umbrella issue: k8s.gcr.io => registry.k8s.io solution", "Tracking
	// issue: …": the tag names the issue a plan or tracking issue, as "Umbrella issue for …" does (trackingIssue; version 61).
	'umbrella issue': [st, 1.5],
	'tracking issue': [st, 1.5],
	// "DNS REQUEST: kops.sigs.k8s.io", "[Access Request] …": a service request filed through an infrastructure team's issue
	// template, as an account or access asked for is (version 61). Not "Feature request:", read above as planned.
	'dns request': [op, 2],
	'access request': [op, 2],
	'account request': [op, 2],
	'membership request': [op, 2],
	'permission request': [op, 2],
	'permissions request': [op, 2],
	'quota request': [op, 2],
	// "Feature request: disable unavailable sensor", "[Feature Request] Tabs in Files": the reporter files it as a feature asked for.
	'feature request': [st, 1.5],
	// "Feature Req: Restore Markdown toggle" (element-hq/element-web): the same tag, shortened (version 62).
	'feature req': [st, 1.5],
	// "Redesign: General tab of user settings", "[Redesign] Room header": a design reworked as planned, as the opener "Redesign …"
	// reads (version 62).
	redesign: [st, 1.5],
	// "Epic: Billing engine v2", "[Epic] Self-serve onboarding": a body of planned work, as the tracker's Epic type is.
	epic: [st, 1.5],
};

// Conventional prefixes ("spike:", "fix(api):", "chore:"); others ("basehub:", "update/security:")
// only name a place and are skipped.
const prefixTags: Readonly<Record<string, readonly [Category, number]>> = {
	...bracketTags,
	fix: [op, 0.5],
	chore: [st, 0.8],
	refactor: [st, 1.5],
	feat: [st, 0.5],
	perf: [st, 0.8],
	ci: [st, 0.8],
	build: [st, 0.8],
	docs: [st, 0.8],
	adr: [st, 1.5],
};

// Openers are looked up by the title's first one or two words, not matched by a long regex:
// this runs for every ticket at start-up.
const strongPlanned = new Set(
	('spike evaluate evaluating automate automating implement implementing migrate migrating refactor refactoring decommission deprecate ' +
		// The word operations teams misspell most, and their shorthand for it: "Decommision sarel", "Decomission bowser", "Decom old bastion".
		'decommision decomission decomision decom ' +
		'introduce introducing document documenting write writing develop design redesign redesigning define consolidate standardize standardise experiment explore research prototype establish codify').split(' '),
);
const planned = new Set(
	('add adding create creating configure configuring enable enabling install deploy move moving replace replacing remove removing purge use using switch adopt ' +
		'integrate generate generating provide improve reduce consider cache clean cleanup upgrade upgrading bump extend extending refine rework rewrite split extract drop ' +
		'retire allow expose track measure monitor catch catching report prepare ensure setup lower clarify enhance enhancing optimize optimise optimizing optimising benchmark benchmarking ' +
		// "Revisit reserved/non-reserved keywords based on the ANSI SQL standard": a design reconsidered, as "rework" is.
		'revisit revisiting ' +
		// "Surface a plan regression insight", "Surface slow queries on the dashboard": something made visible, as "expose" makes it.
		'surface ' +
		// Work on the system's shape, as "refactor" and "consolidate" are: "Simplify the retry logic", "Decouple billing from
		// invoicing", "Harden TLS configuration", "Parallelize MultipleOutputs#close call", "Finalize the edit API".
		'simplify simplifying decouple decoupling harden hardening modernize modernise modernizing modernising parallelize parallelise ' +
		'parallelizing parallelising combine combining separate unify unifying streamline streamlining modularize modularise finalize finalise ' +
		// Code moved to another language or form, as a migration moves it: "Convert `/src/utils` to TS", "Convert class components to
		// hooks", "Convert deprecated classes … in samples" (version 62). Said to fail it is the subject still ("Convert to PDF fails").
		'convert converting ' +
		// Pages, strings or messages put into another language, or a form put into another form: "Translate "Python Table API" page
		// into Chinese", "Translate settings pages into German and French", "Translate predicates/priorities config to Plugin
		// configuration" (version 70). The translation said to be wrong or broken is not an opener ("Incorrect translation of n-ary
		// Union", "Translation is broken on the settings page"), and a translate feature said to fail is the subject still
		// ("Translate fails on long documents", "Translate button doesn't work").
		'translate translating ' +
		// A setting, an interface or a rule set as planned: "Adjust phpunit config in all apps", "Enforce UTC TZ on server side",
		// "Relax scopes of methods …", "Publish SBOM artifacts", "Include data type of the config in ConfigEntry", "Change SQL
		// Server default timestamp precision to 7". A change said to fail is breakage still ("Change password fails":
		// modifierSubjectFailed). Not "avoid": in the trackers read, "Avoid X when Y" as often reports a fix of what goes wrong now.
		'adjust adjusting enforce enforcing relax relaxing publish publishing include including change changing ' +
		// "Improvements to the UI for 3.x": the improving named as a noun, as "Improve the UI" names it as a verb.
		'improvement improvements ' +
		// A design reworked whole, as "redesign" and "rework" name it: "Revamp content warnings", "Overhaul the settings page" (version 71).
		'revamp revamping overhaul overhauling ' +
		// Something asked to be shown, or a feature's reach widened: "[CAL-5282] Show router position for all round robin event types",
		// "Show usage of cohorts", "[ui] Show Task Events in the Sidebar", "[CAL-3926] Expand round robin availability beyond the default
		// schedule", "Expand JIRA Project Key variable in other build tasks" (set 51; version 78). Not the UI's own Show or Expand
		// control named as the subject ("Show more button does nothing", "Expand all doesn't work": uiControlNamed), nor a show-stopper.
		'show expand').split(' '),
);
// "Update to WinUI 2.6 (prerelease)", "Update to Python 3.12": the version may follow the name of what is updated (version 42).
const versionTarget = /\bto ([a-z][\w.+-]* )?v?\d+(\.\d+)+\b/;
// "Update Jasper gRPC to latest version": an upgrade to the newest release, its number unsaid.
const latestTarget = /\bto (the )?(latest|newest)( stable)?( (version|release)s?)?$/;
// "Update japicmp configuration for 1.11.1", "Update documentation for 2.2.0": something brought up to date for a named release,
// a step of the release's preparation (version 70). Not an update said to fail or to leave something missing ("Update for 2.3
// fails on Windows", "Update notes for 1.4.0 are missing").
const releaseTarget = /^(update|updating)\b(?!.*\b(fails?|failed|failing|broken|breaks|broke|crash\w*|hangs?|not|isn't|aren't|doesn't|don't|can't|cannot|missing|wrong|incorrect\w*|errors?|exceptions?)\b).* for (the )?(release |version )?v?\d+(\.\d+)+\b/;
// "Log" opening a title as the verb, logging asked for: "Log whenever profiler settings are changed", "Log thread Id as part of
// error in FSM tests", "Log the request id on 500s". Only before what is logged or when: followed by a noun it is as often the
// log itself or the login ("Log threshold rule is triggering …", "Log in fails", "Log rotation is broken").
const logWhat = new Set('the a an all each every whenever when which who why what more any errors warnings details reason reasons cause thread request response stack full'.split(' '));
// The opening of a title that asks to clear something away ("Prune", "Auto-close", "Delete all the old"): read once
// here for staleCleared, and for the broken reading, which leaves stale things being cleared to it.
const staleClearing = String.raw`(auto-?)?(prun|archiv|delet|clos|purg|expir|remov|clean ?up|cleanup|reap|sweep|evict|drop)\w*( (all|the|any|old|of))*`;
const maturityPromotion = /^(promote|promoting|graduate|graduating)\b.* to (ga|beta|stable|general availability)\b/;
// "Turn on cbo in more q files": "turn on" is "enable" said in two words.
const plannedPairs = new Set(['turn on', 'set up', 'setting up', 'creation of', 'speed up', 'speed op', 'clean up', 'support for', 'tie into', 'look at', 'look into', 'assist with', 'alert on', 'build a', 'build an', 'build the', 'make sure', 'flesh out',
	// A capability asked for by name: "Option to set a node as editor only", "Ability to pin dashboards", "Request feature: …".
	'option to', 'ability to', 'request feature',
	// Planned work said with a particle: "Roll out Runner to all builds", "Spec out expected list latencies", "Stop using ginkgo.flakeAttempts".
	'roll out', 'rolling out', 'spec out', 'stop using',
	// A look over code or setup asked for, and a capability that finds its own setting: "Audit the semantics and the usage of
	// Tabet::GetComponents() in tablet.cc", "Audit all IAM roles", "Auto-detect NTP servers provided by the public cloud environment"
	// (set 54; version 88). Not an audit log or trail ("Audit log shows wrong user").
	'audit the', 'audit all', 'audit our', 'audit existing', 'auto detect',
	// Exploration asked for, as "explore" and "experiment" are: "FIREBREAK Idea: Try out spinnaker", "Try out Karpenter for node
	// scaling" (version 69).
	'try out', 'trial of',
	// A thing put to use, as "use" puts it: "Make use of the new faceting API offered by Lucene" (set 59; version 98).
	'make use']);
// Something turned back on as planned, as "enable" turns it on: "Re-enable the performance tests", "Re-enable disabled test
// HibernateSearchSessionFactoryObserverTest", "Reenable docker layer caching" (set 59; version 98). Not what is turned back on
// after an outage or an incident, which restores service ("Re-enable SSO after the outage"), nor a re-enable control or a
// re-enabled thing said to fail, which is the subject still ("Re-enable button is broken").
const reenabled = /^re-?enabl(e|ing) (?!(button|toggle|switch|option|link|action|command)s?\b)(?!.*\b(outages?|incidents?|downtime|sev ?[0-4])\b)/;
const supportWork = new Set(['ticket', 'tickets', 'request', 'requests', 'case', 'cases', 'escalation', 'query', 'queries', 'team', 'rotation', 'issue', 'issues', 'call', 'shift', 'customer', 'customers', 'user', 'users', 'needed', 'required']);
const investigateHow = /^investigate (how|options|a way|ways|whether|if|using|the use|alternatives)\b/;
// "Add sample for new AMQPItemReader & Writer", "Add an example of retry configuration", "Create a tutorial for the importer":
// documentation written, by example or in words, as "Document …" is; read as strongly, so a reporter filing it as a Bug does
// not make it a repair. Not the documentation's machinery or its links ("Add docs link to the error page", "Add sample rate").
const docsAdded = /^(add|adding|create|creating|provide|providing)( a| an| the| some| more| new)? (samples?|examples?|tutorials?|guides?|documentation|docs|javadocs?|how-?tos?|walkthroughs?)( (for|of|on|about|to|showing|explaining|describing|that|how)\b|\s*$)/;
// "Change minimum compiler level to 1.6", "Raise the minimum Java version to 17", "Set minimum SDK version to 24": the oldest
// version supported moved by plan, as "Bump minimum LLVM version …" reads through its opener.
const minimumRaised = new Set(['change', 'changing', 'raise', 'raising', 'increase', 'increasing', 'set', 'setting', 'lift', 'lifting', 'require', 'requiring']);
const minimumVersion = /^[a-z]+ (the )?(minimum|min|minimal|lowest)\b[^,;:]*?\b(versions?|levels?|targets?|sdks?|requirements?)\b/;

// Hardware, licences or capacity bought as planned: "Purchase Extra Tile Render Server", "Buy new general-purpose machines for DB4",
// "Order 4 more SSDs", "Procure a spare switch". Only before what is bought, counted or new: "Purchase flow fails on Safari", "Buy
// button is broken", "Order of columns is wrong" name a part of the product (version 52).
const procured = /^(purchase|purchasing|buy|buying|procure|procuring|order|ordering) (a|an|another|new|more|extra|additional|replacement|spare|two|three|four|\d+)\b/;

// "Better handling of failures and dead nodes", "Better error messages for failed payments": the improvement asked for, said
// by its adjective as "Improve handling of failures" says it by its verb; not a name that fails ("Better Auth login fails …").
const betterAsked = /^better (?!(\S+ ){0,3}(fails|breaks|crashes|hangs|is broken|does not|doesn't|not working)\b)/;
const madeQuality =
	/^make\b.*\b(configurable|reconfigurable|tunable|customi[sz]able|reloadable|pluggable|optional|visible|available|accessible|quicker|faster|easier|simpler|cheaper|smaller|consistent|internal|public|private|async|asynchronous|parallel|thread-safe|idempotent|immutable|extensible|testable|reusable|deterministic|explicit|opt-in|opt-out)\b/;
// A title that says something fails or goes wrong, anywhere after its first word.
const saysWrong = String.raw`(?!.*\b(fails?|failed|failing|broken|breaks|broke|crash\w*|hangs?|ignored|not|isn't|aren't|doesn't|don't|can't|cannot|never|no longer|wrong|incorrect\w*|errors?|exceptions?)\b)`;
// A need designed away: "Avoid the need to dynamically override the Analyzer to fieldname mapping", "Eliminate the need for manual
// restarts", "Obviate the need to copy keys by hand" (set 59; version 98). "Avoid" alone is no opener (planned), but what it avoids
// here is a step the design asks of people, not a failure; one said to fail is breakage still ("Avoid the need to restart fails").
const needRemoved = new RegExp(`^(avoid|avoiding|eliminate|eliminating|obviate|obviating|remove|removing) (the |any )?need (to|for)\\b${saysWrong}`);
const configurableAsked = new RegExp(`^(configurable|customi[sz]able)\\b${saysWrong}`);
// "Rename all dropdown labels to include JIRA: prefix", "Rename Workflow Plugin to Pipeline": names changed by plan, a refactor
// or a terminology cleanup. Not the editor's Rename feature said to fail ("Rename refactoring fails with "no result" …",
// "Rename/Go to Definition … sometimes fails …", "Rename button is broken") (version 63).
const renameAsked = new RegExp(`^(rename|renaming) (?!(button|dialog|action|command|feature|refactoring|option|menu)\\b)${saysWrong}`);
// The improvement a title ends on, after what is improved; not what an improvement broke or did not bring ("Regression after
// the performance improvements", "Crash since the UX enhancements", "No improvement", "Revert the search improvements"). So is a
// design reworked whole, named last as "Redesign …" names it first: "[CAL-2485] Settings Redesign", "Homepage revamp",
// "Navigation overhaul", "Onboarding rework" (set 51; version 78); not one that broke something ("Login broken after the
// settings redesign", "Crash since the navigation overhaul").
const improvementNamed = /^(?!(no|revert|reverting|rollback|roll back|undo)\b)(?!.*\b(after|since|from|by|with|caused|broke|breaks|regress\w*|crash\w*|fails?|failed|failing)\b)\S.*\b(improvements?|enhancements?|redesigns?|revamps?|overhauls?|reworks?)( (on|for|in|to|of|around|across|within) [^,;:]*)?\s*$/;
// A guard asked for: what the tool should do on a condition, said as an imperative ("Fail if --restoreDbUsersAndRoles used on
// wrong target", "Warn when a deprecated flag is used", "Fail fast when the schema is invalid", "Refuse to start with an empty
// password", "Make mongorestore warn when restoring archive from a different server version", "Make CI fail on lint errors").
// The failure or the wrong thing named after the condition is what the guard catches, not what goes wrong now. Only the bare
// imperative: "Fails if …", "Failing when …", "Fail to load …" and "Warning when saving" report what happens, and so, as often as
// not, does "Fail when running on Windows", a bare "Fail" before an action (version 72).
const guardAsked =
	/^(fail( (fast|early|loudly|hard|gracefully|clearly|explicitly|immediately))? (if|when|whenever|unless|instead of)\b(?! [a-z]+ing\b)|(warn|error out|bail out|bail)( (fast|early|loudly|hard|gracefully|clearly|explicitly|immediately))? (if|when|whenever|unless|instead of)\b|refuse to [a-z]+\b|make ([\w.$/-]+ ){1,3}(warn|fail|error out|abort|refuse to [a-z]+|prompt( for [\w-]+)?)( (if|when|whenever|unless|on|for|instead of)\b|\s*$))/;
// Tests or checks run against a version, a platform or on a schedule: "Run passthrough tests with 8.1 and 8.2", "Run qa and legacy
// tests against 8.0", "Run e2e tests on every PR": CI coverage planned. Not a run said to fail, nor the editor's "Run tests" button
// or command named as the subject ("Run tests button is missing", "Run Tests fails with ENOENT") (version 72).
const testsRun =
	/^run (the |all |our |more |a |every )?([\w./+-]+ ){0,3}(tests?|test suites?|suites?|specs?|benchmarks?|linters?|checks?|smoke tests?)\b(?! (buttons?|icons?|menus?|tabs?|links?|dialogs?|actions?|commands?|options?|targets?)\b)(?!.*\b(fails?|failed|failing|broken|breaks|hangs?|crash\w*|times? out|timed out|stuck|not|isn't|doesn't|don't|can't|cannot|missing|disabled|gone|errors?|exceptions?)\b)/;
// The UI's own Show or Expand control, or a show-stopper, opening the title as its subject: "Show more button does nothing", "Expand
// all doesn't work", "Expand/collapse state is lost", "Show stopper: login loop"; nor a statement or command of that name said to
// fail ("SHOW VIEWS fails with MetaException …", "Expand macro crashes on nested quotes") (version 78).
const uiControlNamed = /^(show|expand)(\/| all\b| more\b| less\b| (button|icon|arrow|link|toggle|control|option|menu|stopper)s?\b| ([\w-]+ )?(button|icon|arrow|link|toggle|control)s?\b| ([\w.-]+ ){0,2}(fails|failed|crashes|crashed|throws|threw|errors|hangs|breaks|broke)\b)/;
// Microsoft's Surface devices, named before what goes wrong with them: "Surface Pro crashes on launch" is no work made visible.
const surfaceDevice = /^surface (pro|book|laptop|go|duo|hub|studio|pen|dial|keyboard|earbuds|headphones)\b/;

// The modals and verbs that follow a subject, not an imperative's object: "Monitor should …", "Deploy is …", "Update doesn't …".
const subjectVerbs = new Set(['should', 'must', 'shall', 'will', 'would', 'can', 'cannot', 'could', 'is', 'isn', 'are', 'aren', 'was', 'wasn', 'were', 'does', 'doesn', 'did', 'didn', 'has', 'hasn', 'keeps', 'sometimes', 'always', 'never', 'still']);

const placeThenImperative = /^(in|on|for|within|inside|across|under|from) [^,;:]{1,40}, /;
const lookedAtThen = /^(review|reviewing|audit|auditing|identify|identifying|investigate|investigating|analy[sz]e|analy[sz]ing|assess|assessing|evaluate|evaluating|research|inventory|revisit|reconsider|check|verify|test|understand|explore|find|locate) and (?=[a-z])/;
function plannedOpener(rawTitle: string): Signal | null {
	// "Please add way to recover from rocksdb corruption errors", "Please support dark mode": the courtesy before the ask.
	const title = rawTitle.startsWith('please ') ? rawTitle.slice('please '.length) : rawTitle;
	if (surfaceDevice.test(title) || uiControlNamed.test(title)) return null;
	// Where the work is, said first and set off by a comma, then the imperative: "In desktop web app, remove unnecessary steps for
	// copying permalink", "In settings, add a toggle for dark mode", "For large channels, improve load time" (version 79). Read
	// from the imperative on, and not where what follows states breakage ("In settings, add button does not work"), nor where it
	// is no imperative ("In production, API returns 500").
	const placeFirst = placeThenImperative.exec(title);
	if (placeFirst) {
		const rest = title.slice(placeFirst[0].length);
		return breakageRules.some((rule) => matches(rule, rest)) ? null : plannedOpener(rest);
	}
	// Two verbs joined at the opening, the first a look at the thing and the second the change: "Review and refine in-product text
	// for Account Settings", "Audit and remove unused IAM roles", "Identify and document the retry paths" (version 79). Read as the
	// second verb opening the title; "Investigate and fix login crash" stays a repair, "Review and merge the PR" plans nothing.
	const lookThenChange = lookedAtThen.exec(title);
	if (lookThenChange && !strongPlanned.has(lookThenChange[1]!) && !planned.has(lookThenChange[1]!)) return plannedOpener(title.slice(lookThenChange[0].length));
	const words = /^([a-z]+)(?:[ -]([a-z]+))?/.exec(title);
	if (!words) return null;
	const first = words[1]!;
	// A word joined to what follows by "." or "(" is code, not a verb: "write.partitionBy() creates duplicate
	// subdirectories …" names a method, as "add(…) throws …" names its own; so is one joined by "_", a snake_case name
	// ("create_one_connection_for_sescmd() doesn't correctly replace m_current_master", "add_index fails on empty tables").
	if (/^([.(]\S|_[a-z0-9])/.test(title.slice(first.length))) return null;
	// An opener followed by a modal or a verb of its own is the subject, not an imperative: "Monitor should remove [Master] when
	// starting switchover", "Deploy should not restart healthy pods", "Upgrade is not possible from 2.4"; the title says what
	// it does or should do.
	if (words[2] !== undefined && subjectVerbs.has(words[2]) && !/^[a-z]+ (should|must|can|will) (now |also )?(be )?(able to |possible to )?(support|allow|accept|handle|provide|offer|have|show|display|expose|use)\b/.test(title)) return null;
	const pair = words[2] === undefined ? '' : `${first} ${words[2]}`;
	if (strongPlanned.has(first) || docsAdded.test(title)) return {category: st, weight: 1.5, reason: 'title: opens with planned work'};
	if (minimumRaised.has(first) && minimumVersion.test(title)) return {category: st, weight: 1.2, reason: 'title: opens with planned work'};
	if (planned.has(first) || plannedPairs.has(pair) || reenabled.test(title) || needRemoved.test(title) || investigateHow.test(title) || betterAsked.test(title) || procured.test(title)) return {category: st, weight: 1.2, reason: 'title: opens with planned work'};
	// "Update Default HBase 2.5 version to 2.5.13", "Update c3p0 to 0.12.0": an upgrade to a named version.
	if ((first === 'update' || first === 'updating') && (versionTarget.test(title) || latestTarget.test(title) || releaseTarget.test(title))) return {category: st, weight: 1.2, reason: 'title: opens with planned work'};
	if (first === 'log' && words[2] !== undefined && logWhat.has(words[2])) return {category: st, weight: 1.2, reason: 'title: opens with planned work'};
	// "Make dfs.blockreport.intervalMsec reconfigurable", "Make Sub-topology Parallelism Tunable", "Make Startup Quicker": a
	// quality given by design. Not "make X work" nor "less flaky", which restore what broke.
	if (first === 'make' && madeQuality.test(title)) return {category: st, weight: 1.2, reason: 'title: opens with planned work'};
	if (guardAsked.test(title)) return {category: st, weight: 1.2, reason: 'title: a guard asked for'};
	if (first === 'run' && testsRun.test(title)) return {category: st, weight: 1.2, reason: 'title: opens with planned work'};
	// "Promote VolumePVCDataSource to GA in 1.18", "Graduate X to beta": a feature moved up a maturity level as planned.
	if (maturityPromotion.test(title)) return {category: st, weight: 1.2, reason: 'title: opens with planned work'};
	// "Support computed columns" asks for a capability; "Support ticket …", "Support request …" is support work.
	if ((first === 'support' || first === 'supports') && words[2] !== undefined && !supportWork.has(words[2])) return {category: st, weight: 1.2, reason: 'title: opens with planned work'};
	// "Configurable HTTP timeout parameter for JiraRestService", "Configurable retry count for webhooks": a setting asked for,
	// named by its quality as "Make X configurable" names it; not a configurable thing said to fail ("Configurable timeout
	// fails to apply", "Customizable theme is broken") (version 63).
	if (configurableAsked.test(title) || renameAsked.test(title)) return {category: st, weight: 1.2, reason: 'title: opens with planned work'};
	// "Issue selector step improvement", "Search performance improvements", "Dashboard UX enhancements": the improvement named
	// by the noun that ends the title, as "Improvements to the UI" names it first (version 63).
	if (improvementNamed.test(title)) return {category: st, weight: 1.2, reason: 'title: an improvement named'};
	return null;
}

// "Support" after a capability or before what is supported, not after who is helped: "GaussDB
// locking support", "criteria support for id() functions"; not "customer support", "need support for".
const helped = 'customers?|users?|production|prod|on-?call|oncall|it|tech|technical|l[123]|24/7|emergency|urgent|vendor|team|infra|ops|need|needs|needed|request|requesting|ask|asking|want|get|getting|more|with|of|for|the';
// Who is helped rather than what is supported: "support for the on-call rotation", "to support our customers".
const helpedObject = '(a |an |the |my |our |this |that )?(tickets?|requests?|cases?|customers?|users?|team|on-?call|rotation|incidents?|outages?|escalations?)\\b';
// "Support" as the verb of what a system should do is a capability too: "The kms should also support the
// same new feature", "We need to support the original functionality of hive".
const capabilitySupport = new RegExp(
	`(?<!\\b(?:${helped})\\s)\\bsupport for (?!${helpedObject})|[a-z0-9)] (?<!\\b(?:${helped}) )support$|\\b(to|should|shall|must|can|could|will|would)( also| now)? support (?!${helpedObject})[a-z]`,
);

// What a release stops supporting is a capability retired, not support work: "Drop Python 2.6 support controllerside",
// "Remove IE11 support from the web client", "Deprecate Ubuntu 18.04 support".
const supportDropped = /^(drop|dropping|remove|removing|deprecate|deprecating|retire|retiring|discontinue|discontinuing|sunset|sunsetting|end|ending)\b.*\bsupport\b(?! (tickets?|requests?|cases?|rotation|team|shifts?|queue|escalations?|staff|engineers?)\b)/;

// What a thing does not support is a capability it lacks, and its "support" is not support work: "heartbeat replication don't
// support multimaster", "azure-service-bus component does not support session", "IPv6 literal address not supported for quorum
// members". Filed as planned work (a New Feature, an Improvement) it is the capability asked for (builtin-rules.ts); filed as a
// Bug or untyped, the title alone does not say whether it is a feature asked for or a defect. Not a capability lost ("Ecovacs model
// no longer supported", "… not supported anymore", "… not supported after upgrade"), which is breakage, nor support work refused
// ("We don't support tickets on weekends").
const supportMissingPhrase = new RegExp(
	`\\b(doesn't|does not|don't|do not|didn't|did not|isn't|is not|aren't|are not|wasn't|was not|weren't|were not|can't|cannot|can not|won't|will not|not)( yet| fully| currently| properly)? (support|supports|supported)\\b(?! ${helpedObject})(?!.*\\b(anymore|any more|any longer|since|after)\\b)`,
);

// Asking a vendor's or another team's support for help is support work: "Contact AWS support", "Raise a case for Azure support".
const supportSought = /\b(contact\w*|call\w*|ask\w*|email\w*|ping\w*|reach\w* out|escalat\w*|(open|rais|fil)\w* an? (case|ticket)|waiting (on|for))\b/;

// A restart or reboot on a schedule is maintenance set up ahead, not a repair: "macs: reboot every sunday between 0:00 and 3:00".
const scheduledRestart = /^(reboot|restart)\w*\b.*\b(every (day|night|week|month|hour|\d+ \w+|(mon|tues|wednes|thurs|fri|satur|sun)day)|daily|nightly|weekly|hourly|monthly|periodically|on a schedule)\b/;
// An update, bump or branch switch made to get a fix: "bump to fix db deadlocks", "bump hydra to apply download fix", "use hydra branch with
// AWS_SHARED_CREDENTIALS_FILE fix", "apply Nix patches to (try to) fix S3 upload abortions". A repair shipped as an update, so its opener is
// not planned work (as "Upgrade jetty due to CVE" is a security patch).
const updateForFix: Rule = [/^(upgrad|updat|bump|appl|use|pin|switch)\w*\b.*\b(to (\(?try to\)? )?(fix|resolve)|to apply .*\bfix(es)?|with .*\bfix(es)?\s*$)\b/, op, 2, 'title: an update that fixes', ['fix', 'resolv']];
// Fixes named as a noun: "Various fixes for mimas", "database connection pool exhaustion fixes", "fixups hydra staging"; not a
// code-quality tool's findings fixed ("Knox Ranger test coverity fixes"), which is code hygiene, nor documentation's ("Docs fixes").
const fixesNamed: Rule = [/^(various|some|several|minor|small|quick|misc|miscellaneous|more|additional|assorted|multiple) fix(es|ups)\b|(?<!\b(coverity|checkstyle|spotless|lint|sonar|findbugs|spotbugs|pmd|style|javadoc|typo|warning|deprecation|docs?|documentation|readme|translations?|i18n|l10n|spelling|grammar|wording|copy) )\bfix(es|ups)\s*$|^fixups?\b/, op, 1.2, 'title: fixes', ['fix']];
// A rollback paired with a commit names a transaction's two outcomes: "Change ChunkListener interface and semantics to be called after
// rollback as well as commit", "Call listeners on commit and rollback", "Transaction commit/rollback hooks". Not a commit rolled back
// ("Rollback the commit that broke the build", "Roll back the last commit"), which is a repair.
const transactionPair = /\b(commit|commits|committed)\s*(\/|,|&|\+|\band\b|\bor\b|\bas well as\b|\bvs\b\.?|\bversus\b)\s*(on |upon |after |before )?(rollback|rollbacks|roll back|rolled back)\b|\b(rollback|rollbacks|roll back|rolled back)\s*(\/|,|&|\+|\band\b|\bor\b|\bas well as\b|\bvs\b\.?|\bversus\b)\s*(on |upon |after |before )?(commit|commits|committed)\b/;
// A user's option, setting or toggle asked back is a capability asked for, not a repair: "Restore option to turn off threads", "Feature
// Req: Restore Markdown toggle", "Restore the ability to hide read receipts" (version 62). Not what was lost by accident or by an
// upgrade ("Restore the setting lost after the 2.3 upgrade", "Restore settings from backup"), nor support for a thing, which a
// repair gives back ("Restore support for DROP PARTITION PURGE").
const restoredCapability: Rule = [/^(restore|restoring)( the| an?| my| our)? ([\w-]+ ){0,3}?(option|options|toggle|toggles|setting|settings|ability|abilities|preference|preferences|checkbox|checkboxes)\b(?!.*\b(lost|missing|disappear\w*|vanish\w*|deleted|wiped|reset|accidental\w*|by mistake|after|since|broke\w*|regress\w*|backups?|snapshots?|from)\b)/, st, 1.2, 'title: a capability asked back', ['restor']];
const restoringOpeners: Rule = [/^(fix|fixing|fixe[sd](?![-\w])|restore|repair|resolve|recover|unblock|diagnose|debug|rollback|roll back|revert|reboot|restart|rerun|re-run|free up|kill)\b/, op, 1.2, 'title: opens with a repair', ['fix', 'restor', 'repair', 'resolv', 'recover', 'unblock', 'diagnos', 'debug', 'roll', 'revert', 'reboot', 'restart', 'rerun', 're-run', 'free up', 'kill']];

// The opener's word as the subject of what it did, not an imperative: "Upgrade fails because user id is invalid for ldap
// users", "Deploy broke checkout". An imperative is not followed at once by a verb of its own.
// "Setup error", "Install failure on ARM": the opening word is the noun whose error the title states, not a verb of planned work.
// "Upgrade from 1.4.3 to 1.5.2 fails (PostgreSQL 10.5)", "Migration from 1.11 to 1.12 failing": the change named by the versions
// it went between, then said to fail, is that change having failed; "Upgrade from 2.3 to 2.4" alone, or with a purpose after it
// ("Upgrade from 1.2 to 1.3 to fix failing builds"), is planned work.
const openerFailed =
	/^[a-z]+(-[a-z]+)? (fails|failed|breaks|broke|crashes|crashed|hangs|hung)\b|^(setup|set-up|install|upgrade|update|deploy|build) (errors?|failures?)\b(?! (messages?|handling|reporting|codes?|pages?|dialogs?|alerts?|alerting|logs?|logging|tracking|reports?|budgets?|dashboards?|states?|notifications?|rates?)\b)|^(upgrade|upgrading|update|updating|migrate|migrating|migration) (from )?(v|version )?\d[\w.+-]* (to|->|→) (v|version )?\d[\w.+-]* (fails|failed|failing|fail|breaks|broke|crashes|crashed)\b/;
// The versions named first, then a comma or a colon, then what failed in that move: "Upgrade to v4.4.1 from v4.3.8, database
// migration fails on AddFetchedRepliesAtToStatus", "Update from 1.6.1 to 2.0.0 : db:migrate fails", "Upgrade to 4.2, migrations
// fail", "Upgrade to Node 22, tests fail on CI" (version 71). The admin's report of an upgrade gone wrong, as "Upgrade from 1.4.3
// to 1.5.2 fails" is. Not a step or a purpose after the break ("Upgrade to Rails 7, fix failing specs", "Upgrade to 4.2, then
// check what fails"), nor a failure denied ("Upgrade to 4.2 so migrations no longer fail").
const versionMoveFailed =
	/^(upgrade|upgrading|update|updating|migrate|migrating|migration) (from|to) ([a-z][\w.+-]* )?(v|version )?\d[\w.+-]*( (to|from|->|→) ([a-z][\w.+-]* )?(v|version )?\d[\w.+-]*)?\s*(,|:|;| -| –| —)\s+(?!(fix|fixing|handle|handling|ensure|make|check|verify|test|update|add|remove|investigate|document|so|to|and|then|before|after|once|if|when|unless|until)\b)(?!(\S+ ){0,3}(not|no longer|never|won't|don't|doesn't)\b)([\w.:#/-]+ ){0,3}(fails|failed|fail|breaks|broke|crashes|crashed|errors out|(is|are) (failing|broken))\b/;
// The same with any breakage the readings below know said after the separator: "Upgrade from 5.34.2 to 5.35.1 - no more login
// possible from desktop client!?", "Update to 9.4.1: users cannot log in", "Upgrade from 6.3 to 7.1 - push notifications not
// received" (version 79). The part after the separator is read alone, so the step or purpose words versionMoveFailed keeps out
// still keep a planned upgrade planned ("Upgrade to 4.2, fix what is not working", "Upgrade to Node 22 - ensure builds do not
// break").
const versionMoveHead =
	/^(upgrade|upgrading|update|updating|migrate|migrating|migration) (from|to) ([a-z][\w.+-]* )?(v|version )?\d[\w.+-]*( (to|from|->|→) ([a-z][\w.+-]* )?(v|version )?\d[\w.+-]*)?\s*(,|:|;| -| –| —)\s+(?!(fix|fixing|handle|handling|ensure|make|check|verify|test|update|add|remove|investigate|document|so|to|and|then|before|after|once|if|when|unless|until|why|what|how|whether)\b)/;
function versionMoveStatesBreakage(title: string): boolean {
	const head = versionMoveHead.exec(title);
	if (!head) return false;
	const tail = title.slice(head[0].length);
	return breakageRules.some((rule) => matches(rule, tail));
}
// The same with its object between: "Update 13.0.4 to 14.0.3 via web interface results in Internal Server Error",
// "Enabling gzip causes 500s". Read only where the title states breakage, and not through a relative or conditional
// clause or a guard ("Remove the lock that causes deadlocks", "Update X to avoid … that leads to …").
// "Remove race in …", "Eliminate the race between …": a race removed is a bug repaired, so "remove" plans nothing here.
const raceRemoved = /^(remove|removing|eliminate|eliminating)( a| the)? (race|data race)s?\b(?! (results?|tracks?|cars?|days?|series|games?|modes?|events?|detector))/;
const openerCausedOutcome = /^[a-z]+\b(?:(?! (that|which|who|whose|when|whenever|if|unless|until|so|because|avoid\w*|prevent\w*|without)\b)[^,;:])* (results? in|resulted in|leads? to|led to|causes|caused)\b(?! by\b)/;
// A gerund opening the title is the subject of what the title says it did: "Using React.lazy with Suspense crashes the app",
// "Upgrading to 3.1 breaks login", "Creating an invoice throws NullPointerException", "Migrating from 17 to 18 failed". Not
// through a relative or conditional clause, a purpose or a guard ("Adding retries so the job no longer fails", "Creating a
// dashboard to track failed logins", "Using a queue that never drops events"); a past form only as the statement, not as an
// adjective ("Adding tests for failed uploads"). What it makes impossible is said the same way ("Enabling 2FA on self-hosted
// website makes it impossible to login on Android app").
const gerundSubjectFailed =
	/^[a-z]+ing\b(?:(?! (that|which|who|whose|when|whenever|if|unless|until|so|because|against|without|avoid\w*|prevent\w*|to (fix|avoid|prevent|handle|track|detect|report|catch|log|alert|monitor|reduce|stop|show|surface|retry))\b)(?:[^,;:]|(?<=\S):(?=\S)))* (?<verb>crashes|fails|breaks|throws|hangs|freezes|errors|stops|results? in|leads? to|causes|makes it impossible|made it impossible|does not|doesn't|did not|didn't|is not|isn't|no longer|never|(crashed|failed|broke|threw|hung|froze|errored|stopped|resulted in|led to|caused)(?=\s*[.!]*$| (with|on|in|at|after|when|because|due|for|during|since|again|silently)\b))\b/;

// The same through a relative clause on the gerund's object, when the failure ends the title: "Migrating a GitHub repository that
// has dependabot pull requests fails", "Importing a project which uses LFS crashes". Not when the failure is the relative clause's
// own ("Adding a test for the job that fails", "Using a queue that never fails"), nor after a purpose or a condition ("Adding
// retries so a sync that times out no longer fails").
// A change named as a noun opening the title, then said to break or fail, is that change having broken something: "Upgrade to
// Node 22 breaks the build", "Upgrade of Postgres broke replication", "Refactor of auth middleware broke SSO". Not through a
// clause, a purpose or a condition before the verb ("Upgrade Postgres before the old version breaks", "Refactor the job that
// fails", "Rewrite of the importer to fix broken CSV uploads"), nor after a colon or a comma. A colon inside a word is no
// break: an image's tag or a package's epoch ("Upgrade to postgres:16 breaks migrations", "Upgrade to docker-ce-cli 5:27.0.3
// breaks nomad"), here and in the gerund's reading ("Upgrading to redis:7 breaks the session store").
// A change that did damage is breakage too: "Upgrade wiped the saved filters", "Rewrite lost the formatting" (version 82); only
// the past tense before what it hit, so a purpose ("Migration to drop the legacy columns") or the participle as an adjective
// ("Update deleted records", "Upgrade locked dependencies") stays planned.
// What a gerund's action causes, when it is breakage: an error, an exception, a crash, a failure, an HTTP 5xx, a timeout, a loop.
const causedBreakage =
	/\b(causes|caused|results? in|resulted in|leads? to|led to)\s+(an? |the |random |intermittent |occasional |many |multiple |lots of |a lot of |unexpected |internal )?(\d{3} )?(server )?(errors?|exceptions?|crash(es)?|failures?|5\d\ds?|outages?|data loss|deadlocks?|time-?outs?|hangs?|freezes?|panics?|blank (pages?|screens?)|infinite (loops?|redirects?)|(login|redirect|reload) loops?|memory leaks?)\b/;
// A gerund's action said to make something wrong, unusable or fail (gerundMade, below).
const gerundMadeWrong =
	/^[a-z]+ing\b(?:(?! (that|which|who|whose|when|whenever|if|unless|until|so|because|against|without|avoid\w*|prevent\w*|to [a-z]+)\b)[^,;:])* (is making|are making|was making|were making|makes|made) ([\w.#/'-]+ ){1,4}?(inaccurate|incorrect|wrong|invalid|unusable|unreadable|unresponsive|inaccessible|unavailable|empty|blank|disappear|vanish|fail|crash|break|stop working)\b/;
// The reporter's tag at a title's end: " - bug", ": bug", " (bug)", " [bug]", " - defect".
const trailingBugTag = /(\s[-–—|]\s*[([]?|\s?:\s*[([]?|\s[([])(bug|defect)[)\]]?\s*[.!]*$/;
// What a change did to what it hit, in the past tense and before it, so the participle as an adjective ("Upgrade locked
// dependencies") is not read: nounSubjectFailed's and "a change did damage"'s (version 82).
const didDamage = String.raw`(locked|deadlocked|wiped|deleted|dropped|corrupted|truncated|lost)`;
const damagedThing = String.raw`(the|all|our|every|some|most|half|\d+%?|an?|prod|production|customers?'?|users?'?)`;
// Where a predicate of breakage ends: the title's end, a comma, or what says where or when ("Deploy pipeline broken on main").
const predicateEnd = String.raw`(?=\s*[.!]*$|,| (on|in|since|after|for|when|with|again|at|during|under|because|due|from|in)\b)`;
const nounSubjectFailed =
	new RegExp(
	String.raw`^(upgrade|update|migration|rewrite|refactor|redesign|revamp|overhaul|deployment|rollout|roll-out|switch|bump|convert|conversion|translate|translation)\b(?:(?! (that|which|who|so|because|before|until|unless|once|when|whenever|while|if|where|to (fix|avoid|prevent|handle|stop|reduce|catch|detect))\b)(?:[^,;:]|(?<=\S):(?=\S)))* (?<verb>breaks|broke|crashes|crashed|fails|failed|hangs|hung|freezes|froze|throws|threw|${didDamage}(?= ${damagedThing}\b))\b`,
);
// An opener's word used as a noun's modifier, with the noun said to be broken: "Upgrade Tests Broken on Master", "Deploy
// pipeline broken", "Deploy fail on staging", "Build broken since Tuesday", "Publish step times out". Only the predicate: "broken" or "failing" before
// a noun is an adjective ("Upgrade broken dependencies", "Update failing tests" ask for work on them).
// The noun said to be down or to answer with an HTTP error is broken too: "Deploy API is down", "Translate service returns 500"
// (version 80); the breakage reading of such titles ("title: HTTP error") is not asked once the opener has read them as planned.
const modifierSubjectFailed =
	new RegExp(
	String.raw`^(upgrade|update|migration|migrate|deploy|deployment|install|installer|build|release|rollout|sync|import|export|backup|restore|setup|change|publish|include|convert|translate)( [\w.#/-]+){0,2} (are |is )?((?<verb>broken|failing|fail|fails|failed|crashing|times out|timed out|timing out|hangs|hung|stuck)${predicateEnd}|(?<verb2>crashes|breaks|broke)\b|(is|are) (down|unavailable|unreachable|offline)${predicateEnd}|(returns|returning|throws|throwing) (an? )?(http )?[45]\d\d\b)`,
);
// A part of the product named by an opener's word, then said not to work: "Upgrade button doesn't work", "Add member dialog
// doesn't open", "Create account flow is not working". The opener names the button, the dialog or the flow; it plans nothing.
const namedPartNotWorking =
	/^[a-z]+( [\w.#/-]+){0,2} (button|buttons|link|links|page|flow|option|menu|dialog|form|screen|tab|command|script|wizard|modal|banner|toggle|switch|action|shortcut|field|dropdown|popup|panel|widget) (does not|doesn't|do not|don't|is not|isn't|are not|aren't|not|no longer|never|stopped|stops|has stopped) (work|working|respond|load|show|appear|open|function|do|display|render|sav)\w*/;
const gerundClauseFailed =
	/^[a-z]+ing\b(?![^,;:]*\b(so|because|when|whenever|if|unless|until|without|avoid\w*|prevent\w*|to (fix|avoid|prevent|handle|track|detect|report|catch|reproduce))\b)[^,;:]* (that|which|whose) [^,;:]*(?<!\b(that|which|who|it|not|never|longer|should|must|may|might|could|would|can|will|to)) (?<verb>fails|failed|breaks|broke|crashes|crashed)( \([^)]*\))?[.!]*$/;
// A user asking how they can do something is a question for support: "How do I reset my password?", "How can I restore a
// deleted branch". Only the first person singular: on an engineering team's tracker "How to roll out the new billing engine",
// "How should we version the public API" and "How do we reduce on-call load?" are design questions, planned work. Not a
// guide or page of the documentation named so ("How do I upgrade: guide").
const howToAsked: Rule = [/^how (do|does|can|could|should|would) (i|one)\b(?!.*\b(guides?|docs?|documentation|tutorials?|pages?|sections?|articles?|readme|faq|how-?tos?)\b)/, op, 1.5, 'title: a how-to question', ['how']];

// A guide, a cheat sheet or a walkthrough: documentation by another name ("Guide for build and installation", "Cheat Sheet for
// Windows Terminal key bindings"), as a how-to is. Read as a word, not a stem: "guide" and a GUID share one ("Profile GUID changes
// after update"). Not when the title states breakage ("Installation guide link is broken"); version 42.
const guideWritten: Rule = [/\b(guides?|cheat ?sheets?|walk-?throughs?)\b/, st, 1, 'title: a guide', ['guide', 'cheat', 'walk']];

const prevention: Rule = [/\b(make sure|ensure|prevent|avoid|so that|guard against)\b.*\b(not|cannot|can't|can ?not|don't|doesn't|does not|never|no longer|without|even if|even when|won't)\b/, st, 2, 'title: make sure … not', ['sure', 'ensure', 'prevent', 'avoid', 'so that', 'guard']];

/**
 * States of breakage. Negative lookbehinds keep "take a node offline" and "should not start" out. "published" only as
 * done ("Nightly builds not published to npm"), so an instruction not to publish ("Don't publish drafts") is not read.
 * Nor is an instruction opening the title ("Don't send emails to unsubscribed users", "Do not sync archived projects");
 * "Never received the reset email" states what happened. Not evaluated or removed is breakage too ("Rule engine does not
 * evaluate nested conditions", "Cannot remove user from group", "Files not removed after uninstall"); not what is "not yet
 * removed", which is cleanup still to do, nor a removal said to wait on something ("We can't remove the old cluster until
 * payments migrate", "Can't remove feature flag checkout_v2 yet"), nor a removal ("No removal of …"). An app that cannot be
 * launched is one that does not start ("Unable to launch WSL Ubuntu", "Can't launch the app after update"), and a screen reader
 * that does not announce what is on screen is an accessibility defect now ("Screen Reader is not announcing the pop-up message");
 * version 42.
 */
// "Never" opening the title before a plain verb is a rule asked for, as "Don't …" is: "Never send reminders for cancelled
// bookings", "Never log secrets" (version 90); "Never received the invite" and "Never getting emails" still report it.
const notWorking: Rule = [/(?<!\b(should|must|would|to|make sure|ensure|sure)\s)(?!(?<=^)(don't|do not|dont)\b)(?!(?<=^)never (?!\w+(ed|ing|s)\b)\w+\b)(?<!^do\s)\b(not|no longer|never|isn't|aren't|doesn't|does not|don't|didn't|did not|can't|cannot|can not|couldn't|unable to|won't|fails? to|failed to|failing to|no)\s+(\w+\s+)?(receiv|send|sent|work|resolv|updat|sync|start|launch|announc|respond|load|build|built|process|show|connect|log|access(?!ibilit)|pull|push|download|upload|deliver|run|boot|reach|open|render|display|accept|return|finish|complet|replicat|renew|mount|appear|added|being|email|mail|install|rememb|published|evaluat|collect|scrap(e|es|ed|ing)\b|record(?!s? (of|for)\b)|(?<!\byet )remov(?!al)(?!.*\b(until|yet)\b))\w*/, op, 2, 'title: not working', ['not', 'no ', 'never', "n't", 'cannot', 'unable', 'fail']];

// Breakage stated as what users cannot do: "Enabling 2FA on self-hosted website makes it impossible to login on Android app",
// "Impossible to upload images after update", "It's impossible to save settings on Safari". Not a rule or a goal: an
// imperative opening the title ("Make it impossible to delete the last admin", "Add a check that makes it impossible to
// deploy on Fridays"), nor what should, must or will be impossible ("It should be impossible to merge without review").
const impossibleTo: Rule = [/^(?!(make|makes|making|add|adding|ensure|enforce|keep|prevent|block|forbid|disallow|require)\b)(?!.*\b(should|must|shall|will|would) (be|become|make it) impossible\b).*?\bimpossible to\s+(\w+\s+)?(log|sign|save|upload|download|send|open|access|use|load|connect|install|edit|delete|create|add|updat|publish|post|select|switch|play|start|run|read|view|see|reply|comment|change|remove|share|sync|import|export|search|scroll|type|tap|click|enter|set|close|navigat|submit|pay|register|reset|restor|configur|mov|copy|past|find|build|launch|reach|get)\w*/, op, 2, 'title: impossible to', ['impossible']];

// What a system should do, said not done: "count distinct rewrite is not firing", "Webhook doesn't trigger on merge",
// "Dropping table in an encrypted zone does not drop warehouse directory", "Uninstall does not remove config files", "Ruby
// runtime pools do not stop, and clean up resources" (a leak, not a clean-up planned). Not an
// imperative opening the title ("Don't trigger CI for docs-only changes"), nor a guard or a rule said before it ("Ensure
// retries do not drop messages", "Alerts should not fire during maintenance").
// Something that never arrives or never runs, and the message never got: "Workflow tasks created but never executed", "Invite email
// never arrived", "Reminders are not getting executed", "/workflow - after creating a test meeting, never got the email", "I don't
// get notifications for mentions" (set 51; version 78). Not a guard or a rule asked for ("Ensure reminders are never executed
// twice", "Jobs should not be executed on replicas", "Never execute migrations on startup", "Don't get the token on every
// request"), nor "get" with anything but a message ("We never got around to the cleanup").
const neverArrives: Rule = [
	/(?<!\b(should|must|shall|would|will|to|make sure|ensure|sure|prevent|avoid|so that|guard against)\b.*)(?!(?<=^)(don't|do not|dont|never|not)\b)(?<!^do\s)\b(not|never|no longer|isn't|aren't|wasn't|weren't|doesn't|does not|don't|didn't|did not|haven't|have not|hasn't|has not|won't)\s+(\w+\s+)?(arriv(e|es|ed|ing)|execut(e|es|ed|ing)|(get|gets|got|gotten|getting)\s+(the |an? |any |my |our |their |your |his |her )?([\w-]+ ){0,2}(e-?mails?|mails?|invites?|invitations?|notifications?|messages?|reminders?|confirmations?|sms|texts?|codes?|links?|receipts?|alerts?))\b/,
	op,
	2,
	'title: not working',
	['arriv', 'execut', 'get', 'got'],
];
// Something that never does what it should, said of a subject: "DMS may never flush when under memory pressure and there are on-going
// inserts" (set 54), "Sessions never expire", "Index never gets rebuilt", "Queue may never drain under load" (version 88). Not a
// guard, a rule or a wish ("Make sure the cache never expires", "Stream should never block", "Never retry on 4xx"), nor a thing
// described that never does it ("Using a queue that never drops events", "Write a job that never blocks the UI"), nor asked for
// ("Allow tokens to never expire", "Add an option so links never expire"), nor a condition ("Warn if the job never finishes").
const neverDoes: Rule = [
	/^(?!(add|adding|allow|allowing|support|supporting|make|let|implement|create|provide|introduce|enable|option|setting|use|using|write|build|design)\b)(?!.*\b(should|must|shall|would|to|make sure|ensure|sure|prevent|avoid|so that|guard against|that|which|who|if|when|whenever|unless|until|whether|why|how|option|setting)\b.*\bnever\b).+?(?<=[\w.#()'"-] ((may|might|will|can|could|would) )?)never (gets? |be |been )?(?!(again|ever|around|mind|really|before|used|bothered|changes|(gets?|got) around)\b)[a-z]+\b/,
	op,
	2,
	'title: never does it',
	['never'],
];

// A toolchain's or a program's error quoted as the title: "gcc error: unrecognized command line option '-msse4.2' on aarch64",
// "error raised on aarch64: #error You need to define CycleTimer for your O/S and CPU" (set 54), "Compile error: undefined
// reference to foo", "Error thrown when saving a draft" (version 88). Not a topic before a colon asking for work ("Error: add retry
// logic", "Error handling: add retries"), nor a better error asked ("Better error: …", "Error raised on timeout should name the
// host").
const errorQuoted: Rule = [
	/^(?!.*\b(should|must|shall)\b)(?:^(?!(better|clearer|friendlier|nicer|custom|generic|new|improved?|improve|add|show|log|handle|report|display|return|throw|raise)\b)([\w+.#-]+ )?error:\s+(?!(add|adding|improve|make|show|use|handle|log|report|display|clarify|rework|refactor|better|clearer|messages?|handling|reporting|pages?)\b)\S|.*(?<![\w-])#error\b|.*\berror (was |is |gets |got )?(raised|thrown|occurs|occurred|reported|emitted|printed) (on|in|when|while|during|at|after|by|from|building|compiling|running)\b)/,
	op,
	2,
	'title: an error quoted',
	['error'],
];

const notActing: Rule = [/(?<!\b(should|must|shall|ensure|make sure|prevent|avoid|so that|guard against)\b.*)(?<!^)\b(is not|isn't|are not|aren't|was not|wasn't|were not|weren't|does not|doesn't|do not|don't|did not|didn't|never|no longer)\s+(\w+\s+)?(fir(e|es|ed|ing)|trigger(s|ed|ing)?|handl(e|es|ed|ing)|drop(s|ped|ping)?(?! (off|by|in|out)\b)|remov(e|es|ed|ing)|delet(e|es|ed|ing)|clean(s|ed|ing)? up|stop(s|ped|ping)?)\b/, op, 2, 'title: not working', ['fir', 'trigger', 'handl', 'drop', 'remov', 'delet', 'clean', 'stop']];

// A setting or state a system should apply, said not applied: "Explain does not respect maxTimeMS", "Wire compression not enabled
// for initial sync", "new signing keys not generated by the monitoring thread", "SNI name is not set on OSX". Not the imperative
// opening a title ("Do not set cookies for bots"), nor a guard, a rule or a condition said before it ("Warn if TLS is not enabled
// on startup", "Ensure defaults are not applied to imports"). A standard or setting not adhered to is one not respected: "Terminal
// doesn't adhere to the system language setting" (version 42).
const notApplied: Rule = [/(?<!^)(?<!\b(should|must|shall|ensure|make sure|prevent|avoid|so that|guard against|if|when|whenever|unless|whether|in case)\b.*)\b((is not|isn't|are not|aren't|was not|wasn't|were not|weren't|does not|doesn't|do not|don't|did not|didn't) (respect|honou?r|obey|adhere)(s|d|ed|ing)?\b|((is|are|was|were|gets?|got) )?not (set|enabled|generated|applied|honou?red|respected|populated|initiali[sz]ed|propagated|persisted) (for|on|by|in|during|when|after|with|at|from|correctly|properly)\b)/, op, 2, 'title: not working', ['respect', 'honor', 'honour', 'obey', 'adhere', 'not set', 'not enabled', 'not generated', 'not applied', 'not populated', 'not initiali', 'not propagated', 'not persisted']];

// Any participle said not done to a thing, in a setting or after an action, as notApplied's few are: "Modal keyboard focus not
// trapped for screen reader users", "Cart not cleared after checkout", "Stock not reduced on refund", "Coupon not recalculated
// when currency changes" (set 55; version 89). Not what is not needed, planned or covered, a gap rather than a failure ("Tests not
// required for docs changes", "Old API not supported for new stores", "Dependencies not pinned in package.json"), nor after a
// guard, a rule, a condition or a question, nor "Not" opening the title ("Not cached for anonymous users" states a rule as often).
// Nor a practice not yet in place, nor documentation behind ("Backups not encrypted at rest", "Secrets not rotated for 90 days",
// "Runbook not reviewed in a year"), found probing the merged readings (version 94).
const participleNotDone: Rule = [/(?<!\b(should|must|shall|ensure|make sure|prevent|avoid|so that|guard against|if|when|whenever|unless|whether|in case|why|that|which)\b.*)(?<!^)(?<!\b(docs?|documentation|readme|changelog|wiki|guides?|runbooks?|playbooks?|faq)( (is|are|was|were))? )\b((is|are|was|were|gets?|got) )?not (?!(supported|needed|required|intended|expected|allowed|permitted|planned|scheduled|related|used|tested|covered|documented|deprecated|affected|impacted|listed|mentioned|specified|included|considered|recommended|advised|designed|implemented|exposed|licensed|localized|localised|translated|pinned|versioned|typed|linted|formatted|enforced|automated|monitored|tracked|measured|benchmarked|optimized|optimised|parallelized|parallelised|configured|encrypted|audited|rotated|reviewed|approved|prioriti[sz]ed|staffed|owned|budgeted|funded|scoped|estimated)\b)[a-z]{3,}ed (for|on|by|in|during|when|after|with|at|from|correctly|properly|anymore)\b/, op, 2, 'title: not working', ['ed for', 'ed on', 'ed by', 'ed in', 'ed during', 'ed when', 'ed after', 'ed with', 'ed at', 'ed from', 'ed correctly', 'ed properly', 'ed anymore']];

// "GetJournalEditServlet fails to authorize …", "Comparison … fails for JPQL": what fails now, whatever the verb.
// "APM Dashboard breaks on reload", "Sync crashes when …": the same with "breaks" and "crashes".
const failsNow: Rule = [/(?<!\b(when|if|whenever|should|must|would|could|may|might|can|to)\s)\b[a-z0-9_.#()']+ (fails|breaks|crashes) (to|for|on|with|in|at|during|after|under|when|whenever|if)\b/, op, 2, 'title: not working', ['fails ', 'breaks ', 'crashes ']];

// Data lost now, said three ways: "lost my work", "data lost during file save", "Saving files deletes all file contents".
const dataLost =
	/(?<!\b(before|without|avoid|avoids|avoiding|prevent|prevents|preventing|from|not|never|of|to)\s((users?|you|we|they|customers?|people) )?)\b(lost|lose|loses|losing|wiped|erased)\b( (all|my|the|our|your|their|some|his|her|its|of))*( \w+)? (data|work|files?|content|contents|changes|code|edits|progress|messages|events|notifications|e-?mails|posts|records)\b|\b(data|work|files?|content|contents|changes|code|edits|messages|events|notifications|e-?mails|posts|records)( (is|are|was|were|got|gets|get|getting|has been|have been|been))? (lost|wiped|erased)\b|(?<!^)\bdelet(es|ed) (all|my|the|entire|whole)( \w+)? (data|work|files?|content|contents|changes|code)\b/;
// Messages or events dropped now, as lost ones are: "Kafka consumer drops messages on rebalance", "Webhook dropped events under
// load" (version 79). Not the imperative opening a title ("Drop messages older than 30 days"), nor a drop denied, guarded or asked
// for ("Queue does not drop expired messages" is read by notActing; "Ensure the proxy never drops events", "Broker should drop
// events over the limit", "Add a flag to drop stale messages"), nor dropped ones a title asks to handle ("Retry dropped webhooks
// automatically", "Count dropped packets").
const messagesDropped =
	/^(?!(retry|retrying|replay|replaying|resend|resending|redeliver|requeue|recover|detect|track|alert|monitor|count|log|report|handle|show|surface|expose|measure|graph|chart)\b)(?=.)[\s\S]*?(?<!^)(?<!\b(not|never|without|avoid|prevent|to|should|must|shall|will|would|can|may|might|could|ensure|make sure)\s(\w+\s)?)\b(drops|dropped|dropping)( (all|some|the|its|their|our|my|incoming|outgoing|queued|pending))?( \w+)? (messages|events|notifications|e-?mails|posts|packets|webhooks|records)\b/;

// A title that only states a failure, its subject a few words: "Build failed", "Smoke tests are failing". Said this
// plainly it outweighs a label of planned work ("debt") on the same ticket.
const failedNow: Rule = [/^(the |our |a )?[\w.#/-]+( [\w.#/-]+){0,2} (failed|fails|is failing|are failing|has failed|have failed|is broken|are broken)[.!]*$/, op, 2, 'title: failed now', ['fail', 'broken']];

// Records, messages or charges made twice now: "Migration results in duplicate invoices", "kube-proxy keeps adding
// duplicate iptables rules", "Duplicate webhooks sent after worker restart", "Google events duplicated", "Customers charged
// twice", "dbt model returns duplicates". Not duplication in code, tests or docs ("Remove duplicate code", "Extract
// duplicated registration logic"), which is debt; not a guard, a clean-up or a hunt ("Detect duplicate invoices", "Merge
// duplicate contacts", "so retries can't double charge"); not "Duplicate the dashboard", which asks for a copy; not SQL's
// "ON DUPLICATE KEY".
const duplicatedCode = /\b(code|codes|logic|tests?|test ?cases?|testcases?|specs?|functions?|methods?|classes|class|definitions?|imports?|dependenc(y|ies)|declarations?|implementations?|styles?|stylesheets?|css|constants?|docs?|documentation|boilerplate|snippets?|helpers?|utils?|utilities|modules?|translations?|strings?|keys?|words?|sentences?|paragraphs?|sections?|headings?|steps?)\b/;
const madeTwice: Rule = [
	/(?<!\b(prevent|avoid|detect|find|flag|merg|remov|delet|dedup|clean|filter|skip|ignor|handl|warn|check|block|stop|reject|allow|support|identif|highlight|can't|cannot|won't|never|no|without|against|for)\w*\s(\w+\s){0,2})((?<![.#])\bduplicat(e|es|ed)\s(?!(the|a|an|this|that|these|those|it|them|each|every|any|of|issues?|tickets?|bugs?|reports?|prs?|questions?|detection|detector|checks?|checking|handling|removal|filter\w*|button|action|option|feature|menu|command|shortcut|functionality)\b)(?!\w+ (buttons?|actions?|options?|features?|menus?|commands?|shortcuts?|functionality)\b)\w+|\b\w+ (is |are |was |were |get |gets |got |being |been )?duplicated\b|\b(charged|billed|sent|fired|triggered|processed|executed|called|created|delivered|emitted|applied|counted|posted|imported|published|notified|booked|paid|refunded|shown|displayed|listed|inserted|added|recorded|logged) twice\b|\bdouble[- ](charg\w*|bill\w*|book\w*|payments?|count\w*|submi\w*|post(s|ed|ing)?|refund\w*)\b|\b(returns?|returned|returning|creat(es|ed|ing)|produc(es|ed|ing)|shows?|showing|contains?|containing|emit(s|ted|ting)?|insert(s|ed|ing)|generat(es|ed|ing)|yields?|sends?|sent|gets?|got|getting|sees?|seeing) duplicates\b)/,
	op,
	1.5,
	'title: made twice',
	['duplicat', 'twice', 'double'],
];

// The same of restoring, configuring and acknowledging: "Cannot restore full backup on fresh HA 2023.2.0", "Philips Hue won't
// configure", "The node did not acknowledge the command". Not the imperative opening a title ("Don't restore archived
// projects on import").
const notRestored: Rule = [/(?<!\b(should|must|would|to|make sure|ensure|sure)\s)((?<!^)\b(not|never|don't|do not)|\b(no longer|isn't|aren't|doesn't|does not|didn't|did not|can't|cannot|can not|couldn't|unable to|won't|fails? to|failed to|failing to))\s+(\w+\s+)?(restor|configur|acknowledg)\w*/, op, 2, 'title: not working', ['not', 'never', "n't", 'cannot', 'unable', 'fail']];
// A migration said not to happen, as restoring is: "Virtual Machines are not migrating to AWS SDK GO(v2)", "Customer data is not
// migrating to the new plan", "Users can't migrate their saved cards". Not the imperative opening a title ("Don't migrate archived
// tickets"), nor a rule, a guard or a question put before it ("Why not migrate to Postgres?", "Ensure drafts do not migrate").
// Opening the title, only "Don't"/"Do not" is an imperative: "Unable to migrate from 1.7.6 to 1.8.0 and beyond", "Cannot migrate
// the wiki" report a migration failing as the same words later in the title do.
const notMigrating: Rule = [/(?<!\b(should|must|shall|will|would|ensure|make sure|so that|why)\b.*)(\b((is|are|was|were) not|isn't|aren't|wasn't|weren't) migrating\b|(?<!^)\b(doesn't|does not|don't|do not|didn't|did not|won't) migrate\b|\b(can't|cannot|can not|couldn't|unable to|fails? to|failed to) migrate\b)/, op, 2, 'title: not working', ['migrat']];
// Said unavailable in words: "Sorry, it looks like home assistant is not available right now", "Payments API is not available in
// eu-west-1". Not what should or will be ("Make sure the old endpoint is not available after cutover"), nor a feature, option or
// setting not offered ("Dark mode is not available on Android"), which asks for it.
const notAvailable: Rule = [/(?<!\b(should|must|shall|will|would|ensure|make sure|so that|if|when|unless|whether)\b.*)(?<!\b(features?|options?|settings?|modes?|support) )\b((is|are|was|were|becomes?|became) not|isn't|aren't|wasn't|weren't) available\b/, op, 2, 'title: down', ['available']];
// What could be done and can be no more: "Automation action … can no longer use \"trigger\" variable in 0.113.2", "Nabu Casa can
// no longer be linked to Google Home", "Customers can no longer download invoices". Not a guard or a rule said before it
// ("Ensure revoked tokens can no longer be used", "so that deleted users can no longer log in").
const noLongerAble: Rule = [/(?<!\b(should|must|shall|ensure|make sure|so that|so|guard against|prevent|once|after)\b.*)\b(can|could) no longer\b/, op, 2, 'title: not working', ['no longer']];
// Something that vanishes: "Dead Z-Wave nodes names disappear in dashboard", "Saved filters disappeared after reload". Not
// the imperative opening a title, nor what is wanted or allowed to vanish ("Make toasts disappear after 5 seconds", "Let the
// banner disappear on scroll", "Notifications should disappear when read").
const disappears: Rule = [/(?<!^)(?<!\b(to|should|must|shall|will|would|can|could|may|might|let|lets|make|makes|allow|allows|prevent|avoid|not|ensure)\b.*)\bdisappear(s|ed|ing)?\b/, op, 2, 'title: not working', ['disappear']];
// Broken since a named upgrade: "MQTT integration parses presence instead of sensor after 2022.2.0 upgrade", "db query clogging
// cpu after upgrade to 2025.2", "Upload errors since update to 26.0.1". The upgrade is when the breakage began, not the work;
// a bare "after the upgrade" ("Clear the cache after the upgrade") is a step's timing and is not read, nor is a step a title
// opens with ("Re-enable caching after upgrade to 3.2", "Verify dashboards after upgrade to 9.1"). An upgrade opening the title is
// read only where a failure or a loss follows it ("After updating to 2.5.0 my timelines are missing"; not "After upgrading to 3.0,
// re-index search": a step), version 71. "Upon" and "following" say the same as "after": "Mattermost won't allow file uploads … upon
// upgrading to version 5.37.1", "CPU spike following the 7.1 upgrade" (version 79).
const sinceUpgrade: Rule = [/^(?!(plan|verify|check|re-?enable|enable|disable|re-?run|run|re-?test|test|validate|monitor|review|document|remove|clean|clear|rebuild|re-?deploy|schedule|notify|announce|communicate|confirm|audit|backfill|migrate|revert|roll|tune|add|set|reset|write|prepare|send|publish|bump|pin|deprecate|investigate|watch|track|measure|compare|benchmark|evaluate|assess|restore|re-?index|rotate|drop|delete|archive|keep|turn|switch|move|mark|close|reopen|update|upgrade)\b).*?(?:(?<!^)\b(after|since|upon|following) (the |an? |my |our )?((\S+ )?(core|os|system|firmware|latest|last|recent|v?\d[\w.-]*) )(upgrade|update)s?\b|(?<!^)\b(after|since|upon|following) (an? |the )?(upgrad|updat)(e|ed|ing) (to|from) (v|version |release )?\d)|^(after|since) (an? |the )?(upgrad|updat)(e|ed|ing) (to|from) (v|version |release )?\d(?!.*\b(don't|do not) (forget|skip)\b)(?=.*\b(missing|gone|broken|empty|blank|lost|not|no longer|never|fails?|failed|failing|crash\w*|errors?|slow|stuck|disappear\w*|can't|cannot|won't|doesn't|don't)\b)/, op, 1.5, 'title: since an upgrade', ['after', 'since', 'upon', 'following']];

// Said unsafe to use as it is: "DefaultJobParametersConverter not safe for use with certain Locales", "SimpleDateFormat cache is not
// thread-safe", "Client isn't safe for concurrent use". A defect stated, whatever the type. Not what should be, is checked or is
// documented ("Warn when a handler is not thread-safe", "Document which clients are not thread-safe" opens with planned work),
// nor what a relative clause picks out ("Audit code that is not thread-safe"), nor the imperative opening a title.
const notSafe: Rule = [/(?<!\b(should|must|shall|ensure|make sure|so that|if|when|whenever|whether|unless|in case|that|which)\b.*)(?<!^)\b(not|isn't|aren't|wasn't|weren't) ((thread|concurrency|multi-?thread(ed|ing)?|fork|async|signal|reentrant|locale)[- ]?safe\b|safe (for|with|in|under|across) (use|usage|concurrent|concurrency|parallel|multi|multiple|threads?|certain|some|async|forked|other)\w*)/, op, 2, 'title: not safe', ['safe']];

// An operations team's breakage in the words its trackers use (openstreetmap/operations, version 52), each only where the
// title does not test, detect, monitor, handle or measure it:
const operationsBreakage: readonly Rule[] = [
	// Nothing new produced for a while: "No new planet file for 15 days", "No new backups since Monday", "No data in Grafana
	// since 10:00". Not a freeze a team plans ("No deploys for two weeks over the holidays"), nor an abandoned project's history.
	[/^no (?!(new |fresh |recent )?(deploys?|deployments?|releases?|merges?|changes?|commits?|features?|meetings?|pushes)\b)(new |fresh |recent )?[\w.-]+( [\w.-]+){0,2} (for (\d+|a|an|one|two|three|several|many|over|more than|the (last|past))\b|since\b|in (the )?(last|past) \w+)/, op, 2, 'title: stopped', ['no ']],
	// A service overloaded now: "This website is under heavy load (queue full)", "Queue is full on worker-3". Not how a system
	// behaves or is tested under load ("Benchmark the API under heavy load", "Behaviour under high load").
	[/(?<!\b(test\w*|simulat\w*|benchmark\w*|handl\w*|behaviou?r|perform\w*|scal\w*|surviv\w*|withstand\w*|load-?test\w*|when|if)\b.*)(\bunder (very )?(heavy|high|extreme|huge|massive|excessive) load\b|\bqueues? (is |are )?full\b)/, op, 2, 'title: overloaded', ['load', 'full']],
	// Connections failing now: "IPv6 Cogent connectivity issues to non-CDN hosts", "Connectivity problems to the VPN", "Network
	// outage in us-east-1". Not the work that detects, retries, logs or documents them ("Retry on connection errors", "Server to log
	// underlying cause of SASL connection problems", "How to debug connectivity issues?"), nor what they should do ("… connection problems should be logged"). A connection
	// failure reads as failing already.
	[/(?<!\b(monitor|detect|alert|track|report|simulat|test|document|handl|retr(y|ies)|recover|tolerat|resilien|troubleshoot|debug\w* guide|logg|cause|reason|diagnos|how to)\w*\b.*)\b(connectivity|connection|network(ing)?|peering|routing) (issues?|problems?|trouble|outages?|loss)\b(?! (handling|detection|alerts?|alerting|monitor\w*|runbooks?|playbooks?|guides?|docs?))(?!.*\b(should|must|shall|needs? to)\b)/, op, 1.5, 'title: connectivity lost', ['connect', 'network', 'peering', 'routing']],
	// A certificate that browsers refuse now: "www.openstreetmap.org uses an invalid security certificate", "Untrusted TLS cert on
	// staging". Not the work that rejects, validates or warns about such certificates ("Reject invalid certificates").
	[/(?<!\b(reject|detect|handl|warn|alert|monitor|validat|check|test|verif|allow|accept|ignor|skip|trust|support)\w*\b.*)(\b(invalid|untrusted|mismatched|revoked|self-signed) (ssl |tls |https |security |x509 |server )?cert(ificate)?s?\b|\bcert(ificate)? (mismatch|is invalid|invalid|not trusted|untrusted)\b)/, op, 2, 'title: certificate refused', ['cert']],
	// Mail bouncing now: "OSMF SOTM email bounces", "Mail to sales@ bounces", "Emails bouncing from support@". Not bounces handled,
	// processed or counted ("Handle email bounces", "Email bounce rate dashboard").
	[/(?<!\b(handl|process|track|detect|pars|record|count|monitor|report|reduc|lower|suppress)\w*\b.*)\b(e-?mails?|mail|messages?|newsletters?|invites?|invitations?|notifications?)( to \S+)? (bounce[sd]?|bouncing)\b(?! (rates?|handling|handlers?|processing|tracking|webhooks?|reports?|dashboards?|metrics?))/, op, 1.5, 'title: mail bouncing', ['bounc']],
	// Work the system does arriving late now: "Delayed updates", "Rendering delay in Africa?", "Replication lag on db-2", "Queue
	// backlog growing". Not a delay configured, added or reduced ("Configurable retry delay", "Reduce replication lag"), nor its
	// metric or alert ("Replication lag alert"); not Ruby's Delayed::Job ("Delayed job queue for emails").
	[/(?<!\b(add|adding|configur\w*|introduc\w*|reduc\w*|lower\w*|minimi[sz]\w*|measur\w*|track\w*|monitor\w*|alert\w*|set|setting|default|retry|backoff|expose|exposing|graph\w*|show\w*|report\w*)\b.*)(^delayed (updates?|e-?mails?|mails?|notifications?|messages?|deliver(y|ies)|builds?|deploys?|deployments?|processing|rendering|replication|sync\w*|indexing|ingestion|tiles?|data|webhooks?|events?)\b|\b(replication|rendering|render|processing|delivery|update|indexing|ingestion|sync|queue|message|notification|e-?mail|mail|tile|map|webhook|event) (delays?|lag|lagging|backlog)\b(?! (metrics?|alerts?|alerting|monitor\w*|dashboards?|graphs?|thresholds?|panels?|checks?|exporters?)))/, op, 1.5, 'title: delayed', /delay|\blag|backlog/],
];

// A problem met doing something, named first: "Issue running db migration in 3.2", "Issues upgrading to 4.0", "Error running
// migrations after upgrade", "Trouble installing on Ubuntu 22.04" (version 71). The doing is what went wrong, not work planned:
// "migration" and "upgrade" here name where it broke. Only a doing a user or an admin does, so that a capability named by a
// gerund is left alone ("Error reporting for sink connectors", "Error tracking: group Sentry issues", "Error handling in the
// importer"), and not a problem that should be reported or handled ("Errors loading the feed should be retried").
const problemDoing: Rule = [/^(an? |the |some |many |several |intermittent |random )?(issues?|problems?|errors?|trouble|difficult(y|ies)|failures?) (when |while |during |with |on )?(running|upgrading|updating|installing|uninstalling|migrating|deploying|building|compiling|starting|booting|importing|exporting|loading|uploading|downloading|sending|receiving|connecting|logging in|signing in|signing up|creating|saving|opening|accessing|setting up|restoring|syncing|posting|registering|launching|publishing|rendering|fetching)\b(?!.*\b(should|must|so that)\b)/, op, 2, 'title: a problem doing it', ['issue', 'problem', 'error', 'trouble', 'difficult', 'failure']];
// A disk, a partition or a queue filling now: "/ partition going full even after media remove", "Disk filling up on web-2", "Logs
// filling up the disk", "Inbox queue getting full" (version 71). Not a guard, an alert or a check ahead of it ("Alert when the
// disk is getting full", "Prevent logs from filling up the disk", "Monitor partitions filling up"), nor a runbook or playbook for it (version 80).
const fillingUp: Rule = [/(?<!\b(prevent|avoid|alert|detect|warn|notif|monitor|when|if|before|stop|keep|track|graph|predict|forecast|watch|why|how|document|explain|runbook|playbook)\w*\b.*)\b(disks?|partitions?|volumes?|storage|drives?|file ?systems?|inodes?|queues?|mailbox(es)?|inbox(es)?|buckets?|caches?|swap|logs?|ram|memory)( \S+){0,2} (is |are |keeps? )?((going|getting|running|almost|nearly) full|fill(s|ing) up)\b/, op, 2, 'title: filling up', ['full', 'fill']];

// A failure said as a possibility, as Jira reporters file them: "ShareLib installation may fail on busy Hadoop clusters", "Backup
// can fail on large databases", "Import might crash on big files" (set 50; version 77). The subject opens the title. Not a
// failure wanted, allowed, asked about or guarded ("Can the build fail on lint errors?", "Make sure uploads can't fail", "Let
// jobs fail fast", "Jobs should fail when …"), nor one documented or handled ("Document that imports may fail on large files",
// "Retry when the upload may fail", "Tests that can fail are quarantined"), nor failing over or failing fast by design.
const mayFail: Rule = [/^(?!(can|could|may|might|how|why|what|when|whether|should|let|make|makes|ensure|allow|document|explain|note|mention|warn|clarify|describe|check|verify|test|handle|retry|detect|alert|log|report|prevent|avoid|stop)\b)(?!.*\b(if|when|whenever|unless|in case|so that|that|which|who|where|should|must)\b.*\b(may|might|can|could)\b)[^?]*?\b(may|might|can|could) (sometimes |occasionally |randomly |intermittently |still )?(fail|crash|hang|deadlock|time out|lose data)\b(?!-| (fast|early|loudly|gracefully|safely|closed|open|over|forward)\b)[^?]*$/, op, 1.5, 'title: may fail', /\b(may|might|can|could) /];
// Something said not to do its work right, with a participle: "Cron syntax not handling DST properly", "Parser not parsing dates
// correctly", "Timezones are not handled properly" (set 50; version 77). Not an instruction, a guard, a condition or a question
// ("Make sure the input is not parsed twice", "Warn when the file is not closed properly", "Why is X not …").
const notProperly: Rule = [/^(?!(make sure|ensure|check|verify|test|document|explain|why|how|do not|don't|never)\b)(?!.*\b(should|must|shall|if|when|whenever|unless|in case)\b.*\bnot\b)(?!.*\bnot\b.*\b(should|must|shall)\b).*?\b(not|isn't|aren't|wasn't|weren't) (being |been |always )?\w+(ing|ed|en)( \S+){0,5}? (properly|correctly|as expected|as intended)\b/, op, 1.5, 'title: not done right', /\bnot\b|n't\b/];
// Data or results that disagree now: "Potential inconsistency between the in-memory SLA map and the Oozie database",
// "Inconsistency while parsing quoted Spark options", "Inconsistent results between the API and the UI", "Data inconsistency
// after failover" (set 50; version 77). Not inconsistent naming, style or wording, which is clean-up, nor a check or a tool that
// finds it ("Detect data inconsistency between replicas", "Inconsistency checker").
const inconsistent: Rule = [/(?<!\b(prevent|avoid|detect|check|find|reduc|flag|warn|report|monitor|alert|track)\w*\b.*)(\b(data|state|results?|counts?|values?|numbers?|metadata|records?|output|totals?|sums?|replicas?) inconsisten(cy|cies)\b|\binconsisten(t|cy|cies) (results?|data|state|counts?|values?|numbers?|behaviou?r|output|totals?|reads?)\b|\binconsisten(cy|cies) (between|while|when|during|after|in) (?!.*\b(naming|names?|style|styles|formatting|wording|spelling|capitali[sz]ation|terminology|indentation|casing|docs?|documentation|labels?|icons?|colou?rs?|fonts?|spacing|padding|margins?|design|conventions?)\b))(?! (checks?|checker|detection|detector|tests?|reports?|metrics?|alerts?)\b)/, op, 1.5, 'title: inconsistent', ['inconsisten']];

// A subject of a few words said to break or hang something now (version 79); see the rule list below.
const subjectBreaks: Rule = [/^(?!(make sure|ensure|prevent|avoid|guard|test|check|verify|detect|document|investigate|find|explain|handle|retry|kill|warn|alert|monitor)\b)(?!(\S+ )*?(that|which|who|whose|when|whenever|if|unless|until|before|so|because|why|what|whether|how|where|once|while|nothing|never|not|no longer|should|must|would|could|might|may|can|will|to (fix|avoid|prevent|handle|stop|reduce|catch|detect|see|check|find)) (\S+ )*?(breaks|broke|hangs)\b)([\w.#/'"()-]+ ){2,6}?(?<!\b(line|page|word|column|section|paragraph|soft|hard|lunch|coffee) )(breaks(?! (to|in|into|between|for|after|before|at|around|within|inside|down|out|up|even)\b)|broke(?! (down|out|up|even)\b)|hangs)\b/, op, 2, 'title: not working', ['breaks', 'broke', 'hangs']];
// Something that goes on doing what it should have stopped doing, said of a subject with the condition that should have stopped it:
// "Tez still tries to post to ATS when yarn.timeline-service.enabled=false" (set 58), "Client still sends metrics when telemetry
// is disabled", "Worker still runs after shutdown" (version 97). Not without that condition, which may be debt still to pay
// ("Dashboard still uses the legacy API"); not a guard, a wish or a rule ("Make sure the worker still runs after a reload", "Jobs
// should still retry when the queue is full"), nor what still needs doing ("Build still needs a cache when offline"), nor what
// still works ("Export still works after the upgrade"), nor a question ("Why the cache still expires after reload"), nor a
// practice of people ("Team still reviews PRs manually when CI is green", "We still deploy by hand after each merge").
const stillDoes: Rule = [
	/^(?!(make sure|ensure|prevent|avoid|guard|test|check|verify|detect|document|investigate|explain|why|how|what|when|whether|if|keep|let|allow|we|i|you|they|team|the team|our team|people|everyone|devs|developers|engineers)\b)(?!.*\b(manually|by hand)\b)((?!(should|must|shall|will|would|can|could|may|might|to|that|which|who)\b)\S+ ){1,5}?still (tries to|try to|attempts? to|keeps? |(?!(needs|requires|has|is|was|does|works|exists|holds|applies|matters|stands|remains|seems|looks|appears|lacks|misses|uses)\b)[a-z]{2,}[^s\W]s\b)(?=.*\b(when|whenever|after|even|despite|although|though|if|once|while)\b)/,
	op,
	2,
	'title: still does it',
	['still '],
];

const breakageRules: readonly Rule[] = [
	notSafe,
	notRestored,
	notMigrating,
	notAvailable,
	noLongerAble,
	disappears,
	sinceUpgrade,
	// A thing that "gets hung", as a hang is filed in Jira: "[core] [SSH action] SSH action gets hung" (set 50; version 77).
	[/\b(is|are|was|were|goes|seems?|looks?|appears?|still)\s+(going\s+)?(down|offline|unavailable|unreachable|inaccessible|unresponsive|broken|gone|stale|full|failing|stuck|dead|empty)\b/, op, 2.5, 'title: is down', ['down', 'offline', 'unavailable', 'unreachable', 'inaccessible', 'unresponsive', 'broken', 'gone', 'stale', 'full', 'failing', 'stuck', 'dead', 'empty']],
	[/\b(gets?|got|getting|is|are|was|were|seems?|still)\s+hung\b/, op, 2, 'title: is down', ['hung']],
	// "Drop down", "drop-down menu", "drill down", "narrow down", "trim down", "Page Down", "Ctrl+Down", "up/down": a widget, a verb's
	// particle or a key, not a service down (version 42). "Cool down period", "cool-down between deploys": a wait (version 102).
	// "Offline" naming a capability is no outage: "Offline mode for saved lists", "Offline support for the app", "Offline-first
	// sync" (version 81).
	[/(?<!\b(take|taking|mark|marking|bring|bringing|shut|shutting|scale|scaling|tear|tearing|wind|turn|put|set|slow|break|count|lay|lays|laying|laid|write|writes|writing|wrote|written|jot|jotting|pin|pinning|nail|nailing|hand|handing|handed|pass|passing|passed|settle|settling|knuckle|hunker|mark \w+|take \w+|take \w+ \w+)\s)(?<!\b(drop|drops|dropping|drill|drilling|narrow|narrowing|trim|trimming|pare|cut|cutting|tone|step|pull|slide|slides|sliding|scroll|scrolling|page|arrow|key|mouse|top|boil|water|calm|cool|cools|cooling)[\s-])(?<!\+|\bup\/)(?<!^(disable|hide|remove|ignore|skip|exclude|purge|filter out|filter) (all |the |any )?)\b(down|offline|unavailable|unreachable|inaccessible|unresponsive)\b(?!\s*(time|scale|grade|load|stream|sampl))(?!(?<=offline)[- ](mode|support|access|first|sync|capab\w*|maps?|editing|use|usage|install\w*|docs?|documentation|cop(y|ies)|backups?|storage|reading|viewing)\b)/, op, 2, 'title: down', ['down', 'offline', 'unavailable', 'unreachable', 'inaccessible', 'unresponsive']],
	notWorking,
	stillDoes,
	impossibleTo,
	notActing,
	neverArrives,
	neverDoes,
	errorQuoted,
	notApplied,
	participleNotDone,
	// Done wrongly now: "Hashed indexes may be incorrectly marked multikey", "Background sync may erroneously set applied-through";
	// not wrong input a feature handles or catches ("Reject incorrectly formatted dates", "Warn about incorrect settings"),
	// nor wrong words in docs ("fix incorrect documentation", "Fix incorrect wording in the hotfix guide"), which is docs work.
	[/(?<!\b(prevent\w*|avoid\w*|detect\w*|catch\w*|reject\w*|warn\w*|validat\w*|flag\w*|handl\w*|report\w*|against|for|on|of|about|from|no)\s(\w+\s){0,2})\b(incorrect(ly)?|erroneous(ly)?|wrongly|inaccurate(ly)?|improperly)\b(?! (\w+ )?(docs?|documentation|javadocs?|readme|wording|comments?|typos?|spelling|grammar|examples?|links?|translations?)\b)/, op, 1.5, 'title: done wrongly', ['incorrect', 'erroneous', 'wrongly', 'inaccurate', 'improperly']],
	// A participle then the adverb, done wrongly now whatever the verb: "Stock for Variable Products reported incorrectly", "Refunds
	// handled wrongly for partial orders", "Tests flagged incorrectly as flaky" (set 55; version 89). The rule above keeps out the
	// imperatives that report, flag or handle what is wrong ("Report incorrect totals", "Flag incorrectly formatted rows"); the
	// participle before the adverb is what was done. Not a guard or a condition ("Warn when totals are calculated incorrectly").
	[/(?<!\b(should|must|shall|ensure|make sure|prevent|avoid|guard against|if|when|whenever|unless|whether|in case|detect|warn|alert)\b.*)(?<!^)\b[a-z]{2,}ed (incorrectly|wrongly|improperly|inaccurately|erroneously)\b/, op, 1.5, 'title: done wrongly', ['ed incorrectly', 'ed wrongly', 'ed improperly', 'ed inaccurately', 'ed erroneously']],
	// A race in the code: "Remove race in reconstruct_prepared_transactions_initial_sync.js", "Atomically read and set ref->addr in case
	// of race", "race condition in the cache"; not tooling that finds them ("Detect data races in CI", "Enable the race detector").
	[/(?<!\b(prevent\w*|avoid\w*|detect\w*|find\w*|catch\w*|check\w*)\s(\w+\s){0,2})\b(race conditions?|data races?|racy|(fix(es|ed)?|remove[sd]?|possible|potential|of) races?\b(?! (results?|tracks?|cars?|days?|series|games?|modes?|events?|horses?|teams?|drivers?|detector))|races? (between|in|on|when|during|with|where|at|after|while)\b)/, op, 1.5, 'title: a race', ['rac']],
	// Latency spiking now: "Periodic operation latency spikes every 5 minutes", "p99 latency regression"; not monitoring or a cut of
	// it ("Alert on latency spikes", "Reduce p99 latency").
	[/(?<!\b(prevent|avoid|reduc|limit|lower|cut|detect|track|monitor|alert|smooth|absorb|handl|measur|graph|chart|dashboard|visuali[sz])\w*\b.*)(\b(latency|response times?|p99|p95)( \w+)? (spikes?|spiking|spiked|jumps?|regress\w*)\b|\b(spikes?|spiking) (in|of) (latency|response times?)\b|\bhigh( [\w.-]+){0,2} latency\b)/, op, 1.5, 'title: slow', ['latency', 'response time', 'p99', 'p95']],
	// Not the imperative that opens a title: "Stop using Array.newInstance in …" asks for a change.
	[/(?<!^)\b(stopped|stops|stop)\s+\w+ing\b|\bstopped\b/, op, 2, 'title: stopped', ['stop']],
	// What something did to the system, not an imperative to guard it: "This option prevented Grafana from starting",
	// "A stale lock keeps the service from starting"; "Prevent folders from being deleted" opens the title and asks for a guard.
	[/(?<!^)\b(prevents|prevented|keeps|kept)\s+(\S+\s+){1,4}?from\s+(start|work|load|run|boot|launch|open|render|sav|connect|respond|build|deploy|install|upgrad|log|send|receiv|sync|process|display|show)\w*/, op, 2, 'title: kept from working', ['prevent', 'keep', 'kept']],
	// Not data a retention policy expires by design: "New CDC Event for TTL expired rows", "Purge expired cells"; nor expired things
	// a title asks to clear away (expiredCleared below: "Delete Expired SSL Certificates"; version 69).
	[new RegExp(String.raw`(?<!\b(ttl|time[- ]to[- ]live)[- ])(?<!^${staleClearing} )\b(expired|has expired|expires today)\b(?! (rows?|cells?|records?|entries|data|versions?|messages?|events?|items?|objects?|files?|snapshots?|partitions?|segments?|documents?)\b)`), op, 2, 'title: expired', ['expire']],
	[/\b(failing|failed|fails|failure|failures)\b/, op, 1.5, 'title: failing', ['fail']],
	// A change to the system said with its error is that change failing: "Db migration error when upgrading to …", "airflow db
	// upgrade error", "App update error on Android 14", "Payroll migration error". Not its messages, handling or reporting
	// ("Improve migration error messages", "Upgrade error handling"), which are error reporting asked for.
	[/\b(migrat(e|ion|ions|ing)|upgrad(e|es|ing)|updat(e|es|ing)|install(ation|ing)?|deploy(ment|ments|ing)?|setup|set-up) errors?\b(?! (messages?|handling|reporting|codes?|pages?|dialogs?|states?|budgets?|dashboards?|alerts?|alerting|logs?|logging|tracking|reports?)\b)/, op, 2, 'title: a change failed', ['error']],
	failsNow,
	failedNow,
	mayFail,
	notProperly,
	inconsistent,
	// The same said with the error first and the change as a gerund: "Error upgrading 1.0.1 to 1.4.0", "Errors while migrating
	// the wiki". Only the gerund: "Error migration guide" names documentation.
	[/^(an? )?(\w+ )?errors? (while |when |during |on |after )?(upgrad|migrat|install|updat|deploy)ing\b/, op, 2, 'title: a change failed', ['error']],
	// A change or an action said to "fail" in the bare verb, as reporters who are not native speakers write it: "1.22 upgrade
	// migration fail, …", "clone fail on large repo". Not what is wanted, allowed or guarded ("Make the build fail on warnings",
	// "Don't let the upgrade fail silently"), nor failing by design ("Let the deploy fail fast").
	[/(?<!\b(let|lets|make|makes|should|must|shall|would|could|may|might|can|will|to|not|never|if|when|whenever|unless)\b(\s[\w.-]+){0,3}\s)\b(upgrade|update|migration|install|installation|build|deploy|deployment|login|sign-?in|sync|push|pull|clone|backup|restore|import|export) fail\b(?!-| (fast|early|loudly|gracefully|safely|closed|open|over)\b)/, op, 1.5, 'title: failing', ['fail']],
	// Things, in the plural, said to fail now: "Tests fail in windows", "S3 Buckets fail to create", "Backups fail silently",
	// "Webhooks fail after upgrade to 1.21". Not a failure wanted, allowed or guarded against ("Make builds fail on lint
	// errors", "Ensure requests fail with 400"), nor one a task counts or handles ("Measure how often builds fail", "Alert
	// when backups fail"), nor failing by design ("Let jobs fail fast"). Words in -ss ("process", "access") are not plurals.
	[/(?<!\b(let|lets|make|makes|making|ensure|ensures|should|must|shall|would|could|may|might|can|will|to|not|never|if|when|whenever|unless|until|how|whether|which|in case|explain\w*|document\w*|describ\w*)\b.*)(?<![\w.-])(?!(does|is|was|has|this|its|always|sometimes|perhaps|unless|as|us|yes|plus|thus|sometimes)\b)[a-z][\w.-]*[a-rt-z]s fail( (to|on|in|with|when|whenever|after|during|for|at|under|since|through|silently|intermittently|randomly|sometimes|occasionally|consistently|again|without)\b|[.!]*$)/, op, 1.5, 'title: failing', /s fail\b/],
	// A state of the disk, not the topic: "Prometheus monitoring extended to cover disk space" is monitoring work.
	[/(\b(out of (disk )?space|no space left|disk (is )?full|(low|short|running out|run out) (on|of) (disk )?space|low on disk|low disk|disk space (is |was )?(low|full|exhausted|running out))|(<|\bless than) ?\d+ ?[gmt]i?b (of )?(free )?disk space)\b/, op, 2.5, 'title: out of disk space', ['space', 'disk']],
	// A page, a link or a route said to answer with an HTTP error, the code as a verb: "Pricing page 404 for /pricing/enterprise
	// after CMS migration", "Docs links 404 after the site move" (version 82). Not a 404 page to make ("Add a custom 404 page").
	[/\b(pages?|urls?|links?|routes?|endpoints?|site|images?|assets?|downloads?) (now |still |all |randomly |sometimes )?(40[34]|50[0-4])s?\b(?! (pages?|templates?|handl\w*|screens?|views?))|\b(5\d\ds?|bad gateway|gateway time-?out|service (temporarily )?unavailable|internal server error|backend fetch failed)\b|\b[45]\d\d (error|errors|forbidden|response)\b/, op, 2, 'title: HTTP error', /[45]\d\d|gateway|unavailable|server error|backend/],
	// A page or a link said to answer "not found" now, as a website's readers report it: "Events/Python Events is a 404", "Download
	// links result in 404 page", "404 link on download page.", "Docs pages 404ing since the move" (python/pythondotorg; version 76).
	// Not a status asked for ("API should return 404 for unknown ids", "Return a 404 instead of a 500"), nor 404s a task counts,
	// logs, redirects or designs for ("Track 404s in analytics", "Redirect 404s to the homepage", "Custom 404 page").
	[/(?<!\b(should|must|shall|to|will|would|could|can|may|might|not|never|instead of|rather than)\s(\w+\s)?)(?<!^)\b(is|are|was|were|returns?|returned|returning|gives?|gave|giving|throws?|threw|shows?|showing|results? in|resulted in|resulting in|leads? to|led to|goes to|went to|sends? (you |me |users |people )?to) (an? |the )?(http )?4\d\d\b(?!-)|^(?!(track|log|count|monitor|measure|redirect|handle|catch|reduce|find|detect|alert|graph|chart|report|list|collect|analy[sz]e|show|add|design|create|customi[sz]e)\w*\b).*\b(4\d\d(ing|ed|s)|4\d\d (links?|urls?|hyperlinks?))\b/, op, 2, 'title: HTTP error', /4\d\d/],
	// A link, a URL or a redirect said to be bad, dead, bogus or wrong is a broken link, as "Broken link …" is: "Bad RSS Feed Link",
	// "bogus ssl redirect on legacy.python.org member", "Dead link in the footer", "Wrong link on the download page" (version 76).
	// Not a hunt or a clean-up asked for ("Check for dead links in CI", "Remove dead links from the docs", "Report bad redirects").
	[/^(?!(find|finding|detect|check|checking|scan|report|list|flag|remove|removing|clean|prune|replace|replacing|update|updating|audit|lint|validate|catch|warn|alert|track|monitor|avoid|prevent|handle)\b)(?!.*\b(checker|linter|lint|scanner|detection|detector)\b).*\b(bad|dead|bogus|wrong|incorrect|invalid) ([\w.'-]+ ){0,2}(links?|urls?|hyperlinks?|redirects?|redirections?)\b/, op, 1.5, 'title: broken link', /link|url|redirect/],
	// What a page or a service gives back, said against what it should: "download page still shows 3.8.5 instead of 3.8.6", "Dashboard
	// shows UTC instead of local time", "API returns 200 instead of 404", "Login redirects to / instead of the dashboard" (version 76).
	// Not the change asked for: an imperative opening the title ("Show relative dates instead of timestamps", "Link to the new docs
	// instead of the wiki"), nor what something should, must or is made to do ("Make the CLI print JSON instead of text", "Search
	// should show exact matches instead of fuzzy ones").
	[/(?<!^)(?<!\b(should|must|shall|to|will|would|could|can|may|might|please|let|lets|make|makes|always|ensure|ensures|that)\s([\w.'-]+\s){0,2})\b(shows?|showing|displays?|displaying|returns?|returning|serves?|serving|servicing|lists?|listing|points?|pointing|links?|linking|redirects?|redirecting|downloads?|downloading|opens?|opening|loads?|loading|sends?|sending|prints?|printing|renders?|rendering|directs?|recommends?|offers?|reports?|reporting) (?!to be\b)[^,;]{1,60}?\binstead of\b/, op, 1.5, 'title: wrong result', ['instead of']],
	// An internal compiler error (GCC's, Go's, rustc's "ICE") is the compiler crashing, not its diagnostics to clean up. A release,
	// code or feature freeze is a stage of the release process, not a hang (releaseFreeze below); a UI freeze still is one.
	// Something said to be frozen now is a hang too: "Civil Legal Advice Case Handling system is frozen for users"
	// (ministryofjustice/cloud-platform), "Screen is frozen after login" (version 69); not code, a branch, dependencies or a
	// scope held still on purpose ("Main branch is frozen for the 2.4 release", "Dependencies are frozen"), nor "frozen" before
	// a noun ("frozen rails", "frozen nodes"). "Freeze" opening the title before what it holds still asks for that ("Freeze the API schema for
// v2", "Freeze dependencies before the release", version 80); "Freeze on login" and "Freezes when …" still report a hang.
// A crash named as a metric, a reporter or a dashboard is the tooling around crashes ("Crash-free sessions dashboard and
// release gate at 99.5%", "Crash reporting for the iOS app", version 81); "Crash reporter uploads fail" still reads its failure.
	[/\b(crash(es|ed|ing)?(?![- ](free|reporting|reporter|analytics|dashboards?)\b)|crashloop\w*|crashbackloop|oom(-?kill(ed|s)?)?|out of memory|memory leak|segfault(s|ed|ing)?|panic(s|ked|king)?|(?<!\b(release|code|feature|string|strings|translation|merge|deploy|deployment|change|api|schema)[- ])(?!^freeze (the|a|an|all|our|its|their|every|new|dependencies|deps|versions?|apis?|schemas?|branch(es)?|scope|requirements|code|strings|translations|features?)\b)freez(e|es|ing)|deadlock(ed)?|internal compiler error)\b|(?<!\b(release|code|features?|strings?|translations?|branch(es)?|main|master|trunk|dependencies|deps|lockfile|versions?|api|schema|design|scope|requirements|specs?|budget|repo|repository|tree|registry|images?|list|set|object|struct|table|row|column|header|pane|layout|gems?|rails)\s)\b(is|are|was|were|gets|got|became|becomes|seems|appears|looks|remains|stays) (completely |totally |still |randomly |sometimes )?frozen\b(?! (for (the )?(release|deploys?|changes|merges?)|until|during|by design)\b)/, op, 1.5, 'title: crashing', ['crash', 'oom', 'memory', 'segfault', 'panic', 'freez', 'frozen', 'deadlock', 'internal compiler']],
	// A process killed by the machine, or a compiler that compiles wrong, as reporters name it: "Rustc : segmentation fault",
	// "Maximum call stack size exceeded", "Miscompile at -Copt-level=1", "core dumped on exit". Not the Q&A site ("Link the Stack
	// Overflow answer in the FAQ").
	[/\b(segmentation (fault|violation)|sigsegv|sigabrt|core dump(ed)?|(maximum |max )?call stack( size)? exceeded|stack overflow(?! (questions?|answers?|links?|tags?|posts?|site|threads?)\b)(?!\.com)|miscompil\w*|miscompiles?)\b/, op, 1.5, 'title: crashing', ['segmentation', 'sigsegv', 'sigabrt', 'core dump', 'call stack', 'stack overflow', 'miscompil']],
	// Slowness said as how long it takes: "Loading jobs UI page takes 40 seconds", "Terminal takes >2 mins to start-up", "Timeline
	// view loads forever", "Compilation … taking much longer after 1.84", "Exponential compile time with nested types". Not a
	// task that cuts the time ("Reduce CI time, currently takes 40 minutes").
	[/^(?!(reduce|reducing|speed|cut|lower|improve|improving|optimi[sz]e|shorten|make|measure|track)\b).*(\btak(es|ing) (>|over |more than |about |around |~|nearly |almost |up to )?\d+(\.\d+)?\+? ?(s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?)\b|\b(loads?|loading|runs?|running|spins?|spinning|executes?|executing|waits?|waiting|hangs?|buffers?|buffering|takes?) forever\b|\btak(es|ing) (much |way |far |significantly |a lot )?longer\b|\bexponential (time|compile|compilation|runtime|memory|blow-?up)\b)/, op, 1.5, 'title: slow', /\btak(es|ing)\b|forever|exponential/],
	// Slowness said as a long time taken, with no number: "Data from Kafka takes a long time to insert into sharded_events",
	// "Export is taking too long", "Builds take ages"; version 52. Not a task that cuts the time (the openers above), nor the
	// condition a feature handles ("Show a progress bar when an upload takes a long time", "Warn if a query takes too long").
	[/^(?!(reduce|reducing|speed|cut|lower|improve|improving|optimi[sz]e|shorten|make|measure|track)\b)(?!.*\b(when|whenever|if|while|in case|once|until|unless)\b.*\btak(e|es|ing) ).*(?<!^)\btak(e|es|ing) ((a|an) )?((very|really|extremely|super|so|quite a|such a) )?long( long)? time\b|^(?!(reduce|reducing|speed|cut|lower|improve|improving|optimi[sz]e|shorten|make|measure|track)\b)(?!.*\b(when|whenever|if|while|in case|once|until|unless)\b.*\btak(e|es|ing) ).*(?<!^)\btak(e|es|ing) ((way|far|much) )?(too|so|very) long\b|^(?!(reduce|reducing|speed|cut|lower|improve|improving|optimi[sz]e|shorten|make|measure|track)\b)(?!.*\b(when|whenever|if|while|in case|once|until|unless)\b.*\btak(e|es|ing) ).*(?<!^)\btak(e|es|ing) ages\b/, op, 1.5, 'title: slow', ['tak']],
	// A release, a version, a deploy, a commit or a pull request named as the subject that broke something: "v1.19.0 broke custom
	// dashboard", "Release 2.3 broke login", "Last deploy broke checkout", "PR #123 broke the build"; version 52. Only with the verb
	// straight after what is named, so not "Revert the commit that broke the build" or "Find which release broke login"; not a
	// breaking change announced ("v2.0 breaks backwards compatibility").
	[/^((the|our|this|that) )?(((latest|last|recent|new|newest|current|previous|today's|yesterday's|nightly|weekly) )?(release|version|deploy|deployment|build|commit|pr|pull request|merge|patch|hotfix|upgrade|update|change|changes|rollout|image)( (v ?)?\d+(\.\d+)*[\w.+-]*| #\d+| [0-9a-f]{7,40})?|(v ?)?\d+(\.\d+)+[\w.+-]*) (broke|breaks|has broken|have broken)\b(?! (\w+ )?(backwards?[- ])?compat)/, op, 2, 'title: not working', ['broke', 'breaks', 'broken']],
	// Something used up now: "Node pool ran out of IPs", "Nomad server nodes using up all available host memory", "Memory
	// utilisation getting out of control", "Insufficient heap during full test runs". Not a guard or an alert before it happens
	// ("Alert before the disks run out of space", "Prevent the pool from running out of connections").
	[/(?<!\b(prevent|avoid|alert|warn|detect|monitor|before|when|if|until|never|not)\w*\b.*)(\b(ran|runs|running|run) out of (memory|disk|space|ips?|ip addresses|addresses|file descriptors|fds|inodes|connections|threads|heap|quota|capacity|credits|storage)\b|\busing up all\b|\b(getting |got |is |are )?out of control\b|\binsufficient (heap|memory|disk|space|storage)\b)/, op, 1.5, 'title: something used up', ['out of', 'using up', 'insufficient']],
	// A setting or a view that goes back by itself: "Dark mode toggles back to light on refresh", "Zoom resets to 100% on reload",
	// "Scroll position jumps back to the top". Not an instruction opening the title ("Revert to the old editor").
	[/(?<!^)(?<!\b(should|must|to|will|would|can|could|then|that|which)\s)\b(resets|reverts|toggles back|switches back|jumps back|snaps back|goes back|flips back) to\b/, op, 1.5, 'title: not working', ['resets', 'reverts', ' back']],
	// Someone shut out now, or a person's data request to answer: "Locked out of account", "GDPR deletion request for user 4491022
	// (due in 5 days)". Not the work that automates or builds such handling ("Automate GDPR deletion requests"). Access or
	// permissions lost is someone shut out too: "Lost permissions to access information about services using kubectl", "Lost access
	// to the staging namespace" (ministryofjustice/cloud-platform; version 69); not a guard or a condition ("Revoke access when a
	// laptop is lost", "Warn before users lose access"). Help asked for is a support request: "Help with Ingress", "Need help with
	// deploying to staging", "Help needed with the apply pipeline" (version 69); not help written or shown ("Help text for the
	// filter", "Add help for the CLI", "Help page is broken").
	[/(?<!\b(prevent|avoid|unlock)\w*\b.*)\blocked out\b|(?<!\b(prevent|avoid|revoke|remove|when|if|before|after)\w*\b.*)\blost (my |our |their |his |her |all |the )?(access|permissions?|rights|privileges|admin rights)\b|^(i |we )?(need|needs|needing) (some )?help\b|^help (with|needed|wanted with|please|regarding)\b|^(?!(automate|automating|build|building|add|adding|implement|implementing|design|create|support|self-serve)\b).*\b(gdpr|ccpa|dsar|data subject|deletion|erasure) requests?\b/, op, 1.5, 'title: support', ['locked out', 'request', 'lost', 'help']],
	// Something that stalls or flaps now: "GitLab stalls indefinitely on requests", "Upload stalled at 99%", "Remote Write Shard
	// Flapping". Not the work that detects or alerts on it ("Detect stalled jobs", "Alert on flapping health checks", "Stall
	// detection for the ingest pipeline").
	[/(?<!\b(detect|alert|monitor|prevent|avoid|catch|track|handl|find|report|flag|retry|restart|kill|clean)\w*\b.*)\b(stalls?|stalled|stalling|flapping|flaps)\b(?! (detection|detectors?|checks?|alerts?|alerting|timeouts?|thresholds?)\b)/, op, 1.5, 'title: stalled or flapping', ['stall', 'flap']],
	// A sudden load or error rate now: "Large Increase in RPS for web-pages", "Sudden spike in 502s". Not the work that prepares
	// for or absorbs one ("Prepare for a large increase in traffic", "Handle a sudden spike in traffic").
	[/(?<!\b(handl|absorb|prepar|plan|alert|detect|monitor|surviv|scal|withstand|expect|forecast|simulat|test|load-?test)\w*\b.*)\b(large|huge|sudden|significant|massive|big|unexpected|sharp) (increase|spike|jump|surge|rise) (in|of)\b/, op, 1.5, 'title: a spike', /\b(increase|spike|jump|surge|rise) (in|of)\b/],
	// The first word, a thing or a change, said to break or hang something now: "Upgrade breaks login", "Deploy broke checkout",
	// "Checkout breaks", "Update hangs at 50%" (the opener is no verb of planned work then: openerFailed). Not breaks as a noun
	// ("Add breaks between sections", "Line breaks in CSV export"), nor breaking down, out or even.
	[/^(?!(line|page|word|column|section|paragraph|coffee|tea|lunch|spring|summer|winter|holiday)\b)[a-z]+ (breaks(?! (to|in|into|between|for|after|before|at|around|within|inside|down|out|up|even)\b)|broke(?! (down|out|up|even)\b)|hangs|hung)\b/, op, 2, 'title: not working', ['breaks', 'broke', 'hangs', 'hung']],
	// The same with a subject of a few words, a thing, a change or an action: "Version 7.02 New formating toolbar breaks file
	// uploads", "Switching channels often hangs and then places me 1-2 weeks in the past", "Opening a channel hangs the client",
	// "Dark mode breaks the sidebar" (version 79). Not through a clause, a purpose, a condition or a question before the verb ("Fix
	// the job that breaks the build", "Add a timeout when the sync hangs", "Investigate why CI hangs", "Add retries so the import no
	// longer hangs"), nor what is guarded, denied or foreseen ("Make sure nothing breaks on upgrade", "Upgrade should not break
	// config", "Check the migration never hangs"), nor breaks as a noun ("Add page breaks to the PDF export"), nor after a tag that
	// names planned work ("Upgrade: new client breaks login": the upgrade is the work, what breaks its reason; readTitleIntent).
	subjectBreaks,
	// The app's screen gone white, blank or black: "Web/Android - White screen upon loading Mattermost", "Blank page on login",
	// "Black screen when launching the game", "Screen goes blank after login" (version 79). Not a blank page or screen as a thing
	// made or asked for ("Add a blank page template", "New blank screen option"), nor one replaced or avoided ("Show a skeleton
	// instead of a blank page", "Replace the white screen with a spinner", "Avoid a blank screen while loading"), nor the docs about
// one ("Update the white screen of death docs").
	[/^(?!(add|adding|create|creating|insert|design|designing|show|replace|replacing|avoid|prevent|hide|render)\b)(?!.*\b(instead of|rather than|avoid\w*|prevent\w*|no more|without|docs?|documentation|faq)\b).*?(\b(white|blank|black|grey|gray)[- ](screens?|pages?|windows?)\b(?! (templates?|options?|layouts?|states?|placeholders?|designs?|themes?|modes?|editors?|documents?|backgrounds?|savers?)\b)|\b(screen|page|window|app|ui) (goes|went|turns|turned|stays|is|becomes|became) (white|blank|black)\b)/, op, 2, 'title: a blank screen', ['white', 'blank', 'black', 'grey', 'gray']],
	// Messages or events dropped now (messagesDropped above).
	[messagesDropped, op, 2, 'title: data lost', ['drop']],
	// What could be done and is possible no more: "Login is no longer possible", "Upgrade from 5.34.2 to 5.35.1 - no more login
	// possible from desktop client!?", "Export not possible anymore", "It is no longer possible to pin messages" (version 79). Not a
	// rule, a guard, a condition or a question ("Deleting the last admin should not be possible", "Make it not possible to merge
	// without review", "Ensure downgrades are no longer possible", "Fall back to polling where push is not possible", "Why is
	// sharding not possible here?").
	[/^(?!(make|makes|making|ensure|keep|prevent|block|forbid|disallow|require)\b)(?!.*\b(should|must|shall|will|would|ensure|make sure|so that|if|when|unless|whether|where|why|how|what|guard against)\b.*\b(not|no longer|no more) possible\b)(?!.*\byet\b).*?(\b(no longer|not|no more) possible\b|\bno more \w+ possible\b|\bnot possible (anymore|any more)\b)/, op, 2, 'title: not working', ['possible']],
	// Memory or a process gone wrong now, in the words of a crash report or an advisory: "Buffer overflow in modules AcpiPlatform",
	// "use-after-free in the parser", "The compiler unexpectedly panicled", "Godot editor terminates when opening a project".
	// Not the work that guards against them ("Add buffer overflow checks", "Handle connections closed unexpectedly").
	[/(?<!\b(prevent|avoid|detect|guard|check|handl|catch|fuzz|test|add|harden)\w*\b.*)(\b(buffer|heap|stack-buffer|integer) overflow\b(?! (checks?|detection|protection|tests?)\b)|\buse[- ]after[- ]free\b|\bdouble[- ]free\b|\bnull (pointer )?dereference\b|\bunexpectedly (panic|crash|exit|quit|clos|terminat|stop|restart|fail|die|abort)\w*|(?<!^)\bterminates? (when|on|after|while|unexpectedly|abruptly|randomly)\b)/, op, 1.5, 'title: crashing', ['overflow', 'after free', 'after-free', 'double', 'dereference', 'unexpectedly', 'terminat']],
	// A certificate expired, or something gone since a release: "Certificate expired: badssl.com", "Localization gone since
	// 1.13.10336.0", "Thumbnails missing since the last update". Not the work ahead of it ("Rotate certificates before they
	// expire", "Automate renewal of expiring certificates").
	[new RegExp(String.raw`\b(cert|certs|certificate|certificates|tls|ssl)( \w+)? (has |have |is |are |was |were )?expired\b|(?<!^${staleClearing} )\bexpired (cert|certs|certificate|certificates|tls|ssl)\b|(?<!^)\b(gone|missing|disappeared|vanished|broken) (since|after) (the |a |an |last |latest |v|version |release |update |upgrade |\d)`), op, 1.5, 'title: not working', ['expired', 'gone', 'missing', 'disappeared', 'vanished', 'broken']],
	// A certificate said to be near its end, as a noun or a verb: "beta.mybinder.org certificate expiry", "Certificate expiring
	// for api.example.com", "TLS cert expires in 3 days" (set 53; version 87). Not the work ahead of it: a check, an alert or a
	// renewal asked for ("Monitor certificate expiry", "Certificate expiry alerts", "Automate renewal of expiring certificates",
	// "Show certificate expiry date in the dashboard").
	[/^(?!.*\b(monitor|alert|track|check|detect|warn|automat|add|notif|report|handl|show|display|expos|renew|rotat|prevent|avoid|document|test|measure|when|if|before)\w*\b.*\b(expir|about to)).*?\b(cert|certs|certificate|certificates|tls|ssl)( [\w.-]+)? (expiry|expiration|expiring|expires (soon|today|tomorrow|in \d+|on \d+)|(is |are )?about to expire|will expire (soon|today|tomorrow|in \d+))\b(?! (alerts?|monitor\w*|checks?|checker|notifications?|warnings?|dates?|metrics?|dashboards?|exporter|reminders?|handling|policy|polic\w*)\b)/, op, 1.5, 'title: not working', ['expir']],
	// Things piling up now, said as their number or as accumulating: "Large number of pending pods for GESIS server", "Large number
	// of requests waiting on build", "High number of stuck jobs", "Non-running build pods accumulating on GESIS node", "Zombie
	// processes piling up on worker" (set 53; version 87). Not a task that handles, displays or prevents them ("Handle a large number
	// of pending requests", "Show the number of queued jobs", "Prevent temp files from piling up"), nor debt said to pile up.
	[/^(?!(handle|handling|support|supporting|allow|test|testing|detect|alert|monitor|warn|limit|cap|optimi[sz]e|scale|paginate|display|show|render|process|prevent|avoid|stop|reduce|count|track|measure)\b)(?!.*\b(should|must|shall|would|if|when|whenever|so that|to avoid|to prevent|without|debt)\b)(.*\b(large|high|huge|growing|increasing|massive|excessive|unusual|abnormal) (number|amount|count|backlog|pile) of (\S+ ){0,2}?(pending|waiting|queued|stuck|failed|failing|evicted|orphan(ed)?|dangling|zombie|errored|erroring|crash(ing|looping)|unacked|hung|timed[- ]out|non-running|terminating)\b|.*(?<!^)\b[\w-]+s (are )?(accumulating|piling up|stacking up|pile up|accumulate) (on|in|at|across|over|inside|under)\b)/, op, 1.5, 'title: not working', ['number', 'amount', 'count', 'backlog', 'pile', 'piling', 'accumulat', 'stacking']],
	// Something that keeps growing now, or a sudden growth by a share: "server leader memory keeps increasing", "1100% increase (!)
	// in release compile times". Not a task that plans for growth ("Capacity plan for 30% increase in traffic").
	[/(?<!\b(plan|prepar|forecast|handl|absorb|expect|budget|capacity|track|monitor|alert|reduc)\w*\b.*)(\b(memory|cpu|disk|heap|latency|usage|queue|lag|size|rss|load|backlog)( usage| use)? (keeps|kept|is|are|has been|have been) (increasing|growing|rising|climbing|going up)\b|\b\d+(\.\d+)? ?% (increase|jump|rise|regression|slowdown) in\b)/, op, 1.5, 'title: slow', /(increasing|growing|rising|climbing|going up)\b|\d ?%/],
	// Mail or media that does not arrive as it should: "Invite emails going to spam for Outlook users", "Video player is buffering",
	// "Address autocomplete returns nothing for UK postcodes". Not a filter built for spam ("Mark spam comments as spam").
	[/\b(going|goes|went|landing|lands|landed|ending up|end up|ends up) (in|to) (the )?(spam|junk)( folder)?\b|\b(is|keeps|constantly|always) buffering\b|(?<!^(return|show|display|make)\w*\b.*)\b(returns|shows|displays|gives) (nothing|no results|empty results|a blank|blank)\b/, op, 1.5, 'title: not working', ['spam', 'junk', 'buffering', 'nothing', 'no results', 'empty results', 'blank']],
	// A test that flakes, named first: "Flake in TestFlowControlSignal", "Flapper TableTTLIT#testMinorCompaction…". Not flake tooling.
	[/^(flake|flakes|flaking)( in| on|:) (?!(detection|detector|tracking|tracker|dashboard|report|quarantine)\b)\S|^flapper \S/, op, 1.5, 'title: flaky test', ['flak', 'flapper']],
	// A loop that never ends now: "Infinite Loop when maximum update depth exceeds", "infinite redirect after login"; not a
	// guard or a hunt for one ("Prevent infinite loops in retries", "Detect infinite recursion").
	[/(?<!\b(prevent|avoid|detect|guard|catch|break|breaking|stop|limit)\w*\b.*)\b(infinite|endless|never-?ending) (\w+ )?(loop|loops|looping|recursion|redirects?|re-?renders?|rendering)\b/, op, 1.5, 'title: infinite loop', ['infinite', 'endless', 'ending']],
	// A plan that never settles (infrastructure-as-code's "perpetual diff"), or two records that never agree: "Perpetual diff with data
	// sources …", "Persistent diff between ledger and bank balance". Not a check built to catch one ("Detect perpetual diffs in CI").
	[/(?<!\b(detect|catch|flag|report|alert|test|check|prevent|avoid)\w*\b.*)\b(perpetual|persistent|permanent|constant|continuous) (diffs?|differences?|drift)\b/, op, 2, 'title: not working', ['diff', 'drift']],
	// Memory held now: "high memory consumption", "high memory use and sluggishness", "too many memory usage", "Significant memory
	// usage at init with 4.29.0"; not a guard or a cut ("Reduce high memory usage", "Avoid excessive memory use"), nor a limit ("high
	// memory limit"), nor a saving ("Significant memory savings with the new allocator"). A process may be named between ("High
	// tsserver memory use", "High Redis memory usage"), with use named after it, or its overhead ("will cause a huge DMS memory overhead",
	// set 54; version 88).
	[/(?<!\b(prevent|avoid|reduc|limit|lower|cut|detect|track|monitor|alert)\w*\b.*)\b(high|huge|excessive|heavy|massive|significant|too much|too many|growing|increas\w*) memory( (use|usage|consumption|footprint|growth|pressure))?\b(?! (limits?|budgets?|caps?|requests?|settings?|instances?|nodes?|machines?|vms?))(?! ((use|usage|consumption|footprint) )?(reductions?|savings?|improvements?|gains?|wins?)\b)|\b(high|huge|excessive|heavy|massive|significant) [\w.-]+ memory (use|usage|consumption|footprint|overhead)\b|\bmemory (usage|use|consumption) (is |keeps )?(very |too )?(high|huge|excessive|growing|grows|increas\w*|spik\w*|explod\w*)\b/, op, 1.5, 'title: high memory use', ['memory']],
	// Memory held now, as the share or amount of it a program takes, or the RAM named: "Zed using 100% of RAM on Windows", "Zed
	// Consuming Excessive amount of RAM.", "App uses 8 GB of RAM", "leak memory to 40+ GB", "Windows: Maybe memory leakage" (set 56;
	// version 95). Not a limit or a cut ("Limit the worker to using 4 GB of memory", "Reduce RAM usage"), nor a measure ("Show how
	// much RAM each tab uses"), nor a limit asked for after it ("Builds using 4 GB of RAM must be capped").
	[/(?<!\b(prevent|avoid|reduc|limit|lower|cut|cap|detect|track|monitor|alert|measur|show|display|report|allow|let)\w*\b.*)(\b(us(es|ing|ed)|consum(es|ing|ed)|eat(s|ing)|hog(s|ging)|tak(es|ing)|grabs?|grabbing|fill(s|ing)|leak(s|ing|ed)?|grows? to|growing to)( up)? (all( of)?|almost all( of)?|nearly all( of)?|\d+(\.\d+)? ?%( of)?|\d+(\.\d+)?\+? ?(gb|gib|mb|mib|tb)( of)?|(an? )?(excessive|huge|insane|massive|enormous|ridiculous|crazy|absurd|large) (amounts?|quantit(y|ies)) of|too much|so much|lots of|a lot of)( the| my| system| available| host| machine)? (ram|memory)\b|\bleak(s|ing|ed)? (ram|memory)\b|\b(ram|memory) leakage\b)(?!.*\b(should|must|needs? to|has to|have to) (be )?(throttl|limit|cap|reduc|restrict|bound|lower)\w*)/, op, 1.5, 'title: high memory use', /ram\b|memory/],
	// CPU taken as a share past one core, or "up to" a share, by a program now: "New update is using up to 400% of cpu (260% just idle)",
	// "Indexer consuming 250% CPU" (set 56; version 95). Not a limit or a cut ("Limit the indexer to using 50% of CPU"), nor one asked for
	// ("Builds using 30% of CPU should be throttled"), as with memory ("Builds using 4 GB of RAM must be capped").
	[/(?<!\b(prevent|avoid|reduc|limit|lower|cut|cap|detect|track|monitor|alert|measur|show|display|report|allow|let)\w*\b.*)\b(us(es|ing|ed)|consum(es|ing|ed)|eat(s|ing)|hog(s|ging)|tak(es|ing)|burn(s|ing))( up)? (up to |over |more than |almost |nearly |about |around )?\d+(\.\d+)? ?%( of)?( the| my| system| host| machine)? cpus?\b(?!.*\b(should|must|needs? to|has to|have to) (be )?(throttl|limit|cap|reduc|restrict|bound|lower)\w*)/, op, 1.5, 'title: high CPU or leak', ['cpu']],
	// A battery drained now: "High battery usage", "Battery drain on iOS 17", "App drains battery in the background" (set 56; version 95).
	// Not a cut, a saving or a measure ("Reduce battery usage", "Lower battery consumption of location updates", "Measure battery usage").
	[/(?<!\b(prevent|avoid|reduc|limit|lower|cut|minimi[sz]|optimi[sz]|improv|sav|detect|track|monitor|measur|profil|report|show|display)\w*\b.*)(\b(high|huge|excessive|heavy|massive|significant|abnormal|increased|insane|extreme|too much|rapid|fast) (battery|power|energy) (use|usage|consumption|drain|draining)\b|\b(battery|power) drain(s|ing)?\b(?! (tests?|testing|metrics?|dashboards?|reports?|analysis|profil\w*|benchmarks?))|\bdrain(s|ing|ed)? (the |my |your |a lot of |lots of )?batter(y|ies)\b|\bbattery (is |keeps )?draining\b)/, op, 1.5, 'title: battery drain', ['batter', 'power', 'energy']],
	// A thing done over and over now: "Zed Preview 0.215.0 keeps updating the same version over and over.", "Login page keeps asking
	// for the password", "Dialog pops up again and again", "Notifications keep sending twice" (set 56; version 95). Not a guard ("Avoid re-downloading assets over and
	// over", "Stop prompting for the password again and again"), nor a thing that keeps doing what it should ("Ensure the worker keeps
	// running"), nor a repetition asked for ("Keep retrying over and over until it succeeds", "Retry the upload again and again"), nor a
	// design question ("How to keep reconnecting websockets alive"), nor an imperative ("Keep sending heartbeats during long uploads",
	// "Make the client keep reconnecting after a network drop").
	[/(?<!(^(keep|retry|repeat|poll|loop|make|let|have|get|allow)|\b(prevent|avoid|stop|don'?t|do not|never|no longer|should ?n'?o?t|must ?n'?o?t|ensure|make sure|guard|detect|without|how (to|do|can|should)))\b.*)(\bover and over\b|\bagain and again\b|\b(keeps|kept|(?<!^)keep) (on )?(asking|prompting|popping up|reappearing|re-?opening|re-?downloading|downloading|re-?installing|installing|updating|reloading|refreshing|resetting|reverting|logging (me |us |users )?out|signing (me |us |users )?out|disconnecting|reconnecting|re-?indexing|re-?scanning|re-?building|re-?starting|relaunching|re-?launching|jumping|scrolling|flickering|flashing|re-?rendering|duplicating|spawning|creating (new |duplicate )?\w+|adding|inserting|sending|emailing|notifying)\b)/, op, 1.5, 'title: happens over and over', ['over and over', 'again and again', 'keep', 'kept']],
	// Slowness now: "Slow page loads on …", "Bad performance for most reviewer pages", "seems slower on Nightly", "Significant slowdowns
	// running terraform for WAF resources"; not the slow-query log. What performs badly may be named between ("Poor query performance",
	// "Poor parameterized job scheduling performance").
	[/\b(slow(er|ness)?|slow-?downs?|sluggish|laggy|(bad|poor|degraded|terrible|awful)( [\w.-]+){0,3} performance)\b(?! (query|queries|request|requests) log)(?! (disk|node|datanode|peer|replica|broker|volume|host|consumer|worker)s?\b)/, op, 1.5, 'title: slow', ['slow', 'sluggish', 'laggy', 'performance']],
	// A slow kind of component ("Exclude slow disks", "Slow peer metrics"): slowness, or the subject of a feature that
	// handles slow ones; builtin-rules.ts drops it in a ticket whose type names planned work.
	[/\bslow(er)? (disk|node|datanode|peer|replica|broker|volume|host|consumer|worker)s?\b/, op, 1.5, 'title: slow component', ['slow']],
	// An exception thrown: "Cast exception is thrown when …", "Path.suffix raises NullPointerException", "NPE from …"; a plural or a verb as Java teams write it, "FilterLinesByWord NPEs when run in Localmode" (set 58; version 97).
	// Not an exception class the code uses, which a change is about: "Avoid use of BufferTooSmallException to signal end of buffer"
	// (set 58), "Stop the use of an IllegalStateException for control flow" (version 97).
	[/(?<!\b(use|usage|using|uses) of (an? |the )?)\b(\w+exception(?! (to signal|for control flow|as a signal)\b)|exception (is |was |gets )?thrown|throws? (an? )?(\w+ )?exception|raises? (an? )?(\w+ )?exception|npe(s|'s)?|null pointer)\b/, op, 1.5, 'title: exception thrown', /exception|npe|null pointer/],
	// A title opened by a bare "Exception" and where or when it happened states it as plainly: "Exception after creating an
	// proxy", "Exception in thread main when loading config", "Exceptions in the worker are swallowed". Not its handling,
	// logging or reporting asked for ("Exception handling in the importer", "Exceptions should be logged with their stack").
	[/^(an? )?((unexpected|unhandled|uncaught|fatal|internal|runtime) )?exceptions? (after|when|whenever|while|on|in|during|upon|at|if|from|occur\w*|raised|caused)\b(?!.*\b(should|must|shall|needs? to|handl\w*|logg\w*|report\w*)\b)/, op, 1.5, 'title: exception thrown', ['exception']],
	// A test reported flaky, Apache Jira's "Flaky Test FooIntegrationTest#shouldJoin" or "… test is flaky": a failing test now,
	// not flaky-test tooling ("Flaky test detection and quarantining", "rerunning flaky tests" after a planned opener).
	// Kubernetes' issue template opens a flaking test's title with "[Flaky Test]" or "[Flaking Test]".
	// A test flake named as a noun opening the title, as Go teams file them: "test flake in TestAutopilot_RollingUpdate", "Test
	// flake: TestAgent_ProxyRPC_Dev"; not flake tooling ("Test flake detection", "Test flakes dashboard"), nor a Nix flake.
	// The tag alone before the test it names, as WooCommerce's flaky-test reporter files it: "[Flaky] failed.spec.js", "[Flaky]
	// merchant/create-woocommerce-patterns.spec.js", "Flaky: TestCheckoutFlow" (set 55; version 89); not the tag before tooling
	// ("[Flaky] test reporter", "Flaky: detection dashboard").
	[/^\[?(flak(y|ing)( \w+){0,2} tests?|tests? flakes?)\b(?!\]? (detection|detector|quarantin\w*|registry|reports?|reporting|track\w*|dashboards?|polic(y|ies)|retr\w*|rerun\w*|rates?|handling|management)\b)|\b(\w*tests?\w*|jobs?|builds?|checks?|suites?) (is|are|seems?|looks?|still|became|becomes|has become|have become) (\w+ )?flaky\b|^(\[flak(y|ing)\]|flak(y|ing):) (?!(\S+ )?(detection|detector|quarantin\w*|registry|reports?|reporter|reporting|track\w*|dashboards?|polic(y|ies)|retr\w*|rerun\w*|rates?|handling|management)\b)\S/, op, 2, 'title: a flaky test', ['flaky', 'flaking', 'flake']],
	// Data lost now: "VSCode lost my work", "data lost during file save", "Saving files deletes all file contents"; not a
	// guard against losing it ("Warn before losing unsaved changes", "Prevent losing data …").
	[dataLost, op, 2, 'title: data lost', ['lost', 'lose', 'losing', 'wiped', 'erased', 'delet']],
	madeTwice,
	// Data corrupted now: "Encrypted Files get corrupted/ unaccessable when moving …", "Data corruption in some cached
	// columns"; not a guard against it or a hunt for it ("Prevent data corruption on power loss", "Detect corrupted
	// backups", "Corruption detection for the WAL").
	[/(?<!\b(prevent\w*|avoid\w*|detect\w*|catch\w*|against|handl\w*|isolat\w*|repair\w*|recover\w*|from|without|no|of)\s(\w+\s){0,2})\bcorrupt(ed|s|ing|ion)?\b(?!\s*(detection|detector|checks?|checking|checker|tests?|testing|handling|recovery|scan\w*|protection|prevention))/, op, 1.5, 'title: data corrupted', ['corrupt']],
	// A resource held or burnt now: "very high CPU usage", "cpu usage high", "99.9 of my cpu", "using 100%+ CPU", "Leaking button", and a resource named before a bare "leak" ("Thread Leak due to …", "Connection leak in the pool"; version 63). Not a core count ("16 CPU cores"),
	// nor leaks a title guards against or hunts ("Prevent resource leaks in TestClientRMService", "Plug the thread leak"); a
	// plugin is not plugging ("Jira Plugin v2.4.2 leaks selectors …" is a leak; version 63).
	[/\b(high|huge|excessive|heavy|significant|100 ?%\+?|(9\d|100)(\.\d+)? ?%?( of)?( my| the)?) cpu\b|\bcpu (usage |load |utili[sz]ation )?(is |at |of |goes |stays )?(very )?(high|100 ?%|spik\w*|maxed)\b|(?<!\b(prevent|avoid|fix|detect|plug(?!ins?\b)|reduc|find|found)\w*\b.*)\bleak(s|ing|ed|(?<=\b(thread|threads|connection|connections|socket|sockets|file|files|handle|handles|descriptor|descriptors|fd|fds|selector|selectors|goroutine|goroutines|resource|resources|session|sessions) leak))\b(?! (detection|detectors?|checks?|checker|tests?|testing|sanitizers?|hunt\w*|tracking|reports?))/, op, 1.5, 'title: high CPU or leak', ['cpu', 'leak']],
	// Behaviour that holds only sometimes: "Standby state isn't always re-used when transitioning to active"; not the
	// imperative that opens a title ("Don't always fetch …").
	[/(?<!^)\b(isn't|aren't|is not|are not|doesn't|does not|don't|do not|wasn't|weren't|was not|were not|can't|cannot|won't|will not) always\b/, op, 1.5, 'title: not always working', [' always']],
	// Not stale things a title asks to clear away (staleCleared below): "Prune stale DNS records" is housekeeping.
	[new RegExp(`\\b(broken|stuck|glitch|unreliable|intermittent(ly)?|randomly|degraded|(?<!^${staleClearing} )stale|faulty|messed up)\\b`), op, 1.2, 'title: broken', ['broken', 'stuck', 'glitch', 'unreliable', 'intermittent', 'randomly', 'degraded', 'stale', 'faulty', 'messed up']],
	...operationsBreakage,
	[/\b(not resolv\w*|does(n't| not) resolve|unresolvable|not resolvable|is gone|are gone|dns (issues?|failures?|failed))\b/, op, 2, 'title: not resolving', ['resolv', 'gone', 'dns']],
	[/\b(rate limit(ed)?|rate-limit(ed)?|too many requests|limit exceeded)\b/, op, 1.5, 'title: rate limited', ['rate', 'many requests', 'limit exceeded']],
	// A cloud quota run into now: "Cloud billing quota exceeded: …", "Quota 'CPUS' exceeded in us-east1", "Project is over quota";
	// not a quota guarded against, watched or raised ahead ("Alert when the CPU quota is exceeded", "Handle quota exceeded errors",
	// "Increase quotas for the scale project"; version 61).
	[/(?<!\b(prevent|avoid|alert|detect|handl|warn|notif|monitor|when|if|befor|log|report|retry|retri)\w*\b.*)(?!.*\b(should|must)\b)(\bquotas?( '[^']{1,40}')? (was |were |has been |have been |is |are )?(exceeded|exhausted)\b|\bexceed(s|ed|ing)? (the |its |our |their |a )?([\w-]+ ){0,3}quotas?\b|\b(out of|over) quota\b)/, op, 1.5, 'title: quota exceeded', ['quota']],
	// Read here and not as a title word: "out" is a stop word, so the stems of "timed out" are those of "timing" and
	// "timings" alone ("Collect timing statistics", "payout timings"), which name no failure.
	[/\b(timed|timing|times) out\b/, op, 1, 'title: timed out', [' out']],
	// "[kbn/optimizer] meta issue", "Tracking issue": an umbrella issue is not a problem.
	// Issues, plural, acted on as a tracker's items are not problems: "Site administrators should have UI to delete issues on admin
	// panel", "Allow admins to close issues". The singular stays a problem ("Customer export issue").
	[/(?<!\b(meta|tracking|umbrella|parent|epic|placeholder) )\b(?!issues\b)(issues?|problems?|trouble)\s*[?!.]*$|(?<!\b(meta|tracking|umbrella|parent|epic|placeholder) )(?<!\b(delete|deleting|close|closing|create|creating|reopen|reopening|list|listing|filter|filtering|sort|sorting|label|labelling|assign|assigning|move|moving|transfer|transferring|pin|pinning|lock|locking|import|importing|export|exporting|search|searching|link|linking|edit|editing) (the |all |multiple |many |some |their |his |her |my |our |other |closed |open |old |spam |duplicate |related |linked )?)\bissues\s*[?!.]*$|\b(?!issues\b)(issues?|problems?) (with|on|in|accessing)\b|(?<!\b(delete|deleting|close|closing|create|creating|reopen|reopening|list|listing|filter|filtering|sort|sorting|label|labelling|assign|assigning|move|moving|transfer|transferring|pin|pinning|lock|locking|import|importing|export|exporting|search|searching|link|linking|edit|editing) (the |all |multiple |many |some |their |his |her |my |our |other |closed |open |old |spam |duplicate |related |linked )?)\bissues (with|on|in|accessing)\b/, op, 1, 'title: a problem', ['issue', 'problem', 'trouble']],
	problemDoing,
	fillingUp,
	// A change named as a noun that did damage, where no opener reads it: "Migration 2024_10_02 locked the tasks table for 4 min in
	// prod", "Deployment deleted the staging namespace", "Last night's migration corrupted the audit log" (version 82). Only before
	// what it hit: "Migrate deleted users", "Update locked accounts" use the participle as an adjective.
	[new RegExp(String.raw`^(the |a |our |last night's |yesterday's |today's )?(db |database |schema |data )?(migrations?|deployments?|deploys?|rollouts?|releases?|upgrades?|updates?|rewrites?|refactors?|backfills?|cron jobs?)( [\w.#/-]+){0,2} (${didDamage}|took down|brought down) ${damagedThing}\b`), op, 2, 'title: a change did damage', ['locked', 'wiped', 'deleted', 'dropped', 'corrupted', 'truncated', 'lost', 'took down', 'brought down']],
	// A fatal error is a failure whatever the title opens with: "fatal error saved objects migration", "Home page fatal error when
	// loading sample data" (version 82). Not its handling, reporting or page ("Fatal error handling in the worker").
	[/\bfatal (errors?|exceptions?)\b(?! (handl\w*|report\w*|track\w*|pages?|screens?|boundar\w*|messages? (should|must)))/, op, 2, 'title: fatal error', ['fatal']],
	[/\brestart of\b/, op, 1.5, 'title: needs a restart', ['restart of']],
	// The operating system's refusal, said now: "mkdir C:\\Program Files\\Go: Access is denied.", "permission denied".
	[/\b(access|permission)( is| was)? denied\b/, op, 2, 'title: access denied', ['denied']],
];

// A state of breakage named only inside an "if / when …" clause is the condition the work handles, not breakage now:
// "Show in the admin overview if no mail server was configured", "Warn when the mail server is not reachable".
const conditionBefore = /\b(when|if|whenever|unless|in case|whether)\b[^,;]*$/;
function notWorkingAsCondition(title: string): boolean {
	const found = notWorking[0].exec(title);
	return found !== null && conditionBefore.test(title.slice(0, found.index));
}

// A postmortem, RCA or review of an outage: the outage is its subject, the work is post-incident. "Post incident" is read spaced
// too, as platform teams write it: "Post incident follow up actions - Modsec 30 03 2026" (ministryofjustice/cloud-platform; version 69).
const postIncident: Rule = [/\b(post-?mortems?|post mortems?|post[- ]?incident|pir|rcas?|root cause analys[ie]s|retros?|retrospectives?|incident reviews?|(review|retro|retrospective|analysis) (of|for|on|about) (the |an? |our |their |last |this |that |\w+ ){0,3}(outage|incident|downtime))\b/, st, 2, 'title: post-incident review', ['mortem', 'incident', 'pir', 'rca', 'root cause', 'retro', 'review', 'analys']];

// A check that should have caught what went wrong is a gap to close after it: "E2E tests should have caught #6828", "CI should
// have caught the broken migration", "Monitoring should have detected the outage sooner"; version 52. Post-incident prevention, as
// a review of the outage is. Only tests, CI, checks, linters, monitoring, alerts, canaries and reviews as what should have caught
// it: "Validation should have rejected empty input" and "Spam filter should have caught this" are a feature not working.
const missedCatch: Rule = [/\b(tests?|e2e|end-to-end|integration|unit|smoke|regression|ci|pipelines?|checks?|linters?|lint|type ?check(er|ing)?|monitoring|monitors?|alerts?|alerting|canar(y|ies)|qa|(code )?reviews?)\s+(should|would|could|must) have (caught|detected|flagged|found|spotted|prevented|alerted|warned)\b/, st, 2, 'title: a missed catch to close', ['have caught', 'have detected', 'have flagged', 'have found', 'have spotted', 'have prevented', 'have alerted', 'have warned']];

// How hotfixes are made (a workflow, a process, its docs) rather than a hotfix being made.
const hotfixProcess: Rule = [/\bhot ?fix(es|ing)?\b.{0,40}\b(workflows?|process(es)?|procedures?|steps|guid(e|es|ance)|docs?|documentation|polic(y|ies)|runbooks?|playbooks?|templates?|checklists?|scenarios?)\b|\b(how|explain\w*|document\w*)\b.{0,30}\bhot ?fix/, st, 2, 'title: hotfix process', ['hotfix', 'hot fix']];

const securityPatch: Rule = [/\b(security (update|patch|fix)e?s?|patch(ing)? .*(cve|vulnerab)|cve-\d{4}-\d+)\b/, op, 2, 'title: security patch', ['security', 'cve', 'patch']];
// An upgrade or bump made *because of* a vulnerability answers it: a security patch, not planned upgrade work.
// So does removing or replacing a dependency because it is vulnerable: "Remove vulnerable dependencies: slf4j-log4j12 …".
const securityResponse: Rule = [/\b(upgrad|updat|bump|patch|pin|remov|drop|exclud|replac)\w*\b.*\b(cves?|cve-\d{4}-\d+|vulnerab(le|ilit(y|ies))|security (issues?|advisor(y|ies)|vulnerabilit(y|ies)|fix(es)?|patch(es)?))\b/, op, 2.5, 'title: security patch', ['cve', 'vulnerab', 'security']];
const upgradeOpeners = new Set(['upgrade', 'upgrading', 'update', 'updating', 'bump', 'bumping', 'patch', 'patching', 'pin', 'pinning', 'remove', 'removing', 'drop', 'exclude', 'replace', 'replacing']);

// A code-quality tool's findings, or compiler warnings, cleaned up: "Fix Checkstyle errors in hbase-spark",
// "Run spotless:apply and fix any existing spotless issues", "Fix non-varargs compile warnings". Code
// hygiene (tech debt), not a repair — unless the title also says something is broken ("Fail to build … because of checkstyle error").
// Something said not to do what it does, in the reporter's words rather than the verbs the readings above know: "Zombie
// tasks do not terminate", "Token endpoint doesn't set Cache-Control", "Can't comment", "Referral credits not applied …
// isn't". Read only when no other breakage is stated, and weaker: a missing capability is said the same way ("Language server
// does not highlight the keyword"). Not an instruction ("Don't keep all modules in memory", "Make retries so they can't double
// charge"), a guard, a condition or a question ("… should not …", "… when X is not set", "Why does X not …"), nor what a thing
// does not support, have, need or allow, which asks for a capability, nor what is not yet documented, tested, covered,
// implemented or up to date, which is work to do; nor a relative clause ("Delete branches that are not merged").
const notBehaving: Rule = [
	/^(?!(do not|don't|never|make|makes|ensure|let|allow|add)\b)(?:(?!\b(should|must|shall|ensure|make sure|prevent|avoid|so|if|when|whenever|unless|even|guard|why|whether|how|need|needs|that|which|who|whose|where)\b).)*?\b(doesn't|does not|don't|do not|didn't|did not|isn't|is not|aren't|are not|wasn't|was not|weren't|were not|can't|cannot|can not|couldn't|could not|won't|will not|haven't|hasn't|has not|have not|not able to|unable to)\s+(?!(support|supports|supported|have|has|need|needs|require|requires|allow|allows|offer|offers|provide|provides|expose|exposes|exist|exists|yet|always|necessarily|scale|work with|documented|mentioned|described|tested|covered|cover|covers|implemented|translated|locali[sz]ed|optimi[sz]ed|up to date|up-to-date|recommended|advised|advisable|ideal|intuitive|obvious)\b)\w/,
	op,
	1.2,
	'title: not behaving',
	// Gated by whole words: "not" is inside "notification", "note" and "another".
	/\bnot\b|n't\b|\bcannot\b|\bunable\b/,
];
// A removal scheduled for a named release is planned clean-up, whoever files it and under whatever label: "task contains
// deprecated call to be removed in 2.12", "Legacy endpoints will be removed in v3", "Python 3.8 scheduled for removal in 2.18";
// not what was removed and is now missed ("Option was removed in 2.12 and playbooks fail").
// A freeze of a release, of code, features or strings is a stage of the release process a team plans: "Godot 3.0 entering
// release freeze (only major bug fixes accepted)", "Code freeze for 2.4 starts Monday", "String freeze before translations".
// Not a program that freezes ("UI freeze when opening large files", "Editor freezes on save"), which is a hang.
// An issue that tracks or plans a body of work: "Tracking Issue for Parallel Rustc Front-end", "x/telemetry: umbrella issue
// for cmd/go integration", "Iteration Plan for November 2018". Not a bug in tracking ("Analytics tracking issue on checkout"),
// where "tracking issue" is not followed by what it tracks.
// Documentation said not to explain, mention or describe something: "Documentation doesn't clearly explain how one obtains the
// existing SearchIntegrator", "README does not mention the new flag", "The upgrade guide does not describe rollback" (set 59;
// version 98). What the docs leave out is documentation to write, not a program misbehaving (notBehaving); docs said not to work,
// load or render stay breakage ("Usage docs for ScalaGauge doesn't work", "Docs site does not load").
const docsGap: Rule = [
	/^(the |our |current )?([\w.-]+ ){0,3}(documentation|docs|doc|readme|javadocs?|guides?|manual|tutorial|reference)( (page|section|chapter)s?)?\b[^,;:]{0,40}?\b(doesn't|does not|don't|do not|isn't|is not|aren't|are not)( (clearly|fully|properly|really|yet|sufficiently|explicitly|always))? (explain|mention|describe|document|cover|clarify|state|say|tell|list|specify)s?\b/,
	st,
	1.5,
	'title: documentation gap',
	['doc', 'readme', 'guide', 'manual', 'tutorial', 'reference'],
];
const trackingIssue: Rule = [/^(tracking|umbrella|meta) issue\b|\b(tracking|umbrella|meta) issue (for|to track)\b|\b(iteration|release|sprint|migration|rollout) plan (for|of)\b|^(iteration|release|sprint|rollout) plan\b/, st, 1.5, 'title: a plan or tracking issue', ['issue', 'plan']];
// A wish: "It would be nice to have dark mode", "Would be great to export CSV", "Keycloak Docker image should provide a way to
// import realm files". Not a wish that something worked ("It would be nice if login worked again"), which is breakage said politely.
const wishAsked: Rule = [/^(it )?would be (nice|great|good|useful|helpful|awesome|cool) (to|if)\b(?!.*\b(work(ed|s)?|again|not|didn't|wouldn't|stopped|crash\w*|fail\w*|broke\w*)\b)|\bshould (provide|offer|have|support) (a way|an option|the ability)\b|^there should be (an? (option|way|setting|button|flag|command|switch|toggle|endpoint|api|page|field|menu)|the (ability|option|possibility)) (to|for)\b/, st, 1.5, 'title: a wish', ['would be', 'should']];
// A product's default asked to change: "CW par defaut / should be the default", "Encryption should be enabled by default", "Dark
// mode should be on by default" (version 71). Not a default said to be wrong now ("Timezone should be UTC by default but is local
// time", "… should be the default, isn't"), nor "should default to", which a tool's wrong default reads as often ("hbck2 should
// default to a released hbase version").
const defaultAsked: Rule = [/\bshould be (the |on |enabled |turned on |switched on |checked |selected |opt-?in |opt-?out |off |disabled )?(by )?default\b(?!.*\b(but|instead|however|isn't|is not|not|anymore|again)\b)/, st, 1.2, 'title: a default changed', ['default']];
const releaseFreeze: Rule = [/\b(release|code|feature|string|strings|translation|merge|deploy|deployment|change|api|schema)[- ]freeze\b/, st, 2, 'title: release freeze', ['freeze']];
// Stale things cleared away are housekeeping, planned (often automated) toil reduction: "Prune stale DNS records", "Auto-close
// stale PRs after 30 days", "Delete stale preview environments nightly". Not data or caches said to be stale ("Dashboard shows
// stale data", "Stale DNS cache after service redeploy"), which stay breakage.
const staleCleared: Rule = [new RegExp(`^${staleClearing} stale\\b`), st, 1.2, 'title: stale things cleared', ['stale']];
// Expired things cleared away are the same housekeeping: "Delete Expired SSL Certificates" (ministryofjustice/cloud-platform),
// "Purge expired sessions nightly", "Clean up expired snapshots" (version 69). Not a certificate or a token said to have expired
// ("Expired SSL certificate on api.example.com", "Expired token breaks login"), nor expired things a title says were not cleared ("Expired
// sessions are not deleted"), which stay breakage.
const expiredCleared: Rule = [new RegExp(`^${staleClearing} expired\\b`), st, 1.2, 'title: expired things cleared', ['expired']];
const scheduledRemoval: Rule = [/\b(to be|will be|(is |are )?(scheduled|slated|planned|due) (for removal|to be removed)) ?(removed )?in (v|version |release )?\d/, st, 1.5, 'title: removal scheduled for a release', ['remov']];
// "Fix warnings in openengsb project", "Fix all warnings", "Remove warnings from the build": the build's warnings cleaned up
// with no tool named. Not a warning a user sees ("Fix warning when saving file", "Fix warnings shown when the page loads").
const codeHygiene: Rule = [/^(fix|fixing|fixed|remove|removing|clean(ing)? up|cleanup|resolve|resolving|address|addressing|eliminate|silence|suppress)( all| the| any| some| remaining| existing| outstanding| various| more| new)? warnings(\s*$| (in|across|from|throughout) (?!.*\b(when|while|on (save|load|click|open|start\w*)|shown|displayed|appear\w*)\b))|\b(checkstyle|spotless|lint|linter|linting|eslint|tslint|pylint|flake8|rubocop|findbugs|spotbugs|pmd|sonar\w*|clippy|compiler?|compilation|javadoc|scaladoc|deprecation|style|code style)\s+(errors?|issues?|violations?|warnings?|complaints?|findings?|problems?)\b/, st, 1.5, 'title: code style cleanup', ['error', 'issue', 'violation', 'warning', 'complaint', 'finding', 'problem']];
// Which level something is logged at is logging work, a topic: "Streams should log summarized restoration information at info level".
const logLevel: Rule = [/\b(at|to|in|on|into) (the )?(info|debug|trace|warn|warning)[- ]?(log )?level\b|\blog(ging)? levels?\b/, st, 1.2, 'title: log level', ['level']];

// Not "an error report", which reports one error: the word stems alike, so this reads the words themselves.
// "Better error message on bad path" asks for clearer diagnostics: a capability too, not an error now ("unhelpful" is not "helpful").
// "More detailed error on keybinding errors", "More descriptive errors for invalid config": more said about an error, asked for
// without the word "message" (version 42); not "Detailed error: …", which may be an error shown now.
// "New room list: Error boundaries", "Add an error boundary around the timeline": React's component that catches an error and shows a
// fallback, error handling by another name; "Display user friendly errors", "Human-readable errors for invalid config": errors said
// better, asked for (version 62).
const errorCapabilityPhrase =
	/\berror[- ](reporting|handling|boundary|boundaries|tracking|monitoring)\b|\b(user[- ]friendly|human[- ]readable|friendly|understandable|readable) errors?( messages?)?\b|\b(better|clearer|improved?|friendlier|nicer|helpful|useful|descriptive|meaningful|actionable|more (helpful|useful|informative|descriptive|specific|actionable|detailed)) error messages?\b|\bmore (helpful|useful|informative|descriptive|specific|actionable|detailed|meaningful) errors?\b/;

// A report a bot or a crash reporter filed: "automated issue report (crash)", "automatic crash report". Not a report to automate
// ("Automated report generation").
const autoFiledReport = /\bautomat(ed|ic)( (issue|crash|bug|error|failure|problem|incident|test failure))? reports?\b(?! (generation|generator|tool\w*|system|pipeline|bot|workflow|feature|builder))/;

const automation = /\b(automat\w*|unattended|cron\w*|auto-?renew\w*)\b/;

// Access granted to someone named ("grant Ericson2314 access to staging-hydra secrets"): an access request served. Not "allow X to
// log in", which names a feature as often as a person ("Allow users to login with SSO").
const accessRequest: Rule = [/\b(access request|request(ing)? (for )?(access|permissions?)|needs? access|grant access|grant \S+ (\S+ )?access|account creation|for (\w+ )?access$|can't (log ?in|access)|cannot (log ?in|access))\b/, op, 2, 'title: access request', ['access', 'account', 'log']];

// An account asked for, as an access request is: "Faffy account request", "Ridley account request", "Request an account on the
// build server". Not the machinery that takes such requests ("Add account request form", "Automate account requests"; version 52).
const accountRequest: Rule = [/^(?!(add|adding|create|creating|automate|automating|build|building|design|designing|implement|implementing|improve|improving|streamline|streamlining|handle|handling|track|tracking|document|documenting|review|reviewing|support)\b).*(\baccount requests?\b(?! (forms?|flows?|workflows?|process(es)?|pages?|templates?|automation|bots?|api|queues?|handling|system|tooling|backlog))|^request(ing)? (an? |new )?accounts?\b)/, op, 2, 'title: access request', ['account']];

// A limit or quota raised for one project or team, asked for as a service request is (an access or account request; version 96):
// "File Limit Increase", "File size limit increase request", "File size limit increase for bagpipes", "Request to increase
// upload-limit for \"ipp\" project", "get a file size limit exemption or increase for our projects", "Service quota increase for
// GPUs". Not the machinery or the policy of such requests ("Automate quota increase requests", "Add limit increase request form",
// "Document the limit increase process"), nor a limit changed in the product ("Increase the default upload limit to 100MB").
const limitRequest: Rule = [/^(?!(add|adding|create|creating|automate|automating|build|building|design|designing|implement|implementing|improve|improving|streamline|streamlining|handle|handling|track|tracking|document|documenting|review|reviewing|support|show|display|allow|audit)\b)(?!.*\b(forms?|workflows?|process|policy|automation|dashboard|api|endpoint|page|ui)\b).*(\b(limit|quota)s? (increase|raise|bump|exemption|exception)s?\b(?! (logic|algorithm|rate|percentage))|\brequest(ing)? (to|for) (an? )?(increase|raise|bump|exemption)\b.*\b(limit|quota)s?\b|\b(increase|raise|bump) (\S+ ){0,3}?(limit|quota)s? requests?\b)/, op, 2, 'title: limit increase asked', ['limit', 'quota']];

// Mail or messages said not to arrive, with words between the verb and what is not got: "Not getting verification mail", "Not
// getting account verification emails", "Not reciving the verification mail in test pypi" (receive misspelt, as it often is;
// version 96). The not-working reading took one word between. Not a guard or a wish ("Ensure users are not getting duplicate
// emails", "Users should not be receiving marketing emails", "Make sure admins stop getting alert emails").
const mailNotGot: Rule = [/(?<!\b(should|must|shall|ensure|make sure|so that|to|prevent|avoid|stop)\b.*)\b(not|never|no longer|isn't|aren't|stopped)\s+(getting|gotten|got|receiving|recieving|reciving|reciev\w*|reciv\w*)\s+(\w+\s+){0,3}?(e-?mails?|mails?|notifications?|messages?|alerts?|sms|texts?|codes?|links?|invit\w*)\b/, op, 2, 'title: not working', ['not', 'never', "n't", 'stopped']];

// Malware, spam, phishing or typosquatting reported somewhere now: an abuse report to act on (version 96). "Malware packages on
// PyPI", "Malware package on PyPI", "Possible Typosquatting around matplotlib", "Reporting spam in Pypi", "Phishing emails from
// noreply@". Not the defences built against them ("Malware scanning for uploads", "Add spam filter", "Malware reporting API",
// "Detect typosquatting on upload", "Spam detection in comments").
const abuseReported: Rule = [/^((possible|potential|suspected|suspicious|new|more|active|reported|likely)\s+)?((malware|malicious|typo-?squat\w*|spam|spammy|phishing|scam)\s*(packages?|projects?|accounts?|users?|uploads?|releases?|e-?mails?|links?|sites?|pages?|repos?|repositories|content|comments|posts|bots?|crates?|gems?|modules?|images?|domains?|campaigns?)?|(packages?|projects?|accounts?) with malware)\s+(on|in|around|at|from|targeting|via|published|uploaded|found)\b|^reporting (spam|malware|phishing|abuse|malicious|typo-?squat\w*)\b/, op, 2, 'title: abuse reported', ['malware', 'malicious', 'squat', 'spam', 'phishing', 'scam']];

// A failed part replaced is a repair, not planned replacement: "Replace failing disk in Yevaud", "Replace dead PSU in db-3", "Swap
// out the faulty fan". Only a part of the machine: "Replace broken links in docs", "Replace failing tests with …" are not (version 52).
const replacedPart = /^(replace|replacing|swap|swapping|change|changing)( out)? (the |a |an |one |two |both |all )?(failed|failing|dead|broken|faulty|defective|bad|degraded|burnt|burned|burnt-out|crashed|worn)( [\w-]+){0,2}? (disks?|drives?|ssds?|hdds?|nvmes?|psus?|power suppl(y|ies)|fans?|batter(y|ies)|bbus?|raid controllers?|controllers?|dimms?|ram|memory|nics?|network cards?|cables?|switch(es)?|motherboards?|boards?|cpus?|sensors?|servers?|hosts?|machines?|parts?|hardware|modules?|optics?|transceivers?|sfps?)\b/;

// A budget drawn up: "2025 Ops Budget", "Budget 2019", "Start 2024 budget process", "FY25 infra budget". Planning, not a cost
// overrun ("AWS spend over budget", "Budget exceeded for Q3") nor an error budget (version 52).
const budgetPlanned: Rule = [/^(?!.*\b(over|exceed\w*|blown|burn\w*|alerts?|overruns?|overspen\w*|error)\b)(.*\b(fy ?\d{2,4}|q[1-4]|(19|20)\d\d|annual|yearly|quarterly|ops|operations|infra|infrastructure|cloud|hardware|team) budgets?\b|.*\bbudgets? (for |of )?(fy ?\d{2,4}|q[1-4]|(19|20)\d\d)\b|.*\bbudget (planning|process|proposal|request|forecast|review|draft)\b)/, st, 1.5, 'title: budget planning', ['budget']];

const firingAlert: Rule = [/\b(silenc\w*|mute|muting|acknowledge)\b.*\b(alert|alarm|page)s?\b|\b(alert|alarm)s? (is |are )?firing\b|\bfiring (alert|alarm)s?\b/, op, 2.5, 'title: firing alert', ['silenc', 'mut', 'acknowledge', 'firing']];
const sloBreach: Rule = [/\b(outside|breach\w*|violat\w*|below|miss\w*) (of )?(its |the |our )?(slo|sla|error budget)\b|\bburn(ing|s)? (through )?(the |its )?(error )?budget\b/, op, 1.5, 'title: outside its SLO', ['slo', 'sla', 'budget']];
// The breach said noun first, as an alert names it: "Sidekiq queueing SLI apdex SLO violation on catchall shard",
// "RegistryServiceDatabaseApdexSLOViolation" (GitLab.com's alert names). Read only where the title plans nothing and is
// not about alerting or reporting on breaches ("Alert on SLO violations", "Dashboard of SLO violations").
const sloViolation: Rule = [/\b(slo|sla)s? violations?\b(?! (alerts?|alerting|dashboards?|reports?|reporting|notifications?|metrics?|rules?|polic(y|ies)))|sloviolation\b/, op, 1.5, 'title: outside its SLO', ['slo', 'sla']];

// A title that opens with a date names the day it is about: GitLab.com's incident issues ("2021-07-13: Increase in
// errors across multiple GitLab.com services"), and as often a meeting, a report or a release ("2024-02-01: Weekly
// sync", "2024-06-01: Monthly cost report"). The date says nothing of the kind of work: it is set aside, so the rest
// is read as a title (its leading tags too).
const leadingDate = /^(19|20)\d\d-[01]\d-[0-3]\d:\s+/;

// A title opened by the exception class it reports, as a stack trace's first line names it: "NoMethodError: undefined
// method `include?' for nil:NilClass …", "ClassCastException: class … cannot be cast". Said before the colon it is the
// title's statement, not a place; a name with a dash or a space ("error-reporting:", "Error tracking:") is a component.
const exceptionName = /^[a-z][a-z0-9.$]*(error|exception)$/;

const opsTriggers = ['incident', 'pager', 'call', 'escalation', 'alert', 'alarm', 'toil', 'mortem', 'outage', 'support'];
const opsNouns = /\b(incidents?|pager ?duty|pager|on-?call|oncall|escalations?|alerts?|alerting|alarms?|toil|post-?mortems?|outages?|support)\b/;
const toolingNouns =
	/\b(webhooks?|integrations?|api|bot|tool(s|ing)?|templates?|polic(y|ies)|process|procedures?|rotation|handbook|requirements?|expectations|duties|responsibilit(y|ies)|pages?(?! loads?| loading| views?)|docs?|document(ation|ing)?|best practices|runbooks?|playbooks?|guide(lines)?|reports?|reporting|dashboards?|metrics?|workflow|automat\w*|\.md|info about|checklist|training|schedul\w*|adapter|notifications?|channel|noise|noisy|thresholds?|rules?)\b/;

// A failure named only inside a "when / if / in case …" clause, in the same clause, before
// anything else fails: "Build fails when …" states breakage, "… when the upload fails" names a condition.
const failureAsCondition = /^(?:(?!\bfail)[^,;])*(\b(when|if|whenever|in case( of)?)\b[^,;]*\bfail(s|ed|ing|ures?)?|\b(on|upon|after) (an? |the )?failures?)\b(?!.*\bfail)/;
const conditionDiscount = 0.3;
// Diagnostics for a failure name it as their subject, not as breakage now: "Server to log underlying
// cause of SASL connection problems", "Report the reason for failed logins".
const diagnosedFailure = /\b(log|logs|logging|record|report|expose|print|surface|include)\b[^,;]*\b(underlying |root )?(cause|reason)s? (of|for|why)\b/;

// Paging of data next to what is paged through or what pages it: "server paging", "paging on valid rows",
// "paged scan filters", "Paged server side grouped aggregate operations"; not "paged 6 times overnight".
const paginationWords = 'rows?|scans?|scanners?|quer(y|ies)|results?( sets?)?|resultsets?|records?|cursors?|offsets?|limits?|aggregat\\w*|filters?|reads?|responses?|server[- ]side|client[- ]side';
const paginationPhrase = new RegExp(`\\b(server|server[- ]side|client[- ]side|scan|query|result|cursor|keyset|offset)[- ]pag(ed|ing)\\b|\\bpag(ed|ing) (on |over |through |of )?(the |all |valid )?(${paginationWords})\\b`);

// "Failing test:", "[test-failed]:", "Test failure:" (elastic/kibana's failed-test reports) state it too.
// "Flaky unit test:" as well.
// "stability: corruption: bad entry in block": corruption named as the prefix is the title's statement too.
// "Wiki down: LocalSettings.php messed up", "API offline: 502s from the gateway": a prefix that says something is down states it (version 52).
// "gcc error: …", "Compile error: …", "npm error: …" (set 54; version 88); not "Better error: …", nor a topic asking for work after it
// ("Error: add retry logic", "Error: messages should name the host").
const errorPrefix = /^(?!(better|clearer|friendlier|nicer|custom|generic|new|improved?|improve|add|show|log|handle|report|display|return|throw|raise)\b)([\w+.#-]+ )?error$/;
const errorPrefixAsks = /^(add|adding|improve|make|show|use|handle|log|report|display|clarify|rework|refactor|better|clearer|messages?|handling|reporting|pages?)\b/;
const failurePrefix = /\b(failures?|failing|failed|crash(es|ed)?|broken|flaky|flaking|corrupt(ed|ion)?)( tests?)?$|\b(down|offline|outage|unreachable|unavailable)$|\bflak(y|ing) \w+ tests?$|\btests? (failures?|failing|failed)$|^tests? flakes?$/;

// A component named by one identifier before " - " or ":", however long: "camel-jbang - Remove camel k plugin",
// "Camel-Hashicorp-Vault-Starter: Support …" (Apache Camel's convention, its Jira components left empty), or before " | "
// ("AIP-38 | Add Grid view", "payroll | Add overtime export"), a tracking key or a place set off as a column. Like a
// short prefix it names where the work is, and the title's own statement follows it.
const componentPrefix = /^([a-z][a-z0-9_.]*(?:-[a-z0-9_.]+)*)(?::\s+| - | \| )/;

const untidy = /[`"“”‘’]|\s\s|[\t\n\r]/;
const unapostrophed = /\b(does|do|did|is|are|was|were|ca|could|would|should|wo|has|have|had)nt\b/;
const unapostrophedAll = new RegExp(unapostrophed.source, 'g');

// Trackers cap a title near this (Jira's summary at 255 characters, GitHub's at 256); past it a title is no
// sentence, and the patterns' look-behinds cost time in the square of its length (a 50,000-character
// "leak leak …" took 13 s). Only this much of a title is read for its structure.
export const titleReadLength = 512;
const umbrellaMark = /^☂\uFE0F?\s*:?\s*/;

/** Reads a title's intent; the title is untrusted, so only fixed reasons are ever returned. */
export function readTitleIntent(rawTitle: string): TitleIntent {
	const signals: Signal[] = [];
	let title = rawTitle.slice(0, titleReadLength).toLowerCase();
	// Most titles need no tidying; testing first spares two string copies a ticket.
	if (untidy.test(title)) title = title.replace(/[`"“”‘’]/g, (quote) => (quote === '’' || quote === '‘' ? "'" : ' ')).replace(/\s+/g, ' ');
	title = title.trim();
	// A contraction typed without its apostrophe is read as with it: "Terraform applys security group rules, but doesnt remember".
	if (unapostrophed.test(title)) title = title.replace(unapostrophedAll, (word) => `${word.slice(0, -1)}'t`);
	// The umbrella emoji opening a title is the tag "Umbrella:" drawn ("☂️ SSO / OIDC / Token Expiry").
	if (title.startsWith('☂')) title = `umbrella: ${title.replace(umbrellaMark, '')}`;
	// The title with its leading tags, which the loop below strips: "Postmortem: 2024-08-21 503 …" is a review.
	const whole = title;
	const dated = leadingDate.exec(title);
	if (dated) title = title.slice(dated[0].length);
	let hardOperational = false;
	let place = '';
	let exceptionNamed = false;

	// Leading tags: "[Incident]", "[URGENT]", "Spike:", "fix(api):".
	for (;;) {
		const bracket = /^\[([^\]]{1,30})\]\s*/.exec(title);
		const prefix = bracket ? null : (/^([a-z][a-z0-9 _./-]{0,24})(\([^)]{0,30}\))?!?:\s+/.exec(title) ?? componentPrefix.exec(title));
		const found = bracket ?? prefix;
		if (!found) break;
		const name = found[1]!.trim().replace(/[-_]/g, ' ').replace(/:\d+$/, '');
		const entry = (bracket ? bracketTags : prefixTags)[name];
		// A prefix or tag that states a failure is the title's statement, not a place: "System test failure: StreamsEosTest…",
		// "[test-failed]: Chrome UI Functional Tests …".
		if (!entry && failurePrefix.test(name)) break;
		// A program's error quoted after its name is the title's statement too: "gcc error: unrecognized command line option …" (set 54).
		if (!entry && errorPrefix.test(name) && !errorPrefixAsks.test(title.slice(found[0].length))) break;
		if (!entry && exceptionName.test(name)) {
			exceptionNamed = true;
			break;
		}
		if (entry) {
			signals.push({category: entry[0], weight: entry[1], reason: `title: ${name}`});
			if (entry[0] === op && entry[1] >= 2.5) hardOperational = true;
		}
		// A package path opening the title ("x/tools/gopls: ", "cmd/compile: ", golang/go's convention) is where the work is.
		else if (title === whole && prefix && name.includes('/')) place = found[0];
		title = title.slice(found[0].length);
	}

	const capability = title.includes('support') && (capabilitySupport.test(title) || supportDropped.test(title)) && !supportSought.test(title);
	const supportMissing = !capability && title.includes('support') && supportMissingPhrase.test(title) && !supportSought.test(title);
	// Support for an incident or paging tool is incident tooling: "PagerDuty support".
	const toolingObject = toolingNouns.test(title) || (capability && opsNouns.test(title.replace(/\bsupport\b/g, '')));
	// What a thing does not support names no support work to build tooling for: "Why does the API not support pagination?".
	const opsTitle = supportMissing ? title.replace(/\bsupport(s|ed)?\b/g, '') : title;
	const tooling =
		!hardOperational && ((gated(opsTriggers, opsTitle) && opsNouns.test(opsTitle) && toolingObject && !matches(firingAlert, title)) || matches(hotfixProcess, title));
	if (tooling) signals.push({category: st, weight: 2, reason: 'title: incident tooling'});

	const transactionOutcome = title.includes('commit') && transactionPair.test(title);
	const fixShipped = matches(updateForFix, title);
	const partReplaced = replacedPart.test(title);
	const versionMoveBroke = versionMoveFailed.test(title) || versionMoveStatesBreakage(title);
	const openerRead = fixShipped || partReplaced || openerFailed.test(title) || versionMoveBroke || raceRemoved.test(title) ? null : plannedOpener(title);
	// A title its reporter tags as a bug at its end ("Adding sales tax to WC coupon - bug", "Creating a user with SSO (bug)") files
	// it as broken, as a Bug type does: the opener by wording is what goes wrong, not planned work (set 55; version 89).
	const opener = openerRead !== null && openerRead.weight < 1.5 && trailingBugTag.test(title) ? null : openerRead;
	let isPlanned = opener !== null;
	let plannedByWording = opener !== null && opener.weight < 1.5;
	if (opener) signals.push(opener);
	else if (fixShipped) signals.push(ruleSignal(updateForFix));
	else if (partReplaced) signals.push({category: op, weight: 2, reason: 'title: replaces a failed part'});
	else if (scheduledRestart.test(title)) signals.push({category: st, weight: 1.2, reason: 'title: scheduled maintenance'});
	else if (matches(restoredCapability, title)) signals.push(ruleSignal(restoredCapability));
	else if (matches(restoringOpeners, title) && !transactionOutcome) signals.push(ruleSignal(restoringOpeners));
	else if (matches(fixesNamed, title)) signals.push(ruleSignal(fixesNamed));
	// "Spike:" as a prefix was read above; "Spike on …" reads as a spike too.
	if (opener && title.startsWith('spike')) signals.push({category: st, weight: 0.8, reason: 'title: spike'});
	const prevented = matches(prevention, title);
	if (prevented) {
		signals.push(ruleSignal(prevention));
		plannedByWording ||= !isPlanned;
		isPlanned = true;
	}
	const missed = matches(missedCatch, title);
	const reviewed = matches(postIncident, whole) || missed;
	if (reviewed) {
		signals.push(ruleSignal(missed ? missedCatch : postIncident));
		isPlanned = true;
		plannedByWording = false;
	}
	if (capability && !opener) signals.push({category: st, weight: 1.2, reason: 'title: a capability'});
	const securityAnswer = matches(securityResponse, title) && !automation.test(title);
	// "Upgrade jetty due to CVE" opens like planned work but answers a vulnerability.
	if (securityAnswer && upgradeOpeners.has(/^[a-z]+/.exec(title)?.[0] ?? '')) isPlanned = false;

	let breakage = false;
	// Breakage said by more than a trailing "… issues": "Fail to build because of checkstyle error" stays breakage.
	let statedBreakage = false;
	const conditional = (title.includes('fail') && failureAsCondition.test(title)) || diagnosedFailure.test(title);
	for (const rule of breakageRules) {
		if (matches(rule, title)) {
			// "… provide diagnostics when file creation fails": the failure is the condition the work handles.
			if (conditional && (rule === failsNow || rule === failedNow)) continue;
			// Duplication in code, tests or text is debt to clean up, not records made twice.
			if (rule === madeTwice && duplicatedCode.test(title)) continue;
			// A tag naming planned work set off before it ("Upgrade: new client breaks login", "Upgrade Postgres: old version breaks")
			// makes the title that work and what breaks its reason.
			if (rule === subjectBreaks && whole !== title && plannedOpener(whole) !== null) continue;
			if (rule === notWorking && notWorkingAsCondition(title)) {
				signals.push({...ruleSignal(rule), weight: rule[2] * conditionDiscount});
				continue;
			}
			if (conditional && (rule[3] === 'title: failing' || rule[3] === 'title: a problem')) {
				signals.push({...ruleSignal(rule), weight: rule[2] * conditionDiscount});
				continue;
			}
			signals.push(ruleSignal(rule));
			if (rule[3] !== 'title: slow component') breakage = true;
			if (rule[3] !== 'title: slow component' && rule[3] !== 'title: a problem') statedBreakage = true;
		}
	}
	if (versionMoveBroke && !statedBreakage) {
		signals.push({category: op, weight: 2, reason: 'title: not working'});
		breakage = true;
		statedBreakage = true;
	}
	const docsLeftOut = !breakage && matches(docsGap, title);
	if (docsLeftOut) signals.push(ruleSignal(docsGap));
	if (!breakage && !conditional && !docsLeftOut && matches(notBehaving, title)) {
		signals.push(ruleSignal(notBehaving));
		breakage = true;
		statedBreakage = true;
	}
	// The opener's word was the subject of the breakage the title states: the opener plans nothing.
	// A gerund's outcome said with a verb of breakage is breakage whatever follows it: "Upgrading to 3.1 breaks login".
	// A reading that names its verb is breakage by that verb; one without (namedPartNotWorking) states the failure whole.
	const gerundFailed =
		opener !== null && isPlanned && !prevented && !reviewed && (gerundSubjectFailed.exec(title) ?? gerundClauseFailed.exec(title) ?? nounSubjectFailed.exec(title) ?? modifierSubjectFailed.exec(title) ?? namedPartNotWorking.exec(title));
	const failedVerb = gerundFailed ? (gerundFailed.groups?.['verb'] ?? gerundFailed.groups?.['verb2']) : undefined;
	if (gerundFailed && !statedBreakage && (failedVerb === undefined || /^(crash|fail|break|broke|throw|threw|hang|hung|freez|froze|error|time|timed|timing|stuck|lock|deadlock|wip|delet|dropp|corrupt|truncat|lost)/.test(failedVerb))) {
		signals.push({category: op, weight: 2, reason: 'title: not working'});
		breakage = true;
		statedBreakage = true;
	}
	// A gerund's action said to cause an error, a crash or a loop is that action going wrong: "Enabling and disabling feature flags
	// causes error", "Enabling SSO causes login loop", "Using Redis causes timeouts"; version 52. Not what a title asks to find out
	// or document ("Documenting why enabling SSO causes errors"), nor through a clause, a purpose or a guard (gerundSubjectFailed).
	const gerundCaused = !statedBreakage && !prevented && !reviewed && gerundSubjectFailed.exec(title);
	if (gerundCaused && /^(caus|result|lead|led)/.test(gerundCaused.groups?.['verb'] ?? '') && causedBreakage.test(title) && !/\b(what|why|how|whether)\b/.test(title)) {
		signals.push({category: op, weight: 2, reason: 'title: not working'});
		breakage = true;
		statedBreakage = true;
	}
	// A gerund's action said to make something wrong, unusable or fail is that action going wrong, as one said to cause an error
	// is: "Adjusting the shipping cost via woocommerce_shipping_rate_cost is making taxes inaccurate", "Enabling HPOS makes order
	// search unusable", "Changing the currency made totals incorrect" (set 55; version 89). Not what it makes better or possible
	// ("Using a cache makes pages faster"), nor through a clause, a purpose or a guard.
	const gerundMade = opener !== null && isPlanned && !prevented && !reviewed && gerundMadeWrong.test(title) && !/\b(what|why|how|whether)\b/.test(title);
	if (gerundMade && !statedBreakage) {
		signals.push({category: op, weight: 2, reason: 'title: not working'});
		breakage = true;
		statedBreakage = true;
	}
	if (opener && isPlanned && !prevented && !reviewed && statedBreakage && (openerCausedOutcome.test(title) || gerundFailed || gerundMade)) {
		signals.splice(signals.indexOf(opener), 1);
		isPlanned = false;
		plannedByWording = false;
	}
	if (!statedBreakage && matches(codeHygiene, title)) {
		signals.push(ruleSignal(codeHygiene));
		// Like prevention wording: in a ticket filed as a Bug it describes the repair (builtin-rules.ts).
		plannedByWording ||= !isPlanned;
		isPlanned = true;
	}
	// A capability missing, but not where the title states what breaks: "Importer crashes because it does not support UTF-16 files".
	if (supportMissing && !opener && !statedBreakage) signals.push({category: st, weight: 1.2, reason: 'title: a capability missing'});
	if (!statedBreakage && matches(scheduledRemoval, title)) signals.push(ruleSignal(scheduledRemoval));
	if (!statedBreakage && matches(staleCleared, title)) signals.push(ruleSignal(staleCleared));
	if (!statedBreakage && matches(expiredCleared, title)) signals.push(ruleSignal(expiredCleared));
	if (!statedBreakage && matches(releaseFreeze, title)) signals.push(ruleSignal(releaseFreeze));
	if (!statedBreakage && matches(trackingIssue, title)) signals.push(ruleSignal(trackingIssue));
	if (!statedBreakage && matches(wishAsked, title)) signals.push(ruleSignal(wishAsked));
	if (!statedBreakage && matches(defaultAsked, title)) signals.push(ruleSignal(defaultAsked));
	if (!statedBreakage && matches(budgetPlanned, title)) signals.push(ruleSignal(budgetPlanned));
	if (!statedBreakage && matches(guideWritten, title)) signals.push(ruleSignal(guideWritten));
	if (matches(securityPatch, title) && !automation.test(title)) {
		signals.push(ruleSignal(securityPatch));
		breakage = true;
	}
	if (securityAnswer && !isPlanned) {
		signals.push(ruleSignal(securityResponse));
		breakage = true;
	}
	if (!isPlanned && matches(howToAsked, title)) {
		signals.push(ruleSignal(howToAsked));
		breakage = true;
	}
	if (matches(accessRequest, title)) signals.push(ruleSignal(accessRequest));
	else if (matches(accountRequest, title)) signals.push(ruleSignal(accountRequest));
	if (matches(limitRequest, title)) signals.push(ruleSignal(limitRequest));
	if (!statedBreakage && matches(mailNotGot, title)) {
		signals.push(ruleSignal(mailNotGot));
		breakage = true;
	}
	if (matches(abuseReported, title)) {
		signals.push(ruleSignal(abuseReported));
		breakage = true;
	}
	if (matches(logLevel, title)) signals.push(ruleSignal(logLevel));
	for (const rule of [firingAlert, sloBreach]) {
		if (matches(rule, title)) {
			signals.push(ruleSignal(rule));
			breakage = true;
		}
	}
	if (!isPlanned && !tooling && matches(sloViolation, title)) {
		signals.push(ruleSignal(sloViolation));
		breakage = true;
	}
	if (exceptionNamed && !isPlanned) {
		signals.push({category: op, weight: 2, reason: 'title: an exception'});
		breakage = true;
	}
	// The same state said twice ("is down", "down") counts once, at its stronger reading.
	const pagination = title.includes('pag') && paginationPhrase.test(title);
	// A tool for errors named as the leading tag is the topic too: "Error tracking: group Sentry issues by release" (version 81).
	// Not "Error handling: …" or "Error reporting: …", which as often tag a defect in that code ("Error handling: importer
	// swallows exceptions").
	const errorCapability = whole.includes('error') && (errorCapabilityPhrase.test(title) || /^error[- ](tracking|monitoring)\b/.test(whole));
	if (errorCapability) signals.push({category: st, weight: 1, reason: 'title: error reporting or handling'});
	return {
		signals: strongestPerReason(signals),
		planned: isPlanned,
		breakage: breakage && !isPlanned,
		tooling,
		plannedByWording: isPlanned && plannedByWording,
		capability,
		supportMissing,
		pagination,
		errorCapability,
		transactionOutcome,
		place,
		autoFiled: title.includes('automat') && autoFiledReport.test(title),
	};
}

function gated(triggers: readonly string[] | RegExp, title: string): boolean {
	if (triggers instanceof RegExp) return triggers.test(title);
	for (const trigger of triggers) if (title.includes(trigger)) return true;
	return false;
}

function matches(rule: Rule, title: string): boolean {
	return gated(rule[4], title) && rule[0].test(title);
}

function ruleSignal([, category, weight, reason]: Rule): Signal {
	return {category, weight, reason};
}

function strongestPerReason(signals: readonly Signal[]): Signal[] {
	const downs = signals.filter((signal) => signal.reason === 'title: is down' || signal.reason === 'title: down');
	const kept = downs.length > 1 ? signals.filter((signal) => signal.reason !== 'title: down') : [...signals];
	const best = new Map<string, Signal>();
	for (const signal of kept) {
		const seen = best.get(signal.reason);
		if (!seen || signal.weight > seen.weight) best.set(signal.reason, signal);
	}
	return Array.from(best.values(), sharedSignal);
}
