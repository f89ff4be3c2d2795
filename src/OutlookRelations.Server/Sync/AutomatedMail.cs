using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// Newsletters, notifications, no-reply and lists writing as themselves: mail from something that is
/// not a person, so no relationship's figures count it (it is counted on a line of its own). Judged
/// once, when a message is first stored, by the memory engine's gate on the envelope alone (sender
/// and list headers), so a person writing through a list, or quoting an unsubscribe line, stays a person.
/// </summary>
public static class AutomatedMail
{
    public static bool Is(MailMessage message, bool fromOwner) => !fromOwner && MessageGate.JudgeSender(message).IsBulk;
}
