import { useState } from "react";
import { Button, Card, Checkbox, Field, Input, Switch, Text, Textarea, makeStyles } from "@fluentui/react-components";
import { adminApi } from "../api/client";
import { allKinds, type TenantSettings } from "../api/adminTypes";
import { kindLabel, parseAliases, parseDays, parseList, withKind } from "./settingsLogic";

const useStyles = makeStyles({
  kinds: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(160px, 1fr))" },
  row: { display: "flex", gap: "12px", flexWrap: "wrap" },
});

export function SettingsForm({ settings, onSaved }: { settings: TenantSettings; onSaved: () => Promise<void> }) {
  const styles = useStyles();
  const [draft, setDraft] = useState(settings);
  const [group, setGroup] = useState(settings.mailboxGroupId ?? "");
  const [domains, setDomains] = useState(settings.excludedDomains.join("\n"));
  const [addresses, setAddresses] = useState(settings.excludedAddresses.join("\n"));
  const [keepMail, setKeepMail] = useState(settings.interactionRetentionDays?.toString() ?? "");
  const [keepDetails, setKeepDetails] = useState(settings.detailRetentionDays?.toString() ?? "");
  const [sender, setSender] = useState(settings.senderMailbox ?? "");
  const [alertsTo, setAlertsTo] = useState(settings.syncAlertsTo ?? "");
  const [aliases, setAliases] = useState((settings.organisationAliases ?? []).join("\n"));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const metadataOnly = draft.metadataOnly ?? false;

  const save = async () => {
    const mailDays = parseDays(keepMail);
    const detailDays = parseDays(keepDetails);
    if (mailDays === "invalid" || detailDays === "invalid") {
      setMessage({ ok: false, text: "Retention is a whole number of days, or blank to keep everything." });
      return;
    }
    try {
      await adminApi.saveSettings({ ...draft, mailboxGroupId: group.trim() || null, excludedDomains: parseList(domains), excludedAddresses: parseList(addresses), interactionRetentionDays: mailDays, detailRetentionDays: detailDays, senderMailbox: sender.trim(), syncAlertsTo: alertsTo.trim(), organisationAliases: parseAliases(aliases) });
      setMessage({ ok: true, text: "Saved. New mail follows these settings now; stored data is brought in line in the background." });
      await onSaved();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <Card>
      <Text weight="semibold">What OutlookRelations collects and keeps</Text>
      <Switch label="Metadata only: never read the text of a message" checked={metadataOnly}
        onChange={(_, d) => setDraft({ ...draft, metadataOnly: d.checked })} />
      <Text size={200}>
        {metadataOnly
          ? "Only who wrote to whom and when is read (Graph's Mail.ReadBasic.All is enough): every figure and report is kept; nothing is remembered, and details already remembered from mail are deleted."
          : "Full: message text is read once, as it arrives, for the details worth remembering (Graph's Mail.Read); bodies are never stored."}
      </Text>
      <Field label="Mailboxes in scope: members of this group (object id)" hint="blank: everyone onboarded">
        <Input value={group} onChange={(_, d) => setGroup(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label="Excluded domains (one per line)" hint="Mail or meetings with anyone here are never collected.">
          <Textarea value={domains} onChange={(_, d) => setDomains(d.value)} resize="vertical" />
        </Field>
        <Field label="Excluded addresses (one per line)">
          <Textarea value={addresses} onChange={(_, d) => setAddresses(d.value)} resize="vertical" />
        </Field>
      </div>
      <Field label="Details remembered" hint={metadataOnly ? "none in metadata-only mode" : undefined}>
        <div className={styles.kinds}>
          {allKinds.map((kind) => (
            <Checkbox key={kind} label={kindLabel(kind)} checked={draft.collectedKinds.includes(kind)} disabled={metadataOnly}
              onChange={(_, d) => setDraft(withKind(draft, kind, d.checked === true))} />
          ))}
        </div>
      </Field>
      <Switch label="Also remember sensitive details (health, bereavement, religion, politics)" checked={draft.collectSensitive} disabled={metadataOnly}
        onChange={(_, d) => setDraft({ ...draft, collectSensitive: d.checked })} />
      <Switch label="Managers' and admins' reports may show talking points about other people's contacts" checked={draft.reportsIncludeTalkingPoints}
        onChange={(_, d) => setDraft({ ...draft, reportsIncludeTalkingPoints: d.checked })} />
      {/* On by default: it only lets people share; off, no pack shows a story and nobody can share one. */}
      <Switch label="Stories people choose to share may appear in their managers' and admins' reports" checked={draft.storiesInReports ?? true}
        onChange={(_, d) => setDraft({ ...draft, storiesInReports: d.checked })} />
      <Switch label="Read Deleted Items (people delete mail once they have answered it)" checked={draft.readDeletedItems ?? true}
        onChange={(_, d) => setDraft({ ...draft, readDeletedItems: d.checked })} />
      <Field label="Other names for organisations (one per line: other name = organisation)"
        hint="Company news that says “Comcast Corporation” is matched to your people at Comcast. Organisations are named as your contacts' organisations show them.">
        <Textarea value={aliases} onChange={(_, d) => setAliases(d.value)} resize="vertical" />
      </Field>
      <Switch label="People may let colleagues see whom they know, for introductions (names and how well; never mail or details; each person chooses)" checked={draft.warmPathsAllowed ?? true}
        onChange={(_, d) => setDraft({ ...draft, warmPathsAllowed: d.checked })} />
      <div className={styles.row}>
        <Field label="Keep mail and meetings for (days)" hint="blank: keep">
          <Input value={keepMail} onChange={(_, d) => setKeepMail(d.value)} inputMode="numeric" />
        </Field>
        <Field label="Keep remembered details for (days)" hint="blank: keep">
          <Input value={keepDetails} onChange={(_, d) => setKeepDetails(d.value)} inputMode="numeric" />
        </Field>
      </div>
      <Text weight="semibold">Mail from OutlookRelations</Text>
      <div className={styles.row}>
        <Field label="Send as this mailbox" hint="blank: nothing is sent. The app needs Mail.Send for this mailbox only (docs/deploy.md).">
          <Input value={sender} onChange={(_, d) => setSender(d.value)} type="email" />
        </Field>
        <Field label="Tell this address when a mailbox's sync stalls or fails" hint="blank: no alert mail">
          <Input value={alertsTo} onChange={(_, d) => setAlertsTo(d.value)} type="email" />
        </Field>
      </div>
      <Switch label="People may turn on a morning digest of whom to write to (each person chooses; off until they do)" checked={draft.digestsAllowed ?? true}
        onChange={(_, d) => setDraft({ ...draft, digestsAllowed: d.checked })} />
      <Button appearance="primary" onClick={() => void save()}>Save settings</Button>
      {message && <Text role={message.ok ? "status" : "alert"}>{message.text}</Text>}
      {settings.updatedBy && <Text size={200}>Last changed by {settings.updatedBy} on {new Date(settings.updatedAt!).toLocaleString()}.</Text>}
    </Card>
  );
}
