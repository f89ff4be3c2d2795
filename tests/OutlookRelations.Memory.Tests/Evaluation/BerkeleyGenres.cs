using OutlookRelations.Testing;

namespace OutlookRelations.Memory.Tests.Evaluation;

/// <summary>
/// The UC Berkeley genre labels (../shared/data/enron-berkeley): each message's .txt beside a
/// .cats file of "top,sub,count" lines; "1,2" is purely personal, "2,10" newsletters, and so on.
/// </summary>
internal static class BerkeleyGenres
{
    public const string Corpus = "enron-berkeley/enron_with_categories";

    /// <summary>Each labelled message's file with its categories as "1.2", "2.10", ….</summary>
    public static IEnumerable<(string Message, HashSet<string> Categories)> Messages() =>
        Directory.EnumerateFiles(SharedData.PathTo(Corpus)!, "*.cats", SearchOption.AllDirectories)
            .Select(cats => (Path.ChangeExtension(cats, ".txt"), File.ReadLines(cats).Select(l => string.Join('.', l.Split(',').Take(2))).ToHashSet()));
}
