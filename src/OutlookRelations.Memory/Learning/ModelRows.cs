using Microsoft.ML.Data;

namespace OutlookRelations.Memory.Learning;

/// <summary>One candidate as the model sees it. <see cref="Label"/> and <see cref="Weight"/> matter only in training.</summary>
public sealed class ModelInput
{
    public string Text { get; set; } = "";

    [VectorType(Learning.Cues.Count)]
    public float[] Cues { get; set; } = [];

    public string Label { get; set; } = DetailModel.NoDetail;

    public bool IsDetail { get; set; }

    public float Weight { get; set; } = 1f;
}

/// <summary>The detector's answer: how likely the candidate carries any detail.</summary>
public sealed class DetectorOutput
{
    public float Probability { get; set; }
}

/// <summary>The kind model's answer: a probability per kind, in <see cref="DetailModel.Kinds"/> order.</summary>
public sealed class KindOutput
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
