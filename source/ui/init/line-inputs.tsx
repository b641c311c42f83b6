import {PasswordInput, TextInput} from '@inkjs/ui';
import {useState} from 'react';

/**
 * The wizard's one-line inputs. A key pasted with its line end (copied from a terminal or a
 * password manager), or Enter typed in the same burst as the text, reaches the input as one
 * chunk: @inkjs/ui's inputs then take the line end as a character, and nothing happens. Here
 * a line end anywhere in the value submits what comes before it, as Enter would.
 */

interface LineInputProps {
	readonly placeholder?: string;
	readonly onSubmit: (value: string) => void;
}

/** The text before the first line end, or null when the value has none. */
export function beforeLineEnd(value: string): string | null {
	const end = value.search(/[\r\n]/);
	return end === -1 ? null : value.slice(0, end);
}

export function LineInput({placeholder, onSubmit}: LineInputProps) {
	// A new generation remounts the input with the submitted text, without its line end, should
	// the step stay (the answer was refused).
	const [generation, setGeneration] = useState({count: 0, text: ''});
	return (
		<TextInput
			key={generation.count}
			defaultValue={generation.text}
			placeholder={placeholder}
			onChange={(value) => {
				const line = beforeLineEnd(value);
				if (line === null) return;
				setGeneration((previous) => ({count: previous.count + 1, text: line}));
				onSubmit(line);
			}}
			onSubmit={onSubmit}
		/>
	);
}

export function SecretInput({placeholder, onSubmit}: LineInputProps) {
	const [generation, setGeneration] = useState(0);
	return (
		<PasswordInput
			key={generation}
			placeholder={placeholder}
			onChange={(value) => {
				const line = beforeLineEnd(value);
				if (line === null) return;
				setGeneration((previous) => previous + 1);
				onSubmit(line);
			}}
			onSubmit={onSubmit}
		/>
	);
}
