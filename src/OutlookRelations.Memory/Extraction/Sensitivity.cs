using System.Text.RegularExpressions;

namespace OutlookRelations.Memory.Extraction;

/// <summary>
/// Health, bereavement, religion and politics: details a tenant may choose not to collect and
/// that the sidebar treats with care. A detector can mark a rule sensitive; this catches the rest.
/// </summary>
public static partial class Sensitivity
{
    public static bool IsSensitive(string sentence) => Words().IsMatch(sentence);

    // Four families of meaning, each with the forms people write: health (an illness, its treatment
    // and recovery, of the person or their family: "her condition", "rehab", "chemo"), bereavement,
    // religion and politics.
    [GeneratedRegex(@"\b(?:"
        + @"cancer|tumou?r|leuk[ae]mia|chemo\w*|radiation (?:treatment|therapy)|surgery|surgeries|hospital\w*|hospice|ICU|er visit|"
        + @"therapy|physical therapy|rehab\w*|(?:my|his|her|your|their) treatments?|diagnos\w*|illness|ill|sick|disease|(?:a|had a|suffered a) stroke|heart attack|seizure|injur\w*|broke (?:my|his|her|your) \w+|"
        + @"recovering from|(?:speedy|quick|full) recovery|(?:my|his|her|your|their|(?:wife|husband|mother|father|mom|dad|son|daughter|brother|sister|child|baby|grandmother|grandfather)'s) condition|doctors?|pregnan\w*|miscarriage|depression|medication|"
        + @"funeral|passed away|passed on|condolences?|died|death|memorial|grie(?:f|ving)|widow\w*|sympathy|"
        + @"church|pray(?:er|ers|ing)?|relig\w*|synagogue|mosque|temple|bible|god bless|faith|pastor|baptism|christening|mitzvah|ramadan|"
        + @"politic\w*|election|republican|democrat|vote for)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
