import {Box, Text} from 'ink';
import {useMemo, type ReactNode} from 'react';
import {ScrollList} from '../../components/scroll-list.js';
import type {ScrollState} from '../../components/scroll.js';
import {fitKeyColumn, layoutColumns, mark, markColumn, TableHeader, TableRow, type Column} from '../../components/table.js';
import {footerLine} from '../../components/footer.js';
import {padEnd} from '../../format.js';
import {delegationBindings} from './delegation-keys.js';
import {useTheme} from '../../theme.js';
import {ticketStateWords, type DelegatedTicket, type TicketState} from './delegation-rows.js';

export interface DelegationTicketsProps {
	readonly title: string;
	readonly tickets: readonly DelegatedTicket[];
	readonly scroll: ScrollState;
	readonly emptyText: string;
	readonly width: number;
	readonly height: number;
	/** The note prompt, shown in place of the key hint while it is open. */
	readonly prompt: ReactNode;
}

const listColumns: readonly Column[] = [
	markColumn,
	{header: 'key', width: 9},
	{header: 'title', width: 12, flex: true},
	{header: 'assignee', width: 12, maxWidth: 24, isName: true},
	{header: 'due', width: 6},
	{header: 'state', width: 12},
	{header: 'category', width: 12, optional: true},
];

/** Lines besides the list: the title, the header and the key hint. */
export const ticketChromeLines = 3;

/** A report's tickets (or the director's), windowed: only the rows in view are rendered. */
export function DelegationTickets({title, tickets, scroll, emptyText, width, height, prompt}: DelegationTicketsProps) {
	const theme = useTheme();
	// Measured once per list, not on every key that only moves the selection.
	// The state column widens only for a list with a ticket both overdue and stale: titles keep their room otherwise.
	const columns = useMemo(() => {
		const stateWidth = Math.max(0, ...tickets.map((ticket) => ticketStateWords[ticket.state].length));
		const fitted = fitKeyColumn(listColumns, tickets.map((ticket) => ['', ticket.key]));
		return fitted.map((column) => (column.header === 'state' && stateWidth > column.width ? {...column, width: stateWidth} : column));
	}, [tickets]);
	const widths = layoutColumns(columns, width);
	const stateColor: Record<TicketState, string | undefined> = {overdue: theme.bad, overdueStale: theme.bad, stale: theme.warn, takenBack: theme.warn, done: theme.good, open: undefined};
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate-end">{padEnd(title, width)}</Text>
			<TableHeader columns={columns} widths={widths} />
			<Box height={Math.max(1, height - ticketChromeLines)} flexDirection="column">
				<ScrollList
					items={tickets}
					scroll={scroll}
					height={Math.max(1, height - ticketChromeLines)}
					width={width}
					emptyText={emptyText}
					renderItem={(ticket, _index, isSelected) => (
						<TableRow
							columns={columns}
							widths={widths}
							isSelected={isSelected}
							cells={[
								mark(isSelected),
								ticket.key,
								ticket.title,
								ticket.assignee,
								ticket.due,
								{text: ticketStateWords[ticket.state], color: stateColor[ticket.state]},
								{text: ticket.categoryWord, color: ticket.category === 'operational' ? theme.operational : ticket.category === 'strategic' ? theme.strategic : theme.muted},
							]}
						/>
					)}
				/>
			</Box>
			{prompt ?? <Text color={theme.muted} wrap="truncate-end">{padEnd(footerLine(delegationBindings, width, {state: 'tickets'}), width)}</Text>}
		</Box>
	);
}
