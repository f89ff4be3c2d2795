using System.Xml.Linq;
using static OutlookRelations.Cli.Manifest.ManifestNamespaces;

namespace OutlookRelations.Cli.Manifest;

/// <summary>
/// The VersionOverrides part of the XML manifest: one ribbon button that opens the task pane, on the
/// message read and compose surfaces. 1.0 is for Mailbox 1.3 clients; the nested 1.1 repeats it with
/// pinning and adds WebApplicationInfo, and clients that understand 1.1 use only that.
/// </summary>
internal static class XmlVersionOverrides
{
    private const string PaneUrlId = "Taskpane.Url";
    private const string GroupLabelId = "Group.Label";
    private const string ButtonLabelId = "Button.Label";
    private const string ButtonTipId = "Button.Tooltip";

    public static XElement Build(AddinInputs inputs) =>
        new(Overrides + "VersionOverrides",
            new XAttribute("xmlns", Overrides.NamespaceName),
            new XAttribute(Xsi + "type", "VersionOverridesV1_0"),
            Requirements(Overrides, AddinLayout.CommandsMailboxVersion),
            Hosts(Overrides, pinnable: false),
            Resources(Overrides, inputs),
            new XElement(Overrides11 + "VersionOverrides",
                new XAttribute("xmlns", Overrides11.NamespaceName),
                new XAttribute(Xsi + "type", "VersionOverridesV1_1"),
                Requirements(Overrides11, AddinLayout.SsoMailboxVersion),
                Hosts(Overrides11, pinnable: true),
                Resources(Overrides11, inputs),
                new XElement(Overrides11 + "WebApplicationInfo",
                    new XElement(Overrides11 + "Id", inputs.AppId.ToString("D")),
                    new XElement(Overrides11 + "Resource", inputs.ApiResource),
                    new XElement(Overrides11 + "Scopes",
                        new XElement(Overrides11 + "Scope", "openid"),
                        new XElement(Overrides11 + "Scope", "profile")))));

    private static XElement Requirements(XNamespace ns, string mailboxVersion) =>
        new(ns + "Requirements",
            new XElement(BasicTypes + "Sets", new XAttribute("DefaultMinVersion", mailboxVersion),
                new XElement(BasicTypes + "Set", new XAttribute("Name", "Mailbox"))));

    private static XElement Hosts(XNamespace ns, bool pinnable) =>
        new(ns + "Hosts",
            new XElement(ns + "Host", new XAttribute(Xsi + "type", "MailHost"),
                new XElement(ns + "DesktopFormFactor",
                    Surface(ns, "MessageReadCommandSurface", "read", pinnable),
                    Surface(ns, "MessageComposeCommandSurface", "compose", pinnable),
                    // A meeting's brief, as attendee and as organizer. Pinning is declared for mail only:
                    // Outlook keeps a pinned pane across messages, not calendar items.
                    Surface(ns, "AppointmentAttendeeCommandSurface", "attendee", pinnable: false),
                    Surface(ns, "AppointmentOrganizerCommandSurface", "organizer", pinnable: false))));

    private static XElement Surface(XNamespace ns, string surface, string mode, bool pinnable) =>
        new(ns + "ExtensionPoint", new XAttribute(Xsi + "type", surface),
            new XElement(ns + "OfficeTab", new XAttribute("id", "TabDefault"),
                new XElement(ns + "Group", new XAttribute("id", $"relations.{mode}.group"),
                    new XElement(ns + "Label", new XAttribute("resid", GroupLabelId)),
                    new XElement(ns + "Control", new XAttribute(Xsi + "type", "Button"),
                        new XAttribute("id", $"relations.{mode}.open"),
                        new XElement(ns + "Label", new XAttribute("resid", ButtonLabelId)),
                        new XElement(ns + "Supertip",
                            new XElement(ns + "Title", new XAttribute("resid", ButtonLabelId)),
                            new XElement(ns + "Description", new XAttribute("resid", ButtonTipId))),
                        new XElement(ns + "Icon", AddinLayout.ButtonIconSizes.Select(size =>
                            new XElement(BasicTypes + "Image", new XAttribute("size", size),
                                new XAttribute("resid", IconId(size))))),
                        ShowTaskpane(ns, pinnable)))));

    private static XElement ShowTaskpane(XNamespace ns, bool pinnable)
    {
        var action = new XElement(ns + "Action", new XAttribute(Xsi + "type", "ShowTaskpane"),
            new XElement(ns + "SourceLocation", new XAttribute("resid", PaneUrlId)));
        if (pinnable) action.Add(new XElement(ns + "SupportsPinning", "true"));
        return action;
    }

    private static XElement Resources(XNamespace ns, AddinInputs inputs) =>
        new(ns + "Resources",
            new XElement(BasicTypes + "Images", AddinLayout.ButtonIconSizes.Select(size =>
                Resource("Image", IconId(size), inputs.Url(AddinLayout.IconPath(size))))),
            new XElement(BasicTypes + "Urls", Resource("Url", PaneUrlId, inputs.Url(AddinLayout.TaskPanePath))),
            new XElement(BasicTypes + "ShortStrings",
                Resource("String", GroupLabelId, AddinLayout.GroupLabel),
                Resource("String", ButtonLabelId, AddinLayout.ButtonLabel)),
            new XElement(BasicTypes + "LongStrings", Resource("String", ButtonTipId, AddinLayout.ShortDescription)));

    private static XElement Resource(string element, string id, string value) =>
        new(BasicTypes + element, new XAttribute("id", id), new XAttribute("DefaultValue", value));

    private static string IconId(int size) => $"Icon.{size}x{size}";
}
