// The boundary with Outlook. Everything Office.js is touched here, so tests can stand in for it
// (a shim of Office.context.mailbox) and the rest of the pane never knows the difference.

export type Host =
  | { kind: "outlook"; mode: "compose" | "read" }
  | { kind: "outlook"; mode: "meeting"; meetingId: string }
  | { kind: "preview" };

const officeReadyTimeoutMs = 4000;

/** Outlook when Office.js loaded inside Outlook; preview in a plain browser or when Office.js failed to load. */
export async function detectHost(): Promise<Host> {
  const office = (window as { Office?: typeof Office }).Office;
  if (!office?.onReady) return { kind: "preview" };
  const info = await Promise.race([
    office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), officeReadyTimeoutMs)),
  ]);
  if (!info || info.host !== office.HostType.Outlook || !office.context?.mailbox?.item) return { kind: "preview" };
  const item = office.context.mailbox.item as unknown as { itemType?: string; itemId?: string };
  // A calendar item someone invited you to (or one you saved): its brief. The server knows events by their REST id.
  if (item.itemType === office.MailboxEnums?.ItemType?.Appointment && item.itemId) {
    return { kind: "outlook", mode: "meeting", meetingId: office.context.mailbox.convertToRestId(item.itemId, office.MailboxEnums.RestVersion.v2_0) };
  }
  return { kind: "outlook", mode: isCompose(item) ? "compose" : "read" };
}

// Writing mail has To; organising a meeting has required attendees: both are read with getAsync.
function isCompose(item: unknown): boolean {
  const fields = item as { to?: { getAsync?: unknown }; requiredAttendees?: { getAsync?: unknown } };
  return typeof fields.to?.getAsync === "function" || typeof fields.requiredAttendees?.getAsync === "function";
}

type Address = { emailAddress: string };

function getAsync(field: Office.Recipients): Promise<Address[]> {
  return new Promise((resolve) =>
    field.getAsync((result) => resolve(result.status === Office.AsyncResultStatus.Succeeded ? result.value : [])));
}

/** Compose: To, Cc and Bcc (a new meeting: its attendees). Read: the sender and everyone else on the message. */
export async function readRecipients(host: Host): Promise<string[]> {
  if (host.kind !== "outlook") return [];
  const item = Office.context.mailbox.item as unknown as Record<string, unknown>;
  const me = Office.context.mailbox.userProfile?.emailAddress?.toLowerCase();
  let people: Address[];
  if (host.mode === "compose") {
    const fields = ["to", "cc", "bcc", "requiredAttendees", "optionalAttendees"].map((f) => item[f] as Office.Recipients | undefined).filter((f): f is Office.Recipients => !!f);
    people = (await Promise.all(fields.map(getAsync))).flat();
  } else {
    const from = item.from as Address | undefined;
    people = [...(from ? [from] : []), ...((item.to as Address[]) ?? []), ...((item.cc as Address[]) ?? [])];
  }
  const addresses = people.map((p) => p.emailAddress.toLowerCase()).filter((a) => a && a !== me);
  return [...new Set(addresses)];
}

/** Calls back whenever the user changes To/Cc/Bcc while the pane is open (Mailbox 1.7). */
export function onRecipientsChanged(host: Host, callback: () => void): void {
  if (host.kind !== "outlook" || host.mode !== "compose") return;
  const item = Office.context.mailbox.item as unknown as { addHandlerAsync?: (type: Office.EventType, handler: () => void) => void };
  item.addHandlerAsync?.(Office.EventType.RecipientsChanged, callback);
}
