// The start-up baseline: a bare Ink program that renders one line and waits, started the
// way the CLI is (production React, alternate screen, raw-mode input) so both pay the same.
process.env.NODE_ENV ??= 'production';
const {render, Text, useInput, useApp} = await import('ink');
const {createElement} = await import('react');

function Ready() {
	const {exit} = useApp();
	useInput((input) => {
		if (input === 'q') exit();
	});
	return createElement(Text, null, 'ready');
}

const instance = render(createElement(Ready), {interactive: true, alternateScreen: true, exitOnCtrlC: true});
await instance.waitUntilExit();
