import {Box, Text} from 'ink';
import {ListTable} from '../../components/list-table.js';
import type {ScrollState} from '../../components/scroll.js';
import {Headline} from '../../components/headline.js';
import {useTheme} from '../../theme.js';
import type {PlacedSection} from './predictability-layout.js';
import {sectionKeys, sectionOrder, type HeadlineRow, type Section, type SectionId} from './predictability-rows.js';

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

/** On-time and kept-promise rates, postponements and slip with their trends; then the tables, one section at a time on small terminals. */
export function Predictability({headline, sections, placed, focused, scroll, trendLength, width}: PredictabilityProps) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" width={width}>
			<Headline rows={headline} trendLength={trendLength} />
			<Text> </Text>
			<Text wrap="truncate-end">
				{sectionOrder.map((id) => (
					// The shown section is bracketed, not only coloured.
					<Text key={id} bold={id === focused} color={id === focused ? theme.accent : theme.muted}>
						{id === focused ? `[${sectionKeys[id]} ${tabNames[id]}]` : ` ${sectionKeys[id]} ${tabNames[id]} `}{' '}
					</Text>
				))}
				<Text color={theme.muted}> ←/→ switch · j/k scroll</Text>
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
