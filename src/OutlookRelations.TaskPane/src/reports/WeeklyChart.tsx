import { tokens } from "@fluentui/react-components";
import type { HeadlineWeek } from "../api/reportTypes";
import { count, labelEvery, layout } from "./chartLogic";

const plot = 120;
const barWidth = 14;
const gap = 6;
const left = 44; // room for the y axis's numbers and its title
const bottom = 34; // room for week labels and the x axis's title
const top = 14;
const legendHeight = 20;

/**
 * Messages (blue) and meetings (green) per week, stacked, with both axes titled and their units
 * said, a legend, and each week's total above its bar; the workbook's Weekly trends sheet has the numbers.
 */
export function WeeklyChart({ weeks }: { weeks: HeadlineWeek[] }) {
  const chart = layout(weeks, plot, barWidth, gap);
  const width = left + Math.max(weeks.length * (barWidth + gap), 160) + 8;
  const height = legendHeight + top + plot + bottom;
  const every = labelEvery(weeks.length, Math.floor((width - left) / 44));
  const muted = tokens.colorNeutralForeground3;
  return (
    <svg role="img" aria-label="Messages and meetings per week" width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontSize="10" fontFamily="inherit">
      <g aria-label="Legend">
        <rect x={left} y={4} width={10} height={10} fill={tokens.colorBrandBackground} />
        <text x={left + 14} y={13}>Messages</text>
        <rect x={left + 80} y={4} width={10} height={10} fill={tokens.colorPaletteGreenBackground3} />
        <text x={left + 94} y={13}>Meetings</text>
      </g>
      <g transform={`translate(${left}, ${legendHeight + top})`}>
        <g aria-label="Y axis: messages and meetings per week (count)">
          {chart.ticks.map((t) => (
            <g key={t.value}>
              <line x1={-3} x2={width - left - 8} y1={t.y} y2={t.y} stroke={tokens.colorNeutralStroke2} />
              <text x={-6} y={t.y + 3} textAnchor="end" fill={muted}>{count(t.value)}</text>
            </g>
          ))}
          <text transform={`translate(${-34}, ${plot / 2}) rotate(-90)`} textAnchor="middle" fill={muted}>Count per week</text>
        </g>
        {chart.bars.map((b, i) => (
          <g key={b.week}>
            <title>{`Week starting ${b.week}: ${count(weeks[i].messages)} messages, ${count(weeks[i].meetings)} meetings`}</title>
            <rect x={b.x} y={b.messagesY} width={barWidth} height={b.messagesHeight} fill={tokens.colorBrandBackground} />
            <rect x={b.x} y={b.meetingsY} width={barWidth} height={b.meetingsHeight} fill={tokens.colorPaletteGreenBackground3} />
            {weeks.length <= 16 && b.total > 0 && (
              <text x={b.x + barWidth / 2} y={b.messagesY - 3} textAnchor="middle" fontSize="9">{count(b.total)}</text>
            )}
            {i % every === 0 && <text x={b.x + barWidth / 2} y={plot + 12} textAnchor="middle" fill={muted}>{b.label}</text>}
          </g>
        ))}
        <line x1={0} x2={width - left - 8} y1={plot} y2={plot} stroke={tokens.colorNeutralForeground3} />
        <text aria-label="X axis: week starting (date)" x={(width - left) / 2} y={plot + 28} textAnchor="middle" fill={muted}>Week starting</text>
      </g>
    </svg>
  );
}
