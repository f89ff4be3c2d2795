using System.ComponentModel.DataAnnotations;
using Hangfire;
using Hangfire.InMemory;

namespace OutlookRelations.Server.Jobs;

/// <summary>
/// A cron expression Hangfire accepts. Checked at start, so a typo in a schedule stops the start
/// with the setting's name instead of failing later, when the first job is registered with it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CronAttribute : ValidationAttribute
{
    // Hangfire parses cron only while registering a recurring job (its parser is internal), so the
    // expression is registered once with a throwaway in-memory store: the exact check it will meet later.
    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (value is not string cron || cron.Length == 0) return new ValidationResult($"{context.MemberName} is empty; it takes a cron expression such as \"0 6 * * 1\".");
        using var store = new InMemoryStorage();
        try
        {
            new RecurringJobManager(store).AddOrUpdate("cron-check", () => Probe(), cron);
            return ValidationResult.Success;
        }
        catch (ArgumentException e)
        {
            return new ValidationResult($"{context.MemberName} '{cron}' is not a cron expression Hangfire accepts: {e.Message.Split('\n')[0]}");
        }
    }

    public static void Probe() { }
}
