// The chart's figures as a table, point by point: a way through the timeline without a mouse or
// without sight, and a plain record of what the chart draws. Each period opens its days.
import type { Timeline } from '../bindings/Timeline';
import { ChevronRightIcon } from '../browse/icons';
import { figure, percent, pointLabel, totalWins } from './words';

type Props = {
  timeline: Timeline;
  onChoose: (index: number) => void;
};

const STEP_NAMES = { day: 'day', week: 'week', month: 'month' } as const;
const STEP_HEADINGS = { day: 'Day', week: 'Week', month: 'Month' } as const;

export function FiguresTable({ timeline, onChoose }: Props) {
  return (
    <details class="timeline-figures">
      <summary data-testid="timeline-figures-toggle">
        <ChevronRightIcon />
        Figures for each {STEP_NAMES[timeline.step]}
      </summary>
      <div class="timeline-table-scroll">
        <table class="timeline-table" data-testid="timeline-table">
          <thead>
            <tr>
              <th scope="col">{STEP_HEADINGS[timeline.step]}</th>
              <th scope="col">Trust</th>
              <th scope="col">Average</th>
              <th scope="col">Wins</th>
              <th scope="col">Agreements kept</th>
              <th scope="col">Triggers</th>
            </tr>
          </thead>
          <tbody>
            {timeline.points.map((point, at) => {
              const wins = totalWins(point);
              return (
                <tr
                  key={point.start}
                  data-testid="timeline-point"
                  data-start={point.start}
                  data-trust={point.trust === null ? '' : figure(point.trust)}
                  data-wins={wins}
                  data-keep-rate={point.keep_rate === null ? '' : Math.round(point.keep_rate * 100)}
                  data-triggers={point.triggers}
                >
                  <th scope="row">
                    <button type="button" class="link-button" onClick={() => onChoose(at)}>
                      {pointLabel(point, timeline.step)}
                    </button>
                  </th>
                  <td>{point.trust === null ? '—' : figure(point.trust)}</td>
                  <td>{point.trust_average === null ? '—' : figure(point.trust_average)}</td>
                  <td>{wins}</td>
                  <td>
                    {point.keep_rate === null ? '—' : `${percent(point.keep_rate)} (${point.kept} of ${point.kept + point.missed})`}
                  </td>
                  <td>
                    {point.triggers}
                    {point.trigger_intensity !== null && `, intensity ${figure(point.trigger_intensity)}`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
