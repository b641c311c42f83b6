import {Text, useInput} from 'ink';
import {useEffect, useState} from 'react';
import {truncate} from '../format.js';
import {useTheme} from '../theme.js';

export interface NotePromptProps {
	/** "PAY-12" or "Alex Kim": what the note is about. */
	readonly about: string;
	readonly width: number;
	readonly onSave: (text: string) => void;
	readonly onCancel: () => void;
	readonly setCapturesInput: (captures: boolean) => void;
}

/**
 * A one-line editor for a 1:1 note. It takes every key until Enter saves or Esc cancels, so
 * no global key leaks out of it while the director types.
 */
export function NotePrompt({about, width, onSave, onCancel, setCapturesInput}: NotePromptProps) {
	const theme = useTheme();
	const [text, setText] = useState('');
	useEffect(() => {
		setCapturesInput(true);
		return () => setCapturesInput(false);
	}, []);
	useInput((input, key) => {
		// The keys are the shell's again from this key on, not from the frame that closes the prompt.
		if (key.return || key.escape) setCapturesInput(false);
		if (key.return) {
			if (text.trim()) onSave(text.trim());
			else onCancel();
		} else if (key.escape) onCancel();
		else if (key.backspace || key.delete) setText((current) => [...current].slice(0, -1).join(''));
		else if (!key.ctrl && !key.meta && input && !/[\u0000-\u001F\u007F]/.test(input)) setText((current) => current + input);
	});
	const label = `note on ${about}: `;
	const room = Math.max(5, width - label.length - 2);
	// Show the end of a long note: that is where the director is typing.
	const shown = [...text].length > room ? `…${[...text].slice(-(room - 1)).join('')}` : text;
	return (
		<Text>
			<Text color={theme.accent}>{truncate(label, width - 5)}</Text>
			{shown}
			<Text inverse> </Text>
		</Text>
	);
}
