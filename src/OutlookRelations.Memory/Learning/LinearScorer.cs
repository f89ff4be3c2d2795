using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace OutlookRelations.Memory.Learning;

/// <summary>
/// The trained detector's and kind model's arithmetic, read out of ML.NET's models once and done
/// here per candidate: count the sentence's words and word pairs that have a slot, scale them to
/// unit length, append the cues, then a dot product per model and kind. It gives the scores
/// ML.NET's prediction engines give (a test compares them on every labelled sentence) for a
/// fraction of the cost: the engines run five transforms per sentence and model, and on a first
/// sync reading mail spent most of its time there.
/// <para>
/// It covers the text that ML.NET's featurizer, as <see cref="DetailTrainer"/> sets it up, reduces to
/// "drop punctuation, split on spaces": ASCII without '|' (which joins a word pair's slot name).
/// For anything else <see cref="Score"/> returns null and the engines score it, so no sentence is
/// scored differently.
/// </para>
/// </summary>
internal sealed class LinearScorer
{
    private readonly WordSlots _detectorWords;
    private readonly float[] _detector;
    private readonly float _detectorBias;
    private readonly PlattCalibrator _platt;
    private readonly WordSlots _kindWords;
    private readonly float[][] _kinds;
    private readonly float[] _kindBiases;

    private LinearScorer(WordSlots detectorWords, float[] detector, float detectorBias, PlattCalibrator platt, WordSlots kindWords, float[][] kinds, float[] kindBiases) =>
        (_detectorWords, _detector, _detectorBias, _platt, _kindWords, _kinds, _kindBiases) = (detectorWords, detector, detectorBias, platt, kindWords, kinds, kindBiases);

    /// <summary>Reads the two models; null when either is not the shape <see cref="DetailTrainer"/> makes (then the engines score everything).</summary>
    public static LinearScorer? From(ITransformer detector, ITransformer kinds, DataViewSchema input)
    {
        if (Predictor(detector) is not { Model: CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> binary }) return null;
        if (Predictor(kinds) is not { Model: MaximumEntropyModelParameters multi }) return null;
        // Each model's featurizer learnt its own vocabulary (the kind model's from the positives alone).
        if (WordSlots.Of(detector, input) is not { } detectorWords || WordSlots.Of(kinds, input) is not { } kindWords) return null;

        var weights = binary.SubModel.Weights.ToArray();
        if (weights.Length != detectorWords.Count + Cues.Count) return null;
        VBuffer<float>[] perKind = [];
        multi.GetWeights(ref perKind, out var classes);
        var biases = multi.GetBiases().ToArray();
        if (classes != DetailModel.Kinds.Count || biases.Length != classes || perKind.Any(w => w.Length != kindWords.Count + Cues.Count)) return null;
        var kindWeights = perKind.Select(w => { var dense = new float[w.Length]; w.CopyTo(dense); return dense; }).ToArray();
        return new LinearScorer(detectorWords, weights, binary.SubModel.Bias, binary.Calibrator, kindWords, kindWeights, biases);
    }

    /// <summary>P(detail) × P(kind | detail) per kind, as <see cref="DetailModel.Score"/>; null when the engines must score this text.</summary>
    public float[]? Score(string normalizedText, float[] cues)
    {
        if (Tokens(normalizedText) is not { } tokens) return null;
        if (_detectorWords.Features(tokens) is not { } words || _kindWords.Features(tokens) is not { } kindWords) return null;
        var detail = (float)_platt.PredictProbability((float)Dot(_detector, _detectorBias, words, _detectorWords.Count, cues));

        // The kind model's probabilities: a softmax over each kind's score.
        var raw = new double[_kinds.Length];
        var max = double.NegativeInfinity;
        for (var c = 0; c < raw.Length; c++) max = Math.Max(max, raw[c] = Dot(_kinds[c], _kindBiases[c], kindWords, _kindWords.Count, cues));
        var sum = 0.0;
        for (var c = 0; c < raw.Length; c++) sum += raw[c] = Math.Exp(raw[c] - max);
        var scores = new float[raw.Length];
        for (var c = 0; c < raw.Length; c++) scores[c] = (float)(raw[c] / sum) * detail;
        return scores;
    }

    private static double Dot(float[] weights, float bias, List<(int Slot, double Value)> words, int wordCount, float[] cues)
    {
        var dot = (double)bias;
        foreach (var (slot, value) in words) dot += weights[slot] * value;
        for (var i = 0; i < cues.Length; i++) dot += (double)weights[wordCount + i] * cues[i];
        return dot;
    }

    // ML.NET's normaliser with punctuation off drops each punctuation character; its tokenizer splits
    // on spaces alone. Outside ASCII it also folds diacritics, which is not reproduced here.
    private static string[]? Tokens(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch > 127 || ch == '|') return null;
            if (!char.IsPunctuation(ch)) kept.Append(ch);
        }
        return kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static ISingleFeaturePredictionTransformer<object>? Predictor(ITransformer model) =>
        (model as IEnumerable<ITransformer>)?.LastOrDefault() as ISingleFeaturePredictionTransformer<object>;

    /// <summary>One featurizer's vocabulary: the slot of each word and word pair ("a|b"), from the slot names ML.NET gives them.</summary>
    private sealed class WordSlots(Dictionary<string, int> slots, HashSet<string> ambiguous, int count)
    {
        public int Count => count;

        public static WordSlots? Of(ITransformer model, DataViewSchema input)
        {
            if (model.GetOutputSchema(input).GetColumnOrNull("Words") is not { } column || !column.HasSlotNames()) return null;
            var names = default(VBuffer<ReadOnlyMemory<char>>);
            column.GetSlotNames(ref names);
            var slots = new Dictionary<string, int>(StringComparer.Ordinal);
            var ambiguous = new HashSet<string>(StringComparer.Ordinal);
            var i = 0;
            foreach (var name in names.DenseValues())
            {
                var text = name.ToString();
                if (!slots.TryAdd(text, i)) ambiguous.Add(text);
                i++;
            }
            return new WordSlots(slots, ambiguous, i);
        }

        /// <summary>Term counts scaled to unit length, by slot; null when a name is ambiguous.</summary>
        public List<(int Slot, double Value)>? Features(string[] tokens)
        {
            var counts = new Dictionary<int, int>();
            for (var t = 0; t < tokens.Length; t++)
            {
                if (!Tally(counts, tokens[t])) return null;
                if (t > 0 && !Tally(counts, tokens[t - 1] + "|" + tokens[t])) return null;
            }
            var squares = 0.0;
            foreach (var n in counts.Values) squares += (double)n * n;
            var norm = squares > 0 ? Math.Sqrt(squares) : 1;
            return [.. counts.Select(c => (c.Key, c.Value / norm))];
        }

        private bool Tally(Dictionary<int, int> counts, string name)
        {
            if (ambiguous.Contains(name)) return false;
            if (slots.TryGetValue(name, out var slot)) counts[slot] = counts.GetValueOrDefault(slot) + 1;
            return true;
        }
    }
}
