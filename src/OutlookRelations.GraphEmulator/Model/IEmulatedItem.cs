namespace OutlookRelations.GraphEmulator.Model;

/// <summary>Anything a delta change log can track: it only needs a stable Graph id.</summary>
public interface IEmulatedItem
{
    string Id { get; }
}
