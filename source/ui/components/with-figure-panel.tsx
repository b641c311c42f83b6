import {Box} from 'ink';
import {useState, type ComponentType} from 'react';
import type {WeekReport} from '../../domain/week-report.js';
import {useBindings} from '../hooks/use-bindings.js';
import type {ViewProps} from '../view-definition.js';
import {FigurePanel, figurePanelBinding, type PanelEntry} from './figure-panel.js';

const panelKey = [figurePanelBinding];

/**
 * A view with `i`: the panel of its figures (FigurePanel) over it. The view stays mounted
 * underneath, so its selection survives; it takes no keys while the panel is open, and the
 * panel's key is not taken while the view has a text prompt open.
 */
export function withFigurePanel(View: ComponentType<ViewProps>, entriesOf: (report: WeekReport) => readonly PanelEntry[]): ComponentType<ViewProps> {
	return function ViewWithFigures(props: ViewProps) {
		const [isOpen, setOpen] = useState(false);
		const [captures, setCaptures] = useState(false);
		useBindings(panelKey, () => setOpen(true), {isActive: props.isActive && !isOpen && !captures});
		const setCapturesInput = (value: boolean) => {
			setCaptures(value);
			props.setCapturesInput(value);
		};
		return (
			<>
				{isOpen ? (
					<FigurePanel
						entries={entriesOf(props.report)}
						source={props.source}
						report={props.report}
						width={props.width}
						height={props.height}
						isActive={props.isActive}
						setStatus={props.setStatus}
						onClose={() => setOpen(false)}
					/>
				) : null}
				<Box display={isOpen ? 'none' : 'flex'} flexDirection="column">
					<View {...props} isActive={props.isActive && !isOpen} setCapturesInput={setCapturesInput} />
				</Box>
			</>
		);
	};
}
