/** Replies in Jira's JSON: bodies, error bodies, dates. */
import type {ServerResponse} from 'node:http';

export function parseJiraDate(value: unknown): number {
	return typeof value === 'string' ? Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) : 0;
}

export function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
	const text = JSON.stringify(body);
	response.writeHead(status, {'content-type': 'application/json;charset=UTF-8', 'content-length': Buffer.byteLength(text), ...headers});
	response.end(text);
}

export function errorBody(...messages: string[]) {
	return {errorMessages: messages, errors: {}};
}

