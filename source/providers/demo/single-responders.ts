import type {DemoTeam} from './roster.js';

/**
 * The fires only one person ever puts out: every warehouse firefight in Data ends with
 * Pablo Ruiz, whoever it was first handed to. The review's single-responder figure names
 * him (a bus factor of one on a recurring fire).
 */
const singleResponders: ReadonlyArray<{readonly team: string; readonly component: string; readonly name: string}> = [{team: 'DATA', component: 'warehouse', name: 'Pablo Ruiz'}];

/** The person id who ends up holding an operational ticket of this team and components, if anyone must. */
export function singleResponderOf(team: DemoTeam, components: readonly string[]): string | null {
	const rule = singleResponders.find((entry) => entry.team === team.key && components.includes(entry.component));
	return rule === undefined ? null : (team.engineers.find((member) => member.name === rule.name)?.id ?? null);
}
