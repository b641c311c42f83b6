/**
 * The platform REST API (fields, statuses, resolutions, link types, the current user) in the
 * version each deployment documents: Cloud's reference is v3 (v2 remains on Cloud, the same
 * JSON but for rich text), Data Center has only v2. A Cloud host that answers v3 with 404 (a
 * proxy that passes only v2) is asked v2 for the same resource.
 */
import {ProviderError} from '../provider.js';
import type {JiraDeploymentKind} from './shapes.js';
import type {JiraTransport} from './transport.js';

export async function platformGet(
	transport: JiraTransport,
	kind: JiraDeploymentKind,
	pathname: string,
	query?: Readonly<Record<string, string | number>>,
	signal?: AbortSignal,
): Promise<unknown> {
	if (kind === 'datacenter') return transport.get('/rest/api/2', pathname, query, signal);
	try {
		return await transport.get('/rest/api/3', pathname, query, signal);
	} catch (error) {
		if (!(error instanceof ProviderError) || error.kind !== 'not-found') throw error;
	}

	return transport.get('/rest/api/2', pathname, query, signal);
}
