using System.Xml.Linq;
using static OutlookRelations.Cli.Manifest.ManifestNamespaces;

namespace OutlookRelations.Cli.Manifest;

/// <summary>
/// The XML add-in manifest (MailApp): the base part for old clients (FormSettings, an ItemIs rule),
/// VersionOverrides 1.0 with the ribbon button on the read and compose surfaces, and nested
/// VersionOverrides 1.1 with a pinnable pane and WebApplicationInfo for single sign-on.
/// </summary>
internal static class XmlManifest
{
    public static XDocument Build(AddinInputs inputs)
    {
        var pane = inputs.Url(AddinLayout.TaskPanePath);
        var root = new XElement(App + "OfficeApp",
            new XAttribute("xmlns", App.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "bt", BasicTypes.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "mailappor", Overrides.NamespaceName),
            new XAttribute(Xsi + "type", "MailApp"),
            new XElement(App + "Id", inputs.AppId.ToString("D")),
            new XElement(App + "Version", inputs.Version),
            new XElement(App + "ProviderName", AddinLayout.ProviderName),
            new XElement(App + "DefaultLocale", "en-US"),
            Setting("DisplayName", AddinLayout.Name),
            Setting("Description", AddinLayout.ShortDescription),
            Setting("IconUrl", inputs.Url(AddinLayout.IconPath(AddinLayout.IconSize))),
            Setting("HighResolutionIconUrl", inputs.Url(AddinLayout.IconPath(AddinLayout.HighResolutionIconSize))),
            Setting("SupportUrl", inputs.Url(AddinLayout.PrivacyPath)),
            new XElement(App + "AppDomains", new XElement(App + "AppDomain", inputs.Origin)),
            new XElement(App + "Hosts", new XElement(App + "Host", new XAttribute("Name", "Mailbox"))),
            new XElement(App + "Requirements",
                new XElement(App + "Sets",
                    new XElement(App + "Set", new XAttribute("Name", "Mailbox"),
                        new XAttribute("MinVersion", AddinLayout.BaseMailboxVersion)))),
            new XElement(App + "FormSettings",
                new XElement(App + "Form", new XAttribute(Xsi + "type", "ItemRead"),
                    new XElement(App + "DesktopSettings", Setting("SourceLocation", pane),
                        new XElement(App + "RequestedHeight", 250))),
                new XElement(App + "Form", new XAttribute(Xsi + "type", "ItemEdit"),
                    new XElement(App + "DesktopSettings", Setting("SourceLocation", pane)))),
            // ReadItem: the pane reads the item's sender and recipients, nothing more.
            new XElement(App + "Permissions", "ReadItem"),
            new XElement(App + "Rule", new XAttribute(Xsi + "type", "RuleCollection"), new XAttribute("Mode", "Or"),
                new XElement(App + "Rule", new XAttribute(Xsi + "type", "ItemIs"),
                    new XAttribute("ItemType", "Message"), new XAttribute("FormType", "Read")),
                new XElement(App + "Rule", new XAttribute(Xsi + "type", "ItemIs"),
                    new XAttribute("ItemType", "Message"), new XAttribute("FormType", "Edit")),
                new XElement(App + "Rule", new XAttribute(Xsi + "type", "ItemIs"),
                    new XAttribute("ItemType", "Appointment"), new XAttribute("FormType", "Read")),
                new XElement(App + "Rule", new XAttribute(Xsi + "type", "ItemIs"),
                    new XAttribute("ItemType", "Appointment"), new XAttribute("FormType", "Edit"))),
            new XElement(App + "DisableEntityHighlighting", "false"),
            XmlVersionOverrides.Build(inputs));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    private static XElement Setting(string name, string value) =>
        new(App + name, new XAttribute("DefaultValue", value));
}
