import { Card, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import type { AuditEntry } from "../api/adminTypes";

/** Who changed settings or erased data, and when: newest first, read-only. */
export function AuditLog({ entries }: { entries: AuditEntry[] }) {
  return (
    <Card>
      <Text weight="semibold">Audit log</Text>
      {entries.length === 0 ? <Text>Nothing yet.</Text> : (
        <Table aria-label="Audit log" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>When</TableHeaderCell>
              <TableHeaderCell>Who</TableHeaderCell>
              <TableHeaderCell>What</TableHeaderCell>
              <TableHeaderCell>Details</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map((e, i) => (
              <TableRow key={`${e.at}-${i}`}>
                <TableCell>{new Date(e.at).toLocaleString()}</TableCell>
                <TableCell>{e.actor}</TableCell>
                <TableCell>{e.action}</TableCell>
                <TableCell>{[e.target, e.details].filter(Boolean).join(": ")}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
