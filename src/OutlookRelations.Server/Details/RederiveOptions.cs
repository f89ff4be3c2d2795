using System.ComponentModel.DataAnnotations;

namespace OutlookRelations.Server.Details;

/// <summary>How much mail is read again when the memory engine is upgraded (see <see cref="MailRederivation"/>).</summary>
public sealed class RederiveOptions
{
    public const string SectionName = "Memory";

    /// <summary>Mail sent within this many days is read again; older details stay as the old engine left them.</summary>
    [Range(1, 3650)]
    public int RederiveDays { get; set; } = 365;

    /// <summary>Messages read and committed together with the cursor: a crash repeats at most one batch.</summary>
    [Range(1, 1000)]
    public int RederiveBatchSize { get; set; } = 50;
}
