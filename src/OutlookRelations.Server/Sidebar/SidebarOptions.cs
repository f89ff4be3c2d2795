using System.ComponentModel.DataAnnotations;

namespace OutlookRelations.Server.Sidebar;

/// <summary>Section "Sidebar".</summary>
public sealed class SidebarOptions
{
    public const string SectionName = "Sidebar";

    /// <summary>
    /// Sidebar lookups that run against the database at once; the rest wait their turn in order.
    /// Twice the cores by default: a lookup spends about half its time waiting on the database.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "Sidebar:MaxConcurrent takes 1 to 1000 (lookups against the database at once).")]
    public int MaxConcurrent { get; set; } = Environment.ProcessorCount * 2;
}
