import { Text } from "@fluentui/react-components";
import type { Card } from "../api/types";
import { warmPaths } from "./cardLogic";

/** "Nestor Wilke knows them well: ask for an introduction." Names came from the directory; isolated. */
export function WarmPathsLine({ card }: { card: Card }) {
  const paths = warmPaths(card);
  if (paths.length === 0) return null;
  return (
    <Text size={200} data-testid="warm-paths">
      {paths.map((p, i) => (
        <span key={p.email}>{i > 0 && (i === paths.length - 1 ? " and " : ", ")}<bdi>{p.name}</bdi> ({p.how})</span>
      ))}
      {paths.length === 1 ? " knows" : " know"} <bdi>{card.displayName}</bdi>: ask for an introduction.
    </Text>
  );
}
