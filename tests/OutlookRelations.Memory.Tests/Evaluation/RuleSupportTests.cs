using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Learning;
using OutlookRelations.Memory.Messages;
using OutlookRelations.Testing;
using Xunit.Abstractions;

namespace OutlookRelations.Memory.Tests.Evaluation;

/// <summary>
/// No hand rule may rest on one message: every rule of every detector must match at least
/// <see cref="MinMessages"/> distinct messages across the whole Enron corpus (26,738 files). A
/// message filed in several folders counts once (copies carry different Message-IDs, so a copy is
/// known by its sender, date and subject).
/// </summary>
public sealed class RuleSupportTests(ITestOutputHelper output)
{
    public const int MinMessages = 3;

    [SharedDataFact("enron/maildir")]
    public void Every_hand_rule_matches_at_least_three_distinct_messages_of_the_corpus()
    {
        var detectors = ArtifactExtractor.DefaultDetectors.OfType<RuleDetector>().ToList();
        var support = detectors.SelectMany(d => d.AllRules).ToDictionary(r => r, _ => new HashSet<(string, DateTimeOffset, string)>());
        var files = 0;
        foreach (var file in Directory.EnumerateFiles(SharedData.PathTo("enron/maildir")!, "*", SearchOption.AllDirectories))
        {
            MailMessage message;
            try
            {
                using var stream = File.OpenRead(file);
                message = MimeReader.Read(stream);
            }
            catch (MailFormatException)
            {
                continue;
            }
            files++;
            var key = (message.From.Address, message.SentAt, message.Subject);
            foreach (var candidate in Candidates.Of(AuthoredMessage.Read(message), []))
                foreach (var detector in detectors)
                    foreach (var (rule, _) in detector.Matches(candidate.Sentence))
                        support[rule].Add(key);
        }

        var thin = detectors.SelectMany(d => d.AllRules.Select(r => (Detector: d.GetType().Name, Rule: r, Messages: support[r].Count)))
            .Where(r => r.Messages < MinMessages).ToList();
        output.WriteLine($"{support.Count} rules over {files:N0} messages; {thin.Count} match fewer than {MinMessages} distinct messages");
        foreach (var (detector, rule, messages) in thin) output.WriteLine($"  {detector}: {messages} × {rule.Pattern}");
        Assert.Empty(thin);
    }
}
