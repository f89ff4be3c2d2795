using OutlookRelations.Server.Conventions;
using OutlookRelations.Server.Reports;

namespace OutlookRelations.Server.Tests.Hosting;

/// <summary>The one enum parser for outside input takes a declared name, in any case, and nothing else.</summary>
public sealed class StrictEnumTests
{
    [Theory]
    [InlineData("me", ReportScope.Me)]
    [InlineData("Team", ReportScope.Team)]
    [InlineData("ORGANISATION", ReportScope.Organisation)]
    public void A_declared_name_in_any_case_is_read(string text, ReportScope expected)
    {
        Assert.True(StrictEnum.TryParse<ReportScope>(text, out var scope));
        Assert.Equal(expected, scope);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("Team, Organisation")]
    [InlineData("team,organisation")]
    [InlineData(" me")]
    [InlineData("me ")]
    [InlineData("everyone")]
    public void Numbers_lists_padding_and_unknown_names_are_not(string? text)
    {
        Assert.False(StrictEnum.TryParse<ReportScope>(text, out _));
        // What Enum.TryParse would have made of some of them.
        if (text is "2" or "Team, Organisation") Assert.True(Enum.TryParse<ReportScope>(text, ignoreCase: true, out _));
    }

    [Fact]
    public void The_allowed_values_read_as_a_sentence() =>
        Assert.Equal("\"me\", \"team\" or \"organisation\"", StrictEnum.Allowed<ReportScope>());
}
