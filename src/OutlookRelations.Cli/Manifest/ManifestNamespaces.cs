using System.Xml.Linq;

namespace OutlookRelations.Cli.Manifest;

/// <summary>The four XML namespaces of a mail add-in manifest, as [MS-OWEMXML] names them.</summary>
internal static class ManifestNamespaces
{
    public static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    public static readonly XNamespace BasicTypes = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    public static readonly XNamespace Overrides = "http://schemas.microsoft.com/office/mailappversionoverrides";
    public static readonly XNamespace Overrides11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
}
