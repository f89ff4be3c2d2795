namespace OutlookRelations.Cli.Manifest;

/// <summary>
/// What the add-in is, in words and paths: shared by both manifest formats and by the validator.
/// The server serves these paths from wwwroot (the task pane build copies public/assets there).
/// </summary>
internal static class AddinLayout
{
    public const string Name = "OutlookRelations";
    public const string FullName = "OutlookRelations: remember the people you write to";
    public const string ProviderName = "OutlookRelations";
    public const string ShortDescription = "What you know about the people you are writing to, from your own mail.";
    public const string LongDescription =
        "Shows, for each recipient, the personal details remembered from past mail, upcoming dates, open loops " +
        "and how the relationship is trending, while you read and write.";
    public const string ButtonLabel = "Relations";
    public const string GroupLabel = "OutlookRelations";
    public const string AccentColor = "#0F6CBD";

    public const string TaskPanePath = "/taskpane.html";
    public const string PrivacyPath = "/privacy.html";
    public const string TermsPath = "/terms.html";

    /// <summary>Ribbon button icons: Outlook asks for exactly these three sizes.</summary>
    public static readonly int[] ButtonIconSizes = [16, 32, 80];
    public const int IconSize = 64;
    public const int HighResolutionIconSize = 128;

    public static string IconPath(int size) => $"/assets/icon-{size}.png";

    /// <summary>The unified manifest's package icons, shipped inside the app package.</summary>
    public const string ColorIconFile = "color.png";
    public const int ColorIconSize = 192;
    public const string OutlineIconFile = "outline.png";
    public const int OutlineIconSize = 32;

    /// <summary>
    /// Mailbox 1.1 is all the base manifest needs; the ribbon buttons need 1.3 (VersionOverrides 1.0);
    /// pinning and single sign-on need 1.5 (VersionOverrides 1.1). RecipientsChanged needs 1.7 and the
    /// pane checks for it at run time instead of refusing to load on older clients.
    /// </summary>
    public const string BaseMailboxVersion = "1.1";
    public const string CommandsMailboxVersion = "1.3";
    public const string SsoMailboxVersion = "1.5";
}
