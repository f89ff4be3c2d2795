using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Memory.Dates;
using OutlookRelations.Memory.Extraction.Detectors;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Memory.Extraction;

/// <summary>
/// The rule-based extractor: clean the body down to what the author wrote, split it into
/// sentences, run every detector, decide who each detail is about, resolve its date, and keep the
/// most confident artifact per (person, kind) in the message.
/// </summary>
public sealed class ArtifactExtractor(IReadOnlyList<IDetector>? detectors = null) : IArtifactExtractor
{
    /// <summary>Mail to this many people is a broadcast: it carries news, not personal details.</summary>
    public const int BroadcastRecipients = 15;
    public const int MaxEvidenceChars = 300;

    public static IReadOnlyList<IDetector> DefaultDetectors { get; } =
    [
        new BirthdayDetector(), new AnniversaryDetector(), new FamilyDetector(), new PetDetector(), new InterestDetector(),
        new PreferenceDetector(), new TravelDetector(), new LifeEventDetector(), new WorkChangeDetector(),
        new CompanyNewsDetector(), new FeedbackDetector(), new CommitmentDetector(),
    ];

    private readonly IReadOnlyList<IDetector> _detectors = detectors ?? DefaultDetectors;

    public IReadOnlyList<Artifact> Extract(MailMessage message) => Extract(AuthoredMessage.Read(message));

    public IReadOnlyList<Artifact> Extract(AuthoredMessage read)
    {
        var message = read.Message;
        if (Broadcast.IsBulk(message, read.FullText)) return [];
        var authored = read.Authored;
        if (authored.Length == 0) return [];

        var people = new People(message);
        var personal = message.To.Count + message.Cc.Count < BroadcastRecipients;
        var best = new Dictionary<(string About, ArtifactKind Kind), Artifact>();
        foreach (var line in Sentences.Split(authored))
        {
            var sentence = new Sentence(line);
            foreach (var detector in _detectors)
            {
                foreach (var found in detector.Detect(sentence))
                {
                    if (!personal && found.Kind != ArtifactKind.CompanyNews) continue;
                    if (found.NeedsPersonalPronoun && !Perspective.HasPersonalPronoun(sentence)) continue;
                    var subject = found.About == Subject.FromContext ? Perspective.Resolve(sentence, found.Index, found.Length) : found.About;
                    if (people.Resolve(subject, line) is not { } about) continue;
                    var artifact = new Artifact(message.MessageId, about, found.Kind, found.Summary, Evidence(line),
                        DateResolver.Resolve(line, message.SentAt), found.Confidence, found.Sensitive || Sensitivity.IsSensitive(line));
                    if (!best.TryGetValue((about, found.Kind), out var known) || known.Confidence < artifact.Confidence)
                        best[(about, found.Kind)] = artifact;
                }
            }
        }
        return [.. best.Values];
    }

    private static string Evidence(string sentence) =>
        sentence.Length <= MaxEvidenceChars ? sentence : sentence[..MaxEvidenceChars].TrimEnd() + "…";
}
