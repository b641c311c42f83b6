/**
 * The secrets of this run (API key, token, PAT, and the basic-auth form of an e-mail and
 * token), as the configuration holds them: text from outside (a tracker's or a proxy's error
 * message) may echo them back, so every line the reporter and doctor print passes through
 * `redactSecrets` (cli.md: secrets are never printed).
 */

const secrets = new Set<string>();

/** Shorter values would match ordinary words; real keys and tokens are far longer. */
const shortest = 6;

/** Remembers a secret of this run, and for a token its `Authorization: Basic` form with the e-mail. */
export function rememberSecret(value: string | null, basicAuthUser: string | null = null): void {
	if (value === null || value.length < shortest) return;
	secrets.add(value);
	if (basicAuthUser !== null) secrets.add(Buffer.from(`${basicAuthUser}:${value}`).toString('base64'));
}

/** The text with every remembered secret replaced by `[secret]`, longest first. */
export function redactSecrets(text: string): string {
	let redacted = text;
	for (const secret of [...secrets].sort((a, b) => b.length - a.length)) redacted = redacted.split(secret).join('[secret]');
	return redacted;
}
