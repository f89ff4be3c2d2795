import { tokens } from "@fluentui/react-components";
import { sparklinePoints } from "./cardLogic";

/** Messages per month over the last year, as a small line; the numbers are in its label. */
export function Sparkline({ values }: { values: number[] }) {
  const width = 120;
  const height = 24;
  return (
    <svg width={width} height={height + 2} viewBox={`0 -1 ${width} ${height + 2}`} role="img"
      aria-label={`Messages per month over the last 12 months: ${values.join(", ")}`}>
      <polyline points={sparklinePoints(values, width, height)} fill="none" stroke={tokens.colorBrandForeground1} strokeWidth={1.5} />
    </svg>
  );
}
