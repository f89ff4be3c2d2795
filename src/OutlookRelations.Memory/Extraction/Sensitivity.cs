using System.Text.RegularExpressions;

namespace OutlookRelations.Memory.Extraction;

/// <summary>
/// Health, bereavement, religion and politics: details a tenant may choose not to collect and
/// that the sidebar treats with care. A detector can mark a rule sensitive; this catches the rest.
/// </summary>
public static partial class Sensitivity
{
    public static bool IsSensitive(string sentence) => Words().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:church|pray(?:er|ers|ing)?|relig\w*|synagogue|mosque|temple|bible|god bless|baptism|christening|mitzvah|ramadan|"
        + @"politic\w*|election|republican|democrat|vote for|"
        + @"cancer|surgery|hospital\w*|therapy|chemo\w*|illness|diagnos\w*|sick|pregnan\w*|"
        + @"funeral|passed away|condolences?|died|death|memorial)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
