namespace OutlookRelations.Server.Identity;

/// <summary>
/// Demo mode (section "Demo"). It lives with Identity because demo mode is first of all a way of
/// signing in (demo users, their roles, the default one); the demo tenant's host (Hosting) reads
/// the rest. Hosting builds on Identity, never the reverse.
/// </summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Demo mode: demo identities and, unless Graph:BaseUrl is set, an in-process emulator.</summary>
    public bool Enabled { get; set; }

    /// <summary>The demo user requests act as when they do not pick one.</summary>
    public string? DefaultUser { get; set; }

    /// <summary>Serve mailboxes from a maildir tree (e.g. ../shared/data/enron/maildir) instead of the generated tenant.</summary>
    public string? Maildir { get; set; }

    /// <summary>
    /// Move the maildir's dates forward by whole weeks so its newest message is from the past week, as
    /// if its owner were reading it now: Enron's 2001 mail read today would otherwise show every
    /// relationship 25 years quiet. Message text keeps its own years. Off to serve the dates as filed.
    /// </summary>
    public bool MaildirToThisWeek { get; set; } = true;

    /// <summary>How many customers the generated demo tenant has (fewer start faster).</summary>
    [System.ComponentModel.DataAnnotations.Range(10, 5000)]
    public int ContactCount { get; set; } = 300;

    /// <summary>
    /// Also generate a second, small tenant (Tailwind Traders: two users, its own directory and emulator,
    /// some of the same customers) and sync it like the first, so cross-tenant access can be tried for
    /// real. Off unless asked, so the usual demo stays exactly one tenant.
    /// </summary>
    public bool SecondTenant { get; set; }

    /// <summary>Demo users who get the Relations.Manager role (team reports).</summary>
    public string[] Managers { get; set; } = [];

    /// <summary>Demo users who get the Relations.Admin role (organisation reports, admin pages).</summary>
    public string[] Admins { get; set; } = [];

    /// <summary>Import the directory and sync every mailbox as soon as the server starts.</summary>
    public bool SyncOnStart { get; set; } = true;
}
