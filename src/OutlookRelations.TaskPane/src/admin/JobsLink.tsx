import { useState } from "react";
import { Button, Card, Text } from "@fluentui/react-components";
import { adminApi } from "../api/client";

/** The way to Hangfire's dashboard (/jobs) from the signed-in admin page. */
export function JobsLink() {
  const [error, setError] = useState<string | null>(null);
  const open = async () => {
    try {
      window.location.assign(await adminApi.jobsDashboard());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Card>
      <Text weight="semibold">Background jobs</Text>
      <Text>Sync, reports and housekeeping, as Hangfire runs them.</Text>
      <Button onClick={() => void open()}>Open the job dashboard</Button>
      {error && <Text role="status">{error}</Text>}
    </Card>
  );
}
