import { useState } from "react";
import { Button, Field, Input, Tag, TagGroup, makeStyles } from "@fluentui/react-components";
import { parseAddresses } from "./cards/cardLogic";

const useStyles = makeStyles({
  row: { display: "flex", gap: "8px", alignItems: "flex-end" },
  grow: { flexGrow: 1, minWidth: 0 },
  tags: { flexWrap: "wrap", marginTop: "6px", maxWidth: "100%" },
  // A long address must shorten with an ellipsis, not push the pane wider than the task pane.
  // Fluent's Tag is a grid (media, text, dismiss icon) whose text column sizes to its content; let it shrink.
  tag: { maxWidth: "100%", minWidth: 0, gridTemplateColumns: "auto minmax(0, 1fr) auto" },
  tagText: { display: "block", minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

/** Outside Outlook: type the addresses you would write to. */
export function PreviewBar({ recipients, onChange }: { recipients: string[]; onChange: (r: string[]) => void }) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const add = () => {
    const { valid, invalid } = parseAddresses(text);
    setProblem(invalid.length ? `Not an address: ${invalid.join(", ")}` : null);
    if (valid.length) onChange([...recipients, ...valid.filter((a) => !recipients.includes(a))]);
    setText(invalid.join(" "));
  };

  return (
    <section aria-label="Preview recipients">
      <form className={styles.row} onSubmit={(e) => { e.preventDefault(); add(); }}>
        <Field className={styles.grow} label="Preview: recipients" validationMessage={problem ?? undefined} validationState={problem ? "error" : "none"}>
          <Input value={text} onChange={(_, d) => setText(d.value)} placeholder="ana@contoso.com, ben@fabrikam.com" />
        </Field>
        <Button type="submit" appearance="primary">Add</Button>
      </form>
      {recipients.length > 0 && (
        <TagGroup className={styles.tags} aria-label="Recipients" onDismiss={(_, { value }) => onChange(recipients.filter((r) => r !== value))}>
          {recipients.map((r) => (
            <Tag key={r} value={r} className={styles.tag} title={r} dismissible dismissIcon={{ "aria-label": `Remove ${r}` }}>
              <span className={styles.tagText}>{r}</span>
            </Tag>
          ))}
        </TagGroup>
      )}
    </section>
  );
}
