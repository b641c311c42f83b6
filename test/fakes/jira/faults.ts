/** What the fake does instead of answering, when told to fail. */
import type {IncomingMessage, ServerResponse} from 'node:http';
import {errorBody, send} from './http.js';
import type {FakeFault} from './types.js';

export function replyWithFault(fault: FakeFault, request: IncomingMessage, response: ServerResponse): void {
	switch (fault.kind) {
		case 'rate-limit': {
			// Either header may come alone ("may be accompanied by Retry-After and X-RateLimit-Reset", Atlassian rate-limiting docs).
			const retryAfter = fault.retryAfter ?? (fault.rateLimitReset === undefined ? '1' : undefined);
			send(response, 429, errorBody('Rate limit exceeded.'), {
				...(retryAfter === undefined ? {} : {'retry-after': retryAfter}),
				...(fault.rateLimitReset === undefined ? {} : {'x-ratelimit-reset': fault.rateLimitReset, 'ratelimit-reason': 'jira-burst-based'}),
			});
			return;
		}

		case 'server': {
			const text = '<html><body>Service Unavailable</body></html>';
			response.writeHead(fault.status ?? 503, {'content-type': 'text/html', 'content-length': Buffer.byteLength(text), ...(fault.retryAfter ? {'retry-after': fault.retryAfter} : {})});
			response.end(text);
			return;
		}

		case 'scope': {
			send(response, 401, {code: 401, message: 'Unauthorized; scope does not match'});
			return;
		}

		case 'captcha': {
			const text = '';
			const host = request.headers.host ?? '127.0.0.1';
			response.writeHead(403, {
				'content-type': 'text/html;charset=UTF-8',
				'content-length': Buffer.byteLength(text),
				'x-seraph-loginreason': 'AUTHENTICATION_DENIED',
				'x-authentication-denied-reason': `CAPTCHA_CHALLENGE; login-url=http://${host}/login.jsp`,
			});
			response.end(text);
			return;
		}

		case 'reset': {
			request.socket.destroy();
			return;
		}

		case 'hang': {
			return;
		}

		case 'malformed': {
			const text = '{"issues": [{"id": "10001", "key": ';
			response.writeHead(200, {'content-type': 'application/json', 'content-length': Buffer.byteLength(text)});
			response.end(text);
			return;
		}

		case 'truncated': {
			const text = JSON.stringify({startAt: 0, maxResults: 50, total: 1, issues: [{id: '1', key: 'X-1', fields: {summary: 'x'.repeat(2000)}}]});
			response.writeHead(200, {'content-type': 'application/json', 'content-length': Buffer.byteLength(text)});
			response.write(text.slice(0, text.length / 2));
			setTimeout(() => request.socket.destroy(), 5);
			return;
		}
	}
}
