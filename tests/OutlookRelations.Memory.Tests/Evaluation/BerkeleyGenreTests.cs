using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Messages;
using OutlookRelations.Testing;
using Xunit.Abstractions;

namespace OutlookRelations.Memory.Tests.Evaluation;

/// <summary>
/// A sanity check on mail nobody here labelled: messages the UC Berkeley annotators called "purely
/// personal" (1.2) must yield artifacts several times more often than "company business" (1.1).
/// </summary>
public sealed class BerkeleyGenreTests(ITestOutputHelper output)
{
    public const double MinRatio = 3.0;

    [SharedDataFact(BerkeleyGenres.Corpus)]
    public void Personal_mail_yields_artifacts_several_times_more_often_than_business_mail()
    {
        var personal = new List<string>();
        var business = new List<string>();
        foreach (var (message, categories) in BerkeleyGenres.Messages())
        {
            if (categories.Contains("1.2")) personal.Add(message);
            else if (categories.Contains("1.1")) business.Add(message);
        }

        var personalRate = Rate(personal);
        var businessRate = Rate(business);
        var ratio = personalRate / Math.Max(businessRate, 1e-9);
        output.WriteLine($"purely personal: {personalRate:P1} of {personal.Count} messages yield artifacts; company business: {businessRate:P1} of {business.Count}; ratio {ratio:F1}");
        Assert.True(ratio >= MinRatio, $"ratio {ratio:F2} < {MinRatio}");
    }

    private static double Rate(List<string> files)
    {
        var extractor = new ArtifactExtractor();
        var yielding = files.Count(file =>
        {
            using var stream = File.OpenRead(file);
            try
            {
                return extractor.Extract(MimeReader.Read(stream)).Count > 0;
            }
            catch (MailFormatException)
            {
                return false;
            }
        });
        return files.Count == 0 ? 0 : (double)yielding / files.Count;
    }
}
