using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Memory.Learning;

/// <summary>One label of the development set: who a detail is about, its kind, and the words it was read from.</summary>
public sealed record DetailLabel(string About, ArtifactKind Kind, string Evidence);

/// <summary>A labelled message: the message itself, its cross-validation fold, and its labels (none for most).</summary>
public sealed record LabelledMail(MailMessage Message, int Fold, IReadOnlyList<DetailLabel> Labels);
