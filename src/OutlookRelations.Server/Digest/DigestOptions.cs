using System.ComponentModel.DataAnnotations;

namespace OutlookRelations.Server.Digest;

/// <summary>Section "Digest": when the morning digest goes out, in each person's own time zone.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>A Hangfire (cron) schedule read in the owner's zone; the default is 07:00 on working days.</summary>
    [Required, RegularExpression(@"^\S+( \S+){4}$", ErrorMessage = "Digest:Cron takes five cron fields, e.g. \"0 7 * * 1-5\".")]
    public string Cron { get; set; } = "0 7 * * 1-5";
}
