import {Box, Text, useApp} from 'ink';
import {MultiSelect, Select, Spinner} from '@inkjs/ui';
import {useEffect, useState} from 'react';
import type {Person} from '../../domain/types.js';
import {errorLine} from '../../errors/report.js';
import {toTerminalLine} from '../../text/sanitize.js';
import {useTheme} from '../theme.js';
import type {InitAnswers} from './init-steps.js';
import {LineInput, SecretInput} from './line-inputs.js';

export interface Connection {
	readonly me: Person;
	readonly people: readonly Person[];
}

export interface InitWizardProps {
	readonly initial: InitAnswers;
	/** Credentials already in the environment: the wizard does not ask for them. */
	readonly envHas: {readonly linearKey: boolean; readonly jiraCloud: boolean; readonly jiraPat: boolean};
	readonly connect: (answers: InitAnswers) => Promise<Connection>;
	readonly isValidTimezone: (zone: string) => boolean;
	readonly save: (answers: InitAnswers) => string;
	readonly onDone: (result: {saved: string | null}) => void;
}

type Step =
	| 'provider'
	| 'linearKey'
	| 'linearTeams'
	| 'jiraUrl'
	| 'jiraAuth'
	| 'jiraEmail'
	| 'jiraToken'
	| 'jiraPat'
	| 'jql'
	| 'connecting'
	| 'failed'
	| 'director'
	| 'reports'
	| 'team'
	| 'timezone'
	| 'done';

/** The guided set-up: provider, credentials checked against the tracker, scope, roster, zone. */
export function InitWizard({initial, envHas, connect, isValidTimezone, save, onDone}: InitWizardProps) {
	const theme = useTheme();
	const {exit} = useApp();
	const [answers, setAnswers] = useState<InitAnswers>(initial);
	const [step, setStep] = useState<Step>('provider');
	const [connection, setConnection] = useState<Connection | null>(null);
	const [failure, setFailure] = useState<string>('');
	const [teamIndex, setTeamIndex] = useState(0);
	const [problem, setProblem] = useState('');
	const [savedTo, setSavedTo] = useState<string | null>(null);
	const update = (patch: Partial<InitAnswers>) => setAnswers((current) => ({...current, ...patch}));

	useEffect(() => {
		if (step !== 'connecting') return;
		let isCurrent = true;
		connect(answers).then(
			(result) => {
				if (isCurrent) setConnection(result);
			},
			(error: unknown) => {
				if (!isCurrent) return;
				setFailure(errorLine(error));
				setStep('failed');
			},
		);
		return () => {
			isCurrent = false;
		};
	}, [step]);

	// The roster steps start only once the people are in state: a picker mounted with no
	// options keeps none.
	useEffect(() => {
		if (step === 'connecting' && connection !== null) setStep('director');
	}, [step, connection]);

	useEffect(() => {
		if (step !== 'done') return;
		onDone({saved: savedTo});
		exit();
	}, [step]);

	const people = [...(connection?.people ?? [])].filter((p) => p.active).sort((a, b) => a.name.localeCompare(b.name));
	const option = (person: Person) => ({label: toTerminalLine(`${person.name}${person.email ? ` <${person.email}>` : ''}`), value: person.id});
	const byId = new Map(people.map((p) => [p.id, p]));
	const credentialsStep = (): Step => (answers.provider === 'linear' ? (envHas.linearKey ? 'linearTeams' : 'linearKey') : envHas.jiraCloud || envHas.jiraPat ? 'jql' : 'jiraAuth');

	const body = (() => {
		switch (step) {
			case 'provider':
				return (
					<Question title="Where does your org track its work?">
						<Select
							options={[
								{label: 'Linear', value: 'linear'},
								{label: 'Jira (Cloud or Data Center)', value: 'jira'},
							]}
							onChange={(value) => {
								update({provider: value as 'linear' | 'jira'});
								setStep(value === 'linear' ? (envHas.linearKey ? 'linearTeams' : 'linearKey') : 'jiraUrl');
							}}
						/>
					</Question>
				);
			case 'linearKey':
				return (
					<Question title="Linear personal API key (Linear → Settings → Security & access → API)" note="Stored in config.json with mode 0600. Or quit and set LINEAR_API_KEY instead.">
						<SecretInput placeholder="lin_api_…" onSubmit={(key) => (key.trim() ? (update({linearApiKey: key.trim()}), setStep('linearTeams')) : setProblem('the key is empty'))} />
					</Question>
				);
			case 'linearTeams':
				return (
					<Question title="Team keys to review, comma-separated (empty: every team you can see)" note="e.g. ENG, PLAT — the prefix of your issue keys.">
						<LineInput
							placeholder="ENG, PLAT"
							onSubmit={(text) => {
								const teams = text.split(/[\s,]+/).map((t) => t.trim().toUpperCase()).filter(Boolean);
								update({linearTeams: teams});
								setStep('connecting');
							}}
						/>
					</Question>
				);
			case 'jiraUrl':
				return (
					<Question title="Jira base URL" note="e.g. https://acme.atlassian.net or your Data Center URL">
						<LineInput
							placeholder="https://"
							onSubmit={(text) => {
								try {
									const url = new URL(text.trim());
									if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http');
									update({jiraBaseUrl: url.href.replace(/\/+$/, '')});
									setProblem('');
									setStep(envHas.jiraCloud || envHas.jiraPat ? 'jql' : 'jiraAuth');
								} catch {
									setProblem('that is not an http(s) URL');
								}
							}}
						/>
					</Question>
				);
			case 'jiraAuth':
				return (
					<Question title="How do you sign in to Jira?">
						<Select
							options={[
								{label: 'Jira Cloud: email + API token', value: 'cloud'},
								{label: 'Jira Data Center / Server: personal access token', value: 'datacenter'},
							]}
							onChange={(value) => {
								update({jiraAuth: value as 'cloud' | 'datacenter'});
								setStep(value === 'cloud' ? 'jiraEmail' : 'jiraPat');
							}}
						/>
					</Question>
				);
			case 'jiraEmail':
				return (
					<Question title="Your Atlassian account email">
						<LineInput placeholder="you@example.com" onSubmit={(text) => (text.includes('@') ? (update({jiraEmail: text.trim()}), setProblem(''), setStep('jiraToken')) : setProblem('that is not an email address'))} />
					</Question>
				);
			case 'jiraToken':
				return (
					<Question title="Jira API token (id.atlassian.com → Security → API tokens)" note="Stored in config.json with mode 0600. Or quit and set JIRA_API_TOKEN.">
						<SecretInput onSubmit={(token) => (token.trim() ? (update({jiraApiToken: token.trim()}), setStep('jql')) : setProblem('the token is empty'))} />
					</Question>
				);
			case 'jiraPat':
				return (
					<Question title="Jira personal access token (Profile → Personal Access Tokens)" note="Stored in config.json with mode 0600. Or quit and set JIRA_PAT.">
						<SecretInput onSubmit={(token) => (token.trim() ? (update({jiraPat: token.trim()}), setStep('jql')) : setProblem('the token is empty'))} />
					</Question>
				);
			case 'jql':
				return (
					<Question title="Which issues belong to your org? A JQL filter (empty: everything you can see)" note='e.g. project in (ENG, PLAT)'>
						<LineInput placeholder="project in (ENG, PLAT)" onSubmit={(text) => (update({jql: text.trim() || null}), setStep('connecting'))} />
					</Question>
				);
			case 'connecting':
				return <Spinner label="Checking the credentials and reading your tracker's people…" />;
			case 'failed':
				return (
					<Question title="The tracker did not accept that" note={failure}>
						<Select
							options={[
								{label: 'Try again', value: 'retry'},
								// A filter Jira rejects fails the same way again: let it be changed without typing the token again.
								...(answers.provider === 'jira' ? [{label: 'Change the JQL filter', value: 'jql'}] : []),
								{label: 'Enter the credentials again', value: 'credentials'},
								{label: 'Quit without saving', value: 'quit'},
							]}
							onChange={(value) => setStep(value === 'retry' ? 'connecting' : value === 'jql' ? 'jql' : value === 'credentials' ? credentialsStep() : 'done')}
						/>
					</Question>
				);
			case 'director':
				return (
					<Question title={`Signed in as ${toTerminalLine(connection?.me.name ?? '')}. Who is the director (you)?`}>
						<Select
							visibleOptionCount={8}
							// Signed-in person first, focused: Enter picks them. (A defaultValue would make
							// choosing them a no-op: Select reports changes only.)
							options={[...people].sort((a, b) => Number(b.id === connection?.me.id) - Number(a.id === connection?.me.id)).map(option)}
							onChange={(id) => {
								update({director: byId.get(id) ?? null});
								setStep('reports');
							}}
						/>
					</Question>
				);
			case 'reports':
				return (
					<Question title="Your direct reports (space selects, enter confirms)">
						<MultiSelect
							visibleOptionCount={8}
							options={people.filter((p) => p.id !== answers.director?.id).map(option)}
							onSubmit={(ids) => {
								if (ids.length === 0) return setProblem('pick at least one report');
								setProblem('');
								update({reports: ids.map((id) => byId.get(id)).filter((p): p is Person => p !== undefined)});
								setTeamIndex(0);
								setStep('team');
							}}
						/>
					</Question>
				);
			case 'team': {
				const report = answers.reports[teamIndex];
				if (!report) return null;
				const taken = new Set([answers.director?.id, ...answers.reports.map((r) => r.id)]);
				return (
					<Question key={report.id} title={`${toTerminalLine(report.name)}'s team (${teamIndex + 1} of ${answers.reports.length}; space selects, enter confirms)`}>
						<MultiSelect
							visibleOptionCount={8}
							options={people.filter((p) => !taken.has(p.id)).map(option)}
							onSubmit={(ids) => {
								const teams = new Map(answers.teams);
								teams.set(report.id, ids.map((id) => byId.get(id)).filter((p): p is Person => p !== undefined));
								update({teams});
								if (teamIndex + 1 < answers.reports.length) setTeamIndex(teamIndex + 1);
								else setStep('timezone');
							}}
						/>
					</Question>
				);
			}
			case 'timezone':
				return (
					<Question title={`Time zone for weeks and due dates (enter keeps ${answers.timezone})`}>
						<LineInput
							placeholder={answers.timezone}
							onSubmit={(text) => {
								const zone = text.trim() || answers.timezone;
								if (!isValidTimezone(zone)) return setProblem(`"${zone}" is not an IANA time zone such as Europe/Berlin`);
								const final = {...answers, timezone: zone};
								setAnswers(final);
								setSavedTo(save(final));
								setStep('done');
							}}
						/>
					</Question>
				);
			case 'done':
				return null;
		}
	})();

	return (
		<Box flexDirection="column">
			<Text bold color={theme.accent}>director-review · set-up</Text>
			{/* A fresh subtree per step: @inkjs/ui inputs keep their first options and text if reused. */}
			<Box key={step === 'team' ? `team-${teamIndex}` : step} flexDirection="column">
				{body}
			</Box>
			{problem ? <Text color={theme.bad}>✗ {problem}</Text> : null}
			<Text color={theme.muted}>ctrl-c quits without saving</Text>
		</Box>
	);
}

function Question({title, note, children}: {readonly title: string; readonly note?: string; readonly children: React.ReactNode}) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" marginY={1}>
			<Text bold>{title}</Text>
			{note ? <Text color={theme.muted}>{toTerminalLine(note)}</Text> : null}
			{children}
		</Box>
	);
}
