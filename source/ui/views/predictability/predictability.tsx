import {Box, Text} from 'ink';
import {ListTable} from '../../components/list-table.js';
import type {ScrollState} from '../../components/scroll.js';
import {Headline} from '../../components/headline.js';
import {footerLine} from '../../components/footer.js';
import {predictabilityBindings} from './predictability-keys.js';
import {keyOf} from '../../keymap.js';
import {textWidth} from '../../text-width.js';
import {useTheme} from '../../theme.js';
import type {PlacedSection} from './predictability-layout.js';
import {sectionOrder, type HeadlineRow, type Section, type SectionId} from './predictability-rows.js';

export interface PredictabilityProps {
	readonly headline: readonly HeadlineRow[];
	readonly sections: Readonly<Record<SectionId, Section>>;
	readonly placed: readonly PlacedSection[];
	readonly focused: SectionId;
	readonly scroll: Readonly<Record<SectionId, ScrollState>>;
	readonly trendLength: number;
	readonly width: number;
}

/** Lines above the sections: the four headline figures, a blank, the section tabs and a blank. */
export const headlineLines = 7;

const tabNames: Record<SectionId, string> = {weekly: 'weekly', teams: 'teams', slips: 'slips', cycles: 'cycles', risk: 'at risk'};

/** "m teams": each section's tab names the key that shows it. */
const tabLabels = Object.fromEntries(sectionOrder.map((id) => [id, `${keyOf(predictabilityBindings, `show:${id}`)} ${tabNames[id]}`])) as Record<SectionId, string>;
/** Each tab takes its label, two brackets or blanks and a space after. */
const tabsWidth = sectionOrder.reduce((sum, id) => sum + textWidth(tabLabels[id]) + 3, 0);

/** On-time and kept-promise rates, postponements and slip with their trends; then the tables, one section at a time on small terminals. */
export function Predictability({headline, sections, placed, focused, scroll, trendLength, width}: PredictabilityProps) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" width={width}>
			<Headline rows={headline} trendLength={trendLength} width={width} />
			<Text> </Text>
			<Text wrap="truncate-end">
				{sectionOrder.map((id) => (
					// The shown section is bracketed, not only coloured.
					<Text key={id} bold={id === focused} color={id === focused ? theme.accent : theme.muted}>
						{id === focused ? `[${tabLabels[id]}]` : ` ${tabLabels[id]} `}{' '}
					</Text>
				))}
				<Text color={theme.muted}> {footerLine(predictabilityBindings, width - tabsWidth - 1)}</Text>
			</Text>
			{placed.map((place) => {
				const section = sections[place.id];
				return (
					<Box key={place.id} flexDirection="column" marginTop={1}>
						<ListTable
							title={section.title}
							isFocused={place.id === focused}
							columns={section.columns}
							rows={section.rows}
							scroll={scroll[place.id]}
							emptyText={section.emptyText}
							width={width}
							height={place.height}
						/>
					</Box>
				);
			})}
		</Box>
	);
}
