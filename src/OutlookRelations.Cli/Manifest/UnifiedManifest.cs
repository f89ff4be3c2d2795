using System.Text.Json.Nodes;

namespace OutlookRelations.Cli.Manifest;

/// <summary>
/// The unified app manifest for Microsoft 365 (JSON, schema 1.17, the first that carries Outlook
/// add-ins as "extensions"): the same pane, button, surfaces and app registration as the XML manifest.
/// </summary>
internal static class UnifiedManifest
{
    public const string SchemaVersion = "1.17";
    private const string RuntimeId = "TaskPaneRuntime";
    private const string ShowPaneAction = "ShowRelationsPane";

    public static JsonObject Build(AddinInputs inputs) => new()
    {
        ["$schema"] = $"https://developer.microsoft.com/json-schemas/teams/v{SchemaVersion}/MicrosoftTeams.schema.json",
        ["manifestVersion"] = SchemaVersion,
        ["id"] = inputs.AppId.ToString("D"),
        ["version"] = inputs.Version,
        ["name"] = new JsonObject { ["short"] = AddinLayout.Name, ["full"] = AddinLayout.FullName },
        ["description"] = new JsonObject
        {
            ["short"] = AddinLayout.ShortDescription,
            ["full"] = AddinLayout.LongDescription,
        },
        ["developer"] = new JsonObject
        {
            ["name"] = AddinLayout.ProviderName,
            ["websiteUrl"] = inputs.Url("/"),
            ["privacyUrl"] = inputs.Url(AddinLayout.PrivacyPath),
            ["termsOfUseUrl"] = inputs.Url(AddinLayout.TermsPath),
        },
        ["icons"] = new JsonObject
        {
            ["color"] = AddinLayout.ColorIconFile,
            ["outline"] = AddinLayout.OutlineIconFile,
        },
        ["accentColor"] = AddinLayout.AccentColor,
        ["localizationInfo"] = new JsonObject { ["defaultLanguageTag"] = "en-us" },
        ["validDomains"] = new JsonArray(inputs.Host.Authority),
        ["webApplicationInfo"] = new JsonObject
        {
            ["id"] = inputs.AppId.ToString("D"),
            ["resource"] = inputs.ApiResource,
        },
        // The least the pane needs: read the item being read or composed (its sender and recipients).
        ["authorization"] = new JsonObject
        {
            ["permissions"] = new JsonObject
            {
                ["resourceSpecific"] = new JsonArray(new JsonObject
                {
                    ["name"] = "MailboxItem.Read.User",
                    ["type"] = "Delegated",
                }),
            },
        },
        ["extensions"] = new JsonArray(Extension(inputs)),
    };

    private static JsonObject Extension(AddinInputs inputs) => new()
    {
        ["requirements"] = new JsonObject
        {
            ["scopes"] = new JsonArray("mail"),
            ["capabilities"] = new JsonArray(Mailbox(AddinLayout.SsoMailboxVersion)),
        },
        ["runtimes"] = new JsonArray(new JsonObject
        {
            ["requirements"] = new JsonObject { ["capabilities"] = new JsonArray(Mailbox(AddinLayout.SsoMailboxVersion)) },
            ["id"] = RuntimeId,
            ["type"] = "general",
            ["code"] = new JsonObject { ["page"] = inputs.Url(AddinLayout.TaskPanePath) },
            ["lifetime"] = "short",
            ["actions"] = new JsonArray(new JsonObject
            {
                ["id"] = ShowPaneAction,
                ["type"] = "openPage",
                ["pinnable"] = true,
                ["view"] = "dashboard",
            }),
        }),
        ["ribbons"] = new JsonArray(new JsonObject
        {
            ["contexts"] = new JsonArray("mailRead", "mailCompose", "meetingDetailsAttendee", "meetingDetailsOrganizer"),
            ["tabs"] = new JsonArray(new JsonObject
            {
                ["builtInTabId"] = "TabDefault",
                ["groups"] = new JsonArray(new JsonObject
                {
                    ["id"] = "relationsGroup",
                    ["label"] = AddinLayout.GroupLabel,
                    ["icons"] = Icons(inputs),
                    ["controls"] = new JsonArray(new JsonObject
                    {
                        ["id"] = "relationsOpenPane",
                        ["type"] = "button",
                        ["label"] = AddinLayout.ButtonLabel,
                        ["icons"] = Icons(inputs),
                        ["supertip"] = new JsonObject
                        {
                            ["title"] = AddinLayout.ButtonLabel,
                            ["description"] = AddinLayout.ShortDescription,
                        },
                        ["actionId"] = ShowPaneAction,
                    }),
                }),
            }),
        }),
    };

    private static JsonObject Mailbox(string minVersion) => new() { ["name"] = "Mailbox", ["minVersion"] = minVersion };

    private static JsonArray Icons(AddinInputs inputs) =>
        new(AddinLayout.ButtonIconSizes
            .Select(size => (JsonNode)new JsonObject { ["size"] = size, ["url"] = inputs.Url(AddinLayout.IconPath(size)) })
            .ToArray());
}
