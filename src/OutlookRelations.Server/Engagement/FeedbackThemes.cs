using System.Text.RegularExpressions;

namespace OutlookRelations.Server.Engagement;

/// <summary>What a piece of customer feedback is: a complaint, an annoyance or praise.</summary>
public enum FeedbackTheme { Complaint, Annoyance, Praise, Other }

/// <summary>
/// Sorts remembered feedback by the words of its evidence. A short, stated list (the Definitions
/// sheet prints it), not a fitted model: the labelled set has ten feedback messages, too few to
/// learn themes from or to measure a classifier on, and a list a manager can read is honest about
/// what it does. Annoyance is checked before complaint, so "frustrated with" is not a complaint.
/// </summary>
public static partial class FeedbackThemes
{
    public const string Words =
        "annoyance: annoyed, annoying, frustrated, frustrating, irritated, fed up; " +
        "complaint: disappointed, unhappy, dissatisfied, complaint, unacceptable, ashamed, poor, problem; " +
        "praise: thank, thanks, compliment, great, excellent, impressed, appreciate, well done";

    public static FeedbackTheme Of(string evidence, string summary)
    {
        var text = evidence + " " + summary;
        if (Annoyance().IsMatch(text)) return FeedbackTheme.Annoyance;
        if (Complaint().IsMatch(text)) return FeedbackTheme.Complaint;
        if (Praise().IsMatch(text)) return FeedbackTheme.Praise;
        return FeedbackTheme.Other;
    }

    public static string Name(FeedbackTheme theme) => theme switch
    {
        FeedbackTheme.Complaint => "complaint",
        FeedbackTheme.Annoyance => "annoyance",
        FeedbackTheme.Praise => "praise",
        _ => "other feedback",
    };

    [GeneratedRegex(@"\b(?:annoy(?:ed|ing)|frustrat(?:ed|ing)|irritat(?:ed|ing)|fed up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Annoyance();

    [GeneratedRegex(@"\b(?:disappoint(?:ed|ing)|unhappy|dissatisfied|complain(?:t|ts|ed)?|unacceptable|ashamed|poor|problems?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Complaint();

    [GeneratedRegex(@"\b(?:thank(?:s| you)?|compliments?|great|excellent|impressed|appreciated?|well done)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Praise();
}
