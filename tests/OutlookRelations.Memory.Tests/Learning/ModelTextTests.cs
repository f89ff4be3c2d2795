using OutlookRelations.Memory.Learning;

namespace OutlookRelations.Memory.Tests.Learning;

public sealed class ModelTextTests
{
    [Fact]
    public void Participants_names_become_a_placeholder_and_digits_fold()
    {
        var message = Mail.Message("x", to: "janice.moore@enron.com") with { From = new("phillip.allen@enron.com", "Phillip K Allen") };
        var text = new ModelText(message);
        Assert.Equal("congrats someone, see you on 00/00 with someone", text.Normalize("Congrats Janice, see you on 12/05 with Phillip"));
        // Someone who is not on the message keeps their name: it is not a participant's.
        Assert.Equal("bryan's birthday", text.Normalize("Bryan's birthday"));
    }
}
