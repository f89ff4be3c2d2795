import { Badge, Card, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import type { MailboxSyncHealth, SyncVerdict } from "../api/adminTypes";
import { lagText, lastRoundText, subscriptionText, verdictLabel } from "./syncHealthLogic";

const verdictColor: Record<SyncVerdict, "danger" | "warning" | "informative" | "success"> = {
  failing: "danger",
  stalled: "warning",
  catchingUp: "informative",
  healthy: "success",
};

const when = (at: string | null) => (at ? new Date(at).toLocaleString() : "—");

/**
 * Each mailbox's sync, as the server judged it (stalled and failing first, in the server's order).
 * Every value is rendered as text, never as markup: addresses, names and Graph's error words come from outside.
 */
export function SyncHealthTable({ mailboxes }: { mailboxes: MailboxSyncHealth[] }) {
  return (
    <Card>
      <Text weight="semibold">Sync health</Text>
      {mailboxes.length === 0 ? <Text>No mailboxes yet.</Text> : (
        <Table aria-label="Sync health" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Mailbox</TableHeaderCell>
              <TableHeaderCell>Health</TableHeaderCell>
              <TableHeaderCell>Last round</TableHeaderCell>
              <TableHeaderCell>Last success</TableHeaderCell>
              <TableHeaderCell>Items, last day</TableHeaderCell>
              <TableHeaderCell>Lag</TableHeaderCell>
              <TableHeaderCell>Last error</TableHeaderCell>
              <TableHeaderCell>Change notifications</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {mailboxes.map((m) => (
              <TableRow key={m.email}>
                <TableCell>{m.displayName} ({m.email})</TableCell>
                <TableCell><Badge appearance="tint" color={verdictColor[m.verdict]}>{verdictLabel[m.verdict]}</Badge></TableCell>
                <TableCell>{lastRoundText(m)}{m.lastRoundAt ? `, ${when(m.lastRoundAt)}` : ""}</TableCell>
                <TableCell>{when(m.lastSucceededAt)}</TableCell>
                <TableCell>{m.itemsLastDay}</TableCell>
                <TableCell>{lagText(m.lagSeconds)}</TableCell>
                <TableCell>{m.lastError ?? "—"}</TableCell>
                <TableCell>{subscriptionText(m)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
