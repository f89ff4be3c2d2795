import { useEffect, useState } from "react";
import { Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { api } from "../api/client";
import type { DigestView } from "../api/types";
import { digestSchedule } from "./digestLogic";

const useStyles = makeStyles({ muted: { color: tokens.colorNeutralForeground3 } });

/** The person's own choice: this list by mail each morning. Only they turn it on; admins can make it unavailable. */
export function DigestSwitch() {
  const styles = useStyles();
  const [view, setView] = useState<DigestView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.digest().then(setView, () => setView(null));
  }, []);
  if (!view) return null;

  const change = async (enabled: boolean) => {
    setError(null);
    try {
      setView(await api.setDigest(enabled));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div data-testid="digest-switch">
      <Switch label="Email me this list each morning" checked={view.enabled} disabled={!view.available}
        onChange={(_, d) => void change(d.checked)} />
      <Text size={200} className={styles.muted} block>
        {view.available ? `Sent ${digestSchedule(view)}, only to you.` : view.reason}
      </Text>
      {error && <Text role="alert" block>{error}</Text>}
    </div>
  );
}
