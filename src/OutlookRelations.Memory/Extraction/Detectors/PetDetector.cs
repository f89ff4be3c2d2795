namespace OutlookRelations.Memory.Extraction.Detectors;

/// <summary>Pets: "our new puppy", "how is your dog?".</summary>
public sealed class PetDetector : RuleDetector
{
    private const string Animals = @"(?:dogs?|cats?|puppy|puppies|kittens?|pup|horses?|pony|parrot|pets?|labrador|lab|retriever|terrier|beagle|poodle|greyhound|spaniel)";

    public override ArtifactKind Kind => ArtifactKind.Pet;

    protected override IReadOnlyList<string> Triggers { get; } = ["dog", "cat", "pupp", "kitten", "pup ", "horse", "pony", "parrot", "pet", "lab", "retriever", "terrier", "beagle", "poodle", "greyhound", "spaniel"];

    protected override IReadOnlyList<Rule> Rules { get; } =
    [
        new(@"\b(?:my|our|your)\s+(?:(?:new|little|old|two|three|rescue)\s+)?" + Animals + @"\b", Subject.FromContext, 0.85, "{clause}"),
    ];

    protected override System.Text.RegularExpressions.Regex? Unless { get; } = Pattern(@"\bpet project\b|\bcat(?:egory|alog|ch)\b|\bour lab(?:oratory)?\b|\bdog and pony\b");
}
