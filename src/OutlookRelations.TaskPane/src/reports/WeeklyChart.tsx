import { tokens } from "@fluentui/react-components";
import type { HeadlineWeek } from "../api/reportTypes";
import { bars } from "./reportLogic";

const height = 80;
const barWidth = 10;
const gap = 4;

/** Messages (blue) and meetings (green) per week, stacked: a sketch of the trend, the workbook has the numbers. */
export function WeeklyChart({ weeks }: { weeks: HeadlineWeek[] }) {
  const scaled = bars(weeks, height);
  const width = scaled.length * (barWidth + gap);
  return (
    <svg role="img" aria-label="Messages and meetings per week" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {scaled.map((b, i) => (
        <g key={b.week}>
          <title>{`Week of ${b.week}: ${weeks[i].messages} messages, ${weeks[i].meetings} meetings`}</title>
          <rect x={i * (barWidth + gap)} y={height - b.messages - b.meetings} width={barWidth} height={b.messages} fill={tokens.colorBrandBackground} />
          <rect x={i * (barWidth + gap)} y={height - b.meetings} width={barWidth} height={b.meetings} fill={tokens.colorPaletteGreenBackground3} />
        </g>
      ))}
    </svg>
  );
}
