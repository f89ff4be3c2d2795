import { useEffect, useState } from "react";
import { Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { api } from "../api/client";
import type { ConsentView } from "../api/types";

const useStyles = makeStyles({ muted: { color: tokens.colorNeutralForeground3 } });

/** Your consent to warm introductions: colleagues may see whom you know. Off until you turn it on. */
export function ShareNetworkSwitch() {
  const styles = useStyles();
  const [view, setView] = useState<ConsentView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.warmPathsConsent().then(setView, () => setView(null));
  }, []);
  if (!view) return null;

  const change = async (share: boolean) => {
    setError(null);
    try {
      setView(await api.setWarmPathsConsent(share));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div data-testid="share-network">
      <Switch label="Let colleagues see whom I know, for introductions" checked={view.share && view.allowed} disabled={!view.allowed}
        onChange={(_, d) => void change(d.checked)} />
      <Text size={200} className={styles.muted} block>
        {view.allowed
          ? "They see your name and how well you know someone they are writing to: never your mail or what you remember."
          : "Your organisation's admins have turned this off."}
      </Text>
      {error && <Text role="alert" block>{error}</Text>}
    </div>
  );
}
