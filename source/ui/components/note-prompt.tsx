import {Text, useInput} from 'ink';
import {useEffect, useRef, useState} from 'react';
import {truncate} from '../format.js';
import {erased, handlePromptKey, type PromptEditor} from './prompt-keys.js';
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
	// The text as typed so far, read by the key handler: a key that arrives before the frame showing the one
	// before it (a quick typist on a busy machine) would otherwise read the text of an older frame, and an
	// Enter then saved nothing and cancelled the note.
	const typed = useRef('');
	const type = (next: string) => {
		typed.current = next;
		setText(next);
	};
	useEffect(() => {
		setCapturesInput(true);
		return () => setCapturesInput(false);
	}, []);
	const finish = (note: string) => {
		// The keys are the shell's again from this key on, not from the frame that closes the prompt.
		setCapturesInput(false);
		if (note.trim()) onSave(note.trim());
		else onCancel();
	};
	// The same keys as every prompt (prompt-keys.ts): a read holding a line break types what precedes it and saves; the keys
	// after it are the shell's, which reads them itself (app.tsx).
	const editor: PromptEditor = {
		draft: typed.current,
		type: (letters) => type(typed.current + letters),
		erase: () => type(erased(typed.current)),
		apply: () => finish(typed.current),
		cancel: () => {
			setCapturesInput(false);
			onCancel();
		},
	};
	useInput((input, key) => {
		// An escape sequence Ink did not read as a key is no text.
		if (input.includes('\u001B') && !key.escape) return;
		handlePromptKey(editor, input, key);
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
