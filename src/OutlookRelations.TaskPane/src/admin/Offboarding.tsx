import { useState } from "react";
import { Button, Card, Field, Input, Text } from "@fluentui/react-components";
import { ApiError, adminApi } from "../api/client";

/** Erase a mailbox completely when someone leaves: typed twice, because it cannot be undone. */
export function Offboarding({ onDone }: { onDone: () => Promise<void> }) {
  const [email, setEmail] = useState("");
  const [confirm, setConfirm] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const ready = email.trim().length > 3 && email.trim().toLowerCase() === confirm.trim().toLowerCase();

  const erase = async () => {
    try {
      await adminApi.offboard(email.trim());
      setMessage(`Everything held about ${email.trim()} has been erased.`);
      setEmail("");
      setConfirm("");
      await onDone();
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) setMessage(`There is no mailbox ${email.trim()} in this tenant.`);
      else setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Card>
      <Text weight="semibold">Offboard a mailbox</Text>
      <Text>Erases the mailbox, everything learnt from it, and every report that measured it. This cannot be undone.</Text>
      <Field label="Mailbox address">
        <Input value={email} onChange={(_, d) => setEmail(d.value)} />
      </Field>
      <Field label="Type the address again to confirm">
        <Input value={confirm} onChange={(_, d) => setConfirm(d.value)} />
      </Field>
      <Button disabled={!ready} onClick={() => void erase()}>Erase this mailbox</Button>
      {message && <Text role="status">{message}</Text>}
    </Card>
  );
}
