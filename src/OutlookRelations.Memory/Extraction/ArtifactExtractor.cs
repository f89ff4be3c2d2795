using System.Text.RegularExpressions;
using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Memory.Dates;
using OutlookRelations.Memory.Extraction.Detectors;
using OutlookRelations.Memory.Learning;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Memory.Extraction;

/// <summary>
/// The extractor: the gate turns bulk mail away whole; the subject and every sentence the author
/// wrote become candidates, each read by the hand rules; the learned <see cref="DetailModel"/>
/// decides from the words and the rules' hits whether a candidate carries a detail and of which
/// kind; <see cref="Attribution"/> decides who it is about; then its date, summary and
/// sensitivity. The most confident artifact per (person, kind) in the message is kept.
/// Without a model (<c>new ArtifactExtractor(model: null)</c>) the rules' hits are the verdicts.
/// </summary>
public sealed partial class ArtifactExtractor : IArtifactExtractor
{
    /// <summary>Mail to this many people (or to a distribution list) is a broadcast: it carries news, not personal details.</summary>
    public const int BroadcastRecipients = 15;

    /// <summary>What a broadcast from a person may still carry: their own work news, the company's, and their promises to the group.</summary>
    private static readonly HashSet<ArtifactKind> BroadcastKinds = [ArtifactKind.CompanyNews, ArtifactKind.WorkChange, ArtifactKind.Commitment];
    public const int MaxEvidenceChars = 300;

    public static IReadOnlyList<IDetector> DefaultDetectors { get; } =
    [
        new BirthdayDetector(), new AnniversaryDetector(), new FamilyDetector(), new PetDetector(), new InterestDetector(),
        new PreferenceDetector(), new TravelDetector(), new LifeEventDetector(), new WorkChangeDetector(),
        new CompanyNewsDetector(), new FeedbackDetector(), new CommitmentDetector(),
    ];

    private readonly DetailModel? _model;
    private readonly IReadOnlyList<IDetector> _detectors;

    /// <summary>The shipped extractor: the rules and the model trained on the labelled data.</summary>
    public ArtifactExtractor() : this(DetailModel.Shipped) { }

    public ArtifactExtractor(DetailModel? model, IReadOnlyList<IDetector>? detectors = null)
    {
        _model = model;
        _detectors = detectors ?? DefaultDetectors;
        MinConfidence = model?.Settings.Threshold ?? 0;
    }

    /// <summary>The confidence a detail needs to be kept; the model's own threshold unless set.</summary>
    public double MinConfidence { get; init; }

    /// <summary>Fill <see cref="Artifact.Why"/>, so anyone can audit a run.</summary>
    public bool Explain { get; init; }

    public IReadOnlyList<Artifact> Extract(MailMessage message) => Extract(AuthoredMessage.Read(message));

    public IReadOnlyList<Artifact> Extract(AuthoredMessage read)
    {
        var gate = MessageGate.Judge(read);
        if (gate.IsBulk || read.Authored.Length == 0) return [];
        var message = read.Message;
        var people = new People(message);
        var personal = !IsBroadcast(message);
        var text = _model is null ? null : new ModelText(message);
        var shape = Cues.MessageCues.Of(message);
        var best = new Dictionary<(string About, ArtifactKind Kind), Artifact>();
        foreach (var candidate in Candidates.Of(read, _detectors))
        {
            foreach (var (kind, confidence, hit) in Verdicts(candidate, message, text, shape))
            {
                if (confidence < MinConfidence) continue;
                if (!personal && !FromBroadcast(kind)) continue;
                if (Attribution.About(candidate, kind, hit, people) is not { } about) continue;
                var line = candidate.Text;
                var artifact = new Artifact(message.MessageId, about, kind, hit?.Summary ?? Summaries.Of(line), Evidence(line),
                    DateResolver.Resolve(line, message.SentAt), Math.Round(confidence, 3), (hit?.Sensitive ?? false) || Sensitivity.IsSensitive(line))
                {
                    Why = Explain ? Why(gate, candidate, kind, confidence) : null,
                };
                if (!best.TryGetValue((about, kind), out var known) || known.Confidence < artifact.Confidence)
                    best[(about, kind)] = artifact;
            }
        }
        return [.. best.Values];
    }

    /// <summary>Whether the message went to <see cref="BroadcastRecipients"/> or more people, or to a distribution list.</summary>
    public static bool IsBroadcast(MailMessage message) =>
        message.To.Count + message.Cc.Count >= BroadcastRecipients || message.To.Concat(message.Cc).Any(p => DistributionList().IsMatch(p.Address));

    /// <summary>Whether a broadcast may carry a detail of this kind.</summary>
    public static bool FromBroadcast(ArtifactKind kind) => BroadcastKinds.Contains(kind);

    // Each kind a candidate may carry, how sure we are, and the rule hit that backs it (if any).
    private IEnumerable<(ArtifactKind Kind, double Confidence, Detection? Hit)> Verdicts(Candidate candidate, MailMessage message, ModelText? text, Cues.MessageCues shape)
    {
        if (_model is null || text is null)
        {
            foreach (var hit in candidate.RuleHits)
            {
                if (hit.NeedsPersonalPronoun && !Perspective.HasPersonalPronoun(candidate.Sentence)) continue;
                yield return (hit.Kind, hit.Confidence, hit);
            }
            yield break;
        }
        var scores = _model.Score(text.Normalize(candidate.Text), Cues.Of(candidate, message, shape));
        for (var k = 0; k < scores.Length; k++)
        {
            var kind = (ArtifactKind)k;
            var hit = candidate.RuleHits.Where(h => h.Kind == kind).MaxBy(h => h.Confidence);
            // Kinds the model saw too few examples of (pets, anniversaries) are the rules' to decide.
            if (_model.Settings.RulesDecideKind(kind))
            {
                if (hit is not null && (!hit.NeedsPersonalPronoun || Perspective.HasPersonalPronoun(candidate.Sentence))) yield return (kind, hit.Confidence, hit);
                continue;
            }
            if (scores[k] >= Sweep.Lowest) yield return (kind, scores[k], hit);
        }
    }

    private string Why(GateVerdict gate, Candidate candidate, ArtifactKind kind, double confidence)
    {
        var rules = candidate.RuleHits.Count == 0 ? "no rule fired"
            : "rules: " + string.Join(", ", candidate.RuleHits.Select(h => $"{h.Kind.Name()} {h.Confidence:0.00}"));
        var decided = _model is null || _model.Settings.RulesDecideKind(kind) ? $"rule confidence {confidence:0.00} (the rules decide {kind.Name()})"
            : confidence >= _model.Settings.Threshold ? $"model {kind.Name()} {confidence:0.00} ≥ threshold {_model.Settings.Threshold:0.00}"
            : $"model {kind.Name()} {confidence:0.00} below the model's threshold {_model.Settings.Threshold:0.00}, kept at {MinConfidence:0.00}";
        return $"gate: {gate.Reason}; {(candidate.IsSubject ? "subject line" : $"sentence {candidate.Position + 1}")}; {rules}; {decided}";
    }

    private static string Evidence(string sentence) =>
        sentence.Length <= MaxEvidenceChars ? sentence : sentence[..MaxEvidenceChars].TrimEnd() + "…";

    [GeneratedRegex(@"^(?:all[._]|everyone|undisclosed|[\w.]*\.?dl-)|^[\w.-]*(?:distribution|_all|\.all)@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DistributionList();
}
