using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using OutlookRelations.Memory.Extraction;

namespace OutlookRelations.Memory.Learning;

/// <summary>
/// The learned stage: for each candidate sentence, how likely it is to carry a detail of each kind:
/// P(detail) from the detector times P(kind | detail) from the kind model, both linear models over
/// the sentence's words and <see cref="Cues"/>, trained by <see cref="DetailTrainer"/> on the
/// labelled development set. Stored as one file: ML.NET's two models beside the settings chosen in
/// training (the confidence a detail needs to be kept). Safe to share between threads: each thread
/// scores with its own prediction engines.
/// </summary>
public sealed class DetailModel : IDisposable
{
    public const string NoDetail = "none";
    private const string ResourceName = "OutlookRelations.Memory.detail-model.zip";

    /// <summary>The kinds, in the order of the kind model's scores (the order of <see cref="ArtifactKind"/>).</summary>
    public static IReadOnlyList<string> Kinds { get; } = [.. Enum.GetValues<ArtifactKind>().Select(k => k.Name())];

    private static readonly Lazy<DetailModel?> Embedded = new(LoadEmbedded);

    private readonly MLContext _ml;
    private readonly ITransformer _detector;
    private readonly ITransformer _kinds;
    private readonly DataViewSchema _schema;
    private readonly ThreadLocal<(PredictionEngine<ModelInput, DetectorOutput> Detector, PredictionEngine<ModelInput, KindOutput> Kinds)> _engines;
    private readonly LinearScorer? _scorer;

    internal DetailModel(MLContext ml, ITransformer detector, ITransformer kinds, DataViewSchema schema, DetailModelSettings settings)
    {
        _ml = ml;
        _detector = detector;
        _kinds = kinds;
        _schema = schema;
        Settings = settings;
        _engines = new(() => (_ml.Model.CreatePredictionEngine<ModelInput, DetectorOutput>(_detector, _schema),
            _ml.Model.CreatePredictionEngine<ModelInput, KindOutput>(_kinds, _schema)));
        _scorer = LinearScorer.From(detector, kinds, schema);
    }

    /// <summary>The model shipped inside this library, or null in a build made without one.</summary>
    public static DetailModel? Shipped => Embedded.Value;

    public DetailModelSettings Settings { get; }

    /// <summary>Probability of a detail of each kind (in <see cref="Kinds"/> order) for one candidate.</summary>
    public float[] Score(string normalizedText, float[] cues) => _scorer?.Score(normalizedText, cues) ?? ScoreByEngines(normalizedText, cues);

    /// <summary>The scores by the models' arithmetic done directly (<see cref="LinearScorer"/>); null for text it leaves to the engines.</summary>
    internal float[]? ScoreDirectly(string normalizedText, float[] cues) => _scorer?.Score(normalizedText, cues);

    /// <summary>The same scores through ML.NET's prediction engines: for text the direct arithmetic does not cover, and to check it.</summary>
    internal float[] ScoreByEngines(string normalizedText, float[] cues)
    {
        var input = new ModelInput { Text = normalizedText, Cues = cues };
        var (detector, kinds) = _engines.Value;
        var detail = detector.Predict(input).Probability;
        var scores = kinds.Predict(input).Score;
        for (var k = 0; k < scores.Length; k++) scores[k] *= detail;
        return scores;
    }

    public void Save(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using (var entry = zip.CreateEntry("detector.zip").Open()) _ml.Model.Save(_detector, _schema, entry);
        using (var entry = zip.CreateEntry("kinds.zip").Open()) _ml.Model.Save(_kinds, _schema, entry);
        using (var entry = zip.CreateEntry("settings.json").Open()) JsonSerializer.Serialize(entry, Settings);
    }

    public static DetailModel Load(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        DetailModelSettings settings;
        using (var entry = Open(zip, "settings.json")) settings = JsonSerializer.Deserialize<DetailModelSettings>(entry) ?? throw new InvalidDataException("The detail model's settings are empty.");
        var ml = new MLContext(seed: DetailTrainer.Seed);
        var detector = LoadPart(ml, zip, "detector.zip", out var schema);
        var kinds = LoadPart(ml, zip, "kinds.zip", out _);
        return new DetailModel(ml, detector, kinds, schema, settings);
    }

    public void Dispose() => _engines.Dispose();

    private static ITransformer LoadPart(MLContext ml, ZipArchive zip, string name, out DataViewSchema schema)
    {
        using var part = new MemoryStream();
        using (var entry = Open(zip, name)) entry.CopyTo(part);
        part.Position = 0;
        return ml.Model.Load(part, out schema);
    }

    private static Stream Open(ZipArchive zip, string name) =>
        (zip.GetEntry(name) ?? throw new InvalidDataException($"The detail model file has no '{name}'.")).Open();

    private static DetailModel? LoadEmbedded()
    {
        using var stream = typeof(DetailModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}

/// <summary>
/// What training chose beside the weights: the confidence a detail needs, the kinds it saw too few
/// examples of to judge (the hand rules decide those), and what it was trained on.
/// </summary>
public sealed record DetailModelSettings(double Threshold, int Messages, int Examples, int Positives, IReadOnlyList<string> RulesDecide)
{
    public bool RulesDecideKind(ArtifactKind kind) => RulesDecide.Contains(kind.Name());
}
