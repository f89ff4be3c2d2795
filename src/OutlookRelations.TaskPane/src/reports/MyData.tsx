import { useState } from "react";
import { Button, Card, Field, Input, Text, makeStyles } from "@fluentui/react-components";
import { myDataApi } from "../api/client";

const useStyles = makeStyles({ row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "flex-end" } });

/** Your own data: pause collection, take a copy of everything held, or erase it. */
export function MyData() {
  const styles = useStyles();
  const [message, setMessage] = useState<string | null>(null);
  const [confirm, setConfirm] = useState("");

  const run = async (action: () => Promise<string>) => {
    try {
      setMessage(await action());
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  const download = async () => {
    const { blob, name } = await myDataApi.exportFile();
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    link.click();
    return "Your export is downloading.";
  };

  return (
    <Card>
      <Text weight="semibold">Your data</Text>
      <div className={styles.row}>
        <Button onClick={() => void run(async () => (await myDataApi.pause(), "Collection is paused: nothing new is read from your mailbox."))}>Pause collection</Button>
        <Button onClick={() => void run(async () => (await myDataApi.resume(), "Collection has resumed."))}>Resume collection</Button>
        <Button onClick={() => void run(download)}>Export my data (JSON)</Button>
      </div>
      <div className={styles.row}>
        <Field label='Type "erase my data" to erase everything held about your mailbox'>
          <Input value={confirm} onChange={(_, d) => setConfirm(d.value)} />
        </Field>
        <Button disabled={confirm !== "erase my data"} onClick={() => void run(async () => (await myDataApi.erase(), "Erased. Collection is paused until you resume it."))}>
          Erase my data
        </Button>
      </div>
      {message && <Text role="status">{message}</Text>}
    </Card>
  );
}
