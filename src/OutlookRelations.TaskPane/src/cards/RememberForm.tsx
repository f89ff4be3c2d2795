import { useState } from "react";
import { Button, Input, makeStyles } from "@fluentui/react-components";
import { api } from "../api/client";

const useStyles = makeStyles({ row: { display: "flex", gap: "6px" }, grow: { flexGrow: 1, minWidth: 0 }, button: { flexShrink: 0 } });

/** "Remember this": a note by hand, kept with the contact. */
export function RememberForm({ email, onSaved }: { email: string; onSaved: () => void }) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      await api.remember(email, text.trim());
      setText("");
      onSaved();
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className={styles.row} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <Input className={styles.grow} aria-label={`Remember something about ${email}`} placeholder="Remember this…" value={text}
        onChange={(_, d) => setText(d.value)} maxLength={200} />
      <Button className={styles.button} type="submit" size="small" disabled={busy || !text.trim()}>Remember</Button>
    </form>
  );
}
