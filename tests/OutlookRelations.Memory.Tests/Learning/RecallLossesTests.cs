using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Learning;

namespace OutlookRelations.Memory.Tests.Learning;

/// <summary>Each lost label is put down to the first stage that lost it, in the pipeline's order.</summary>
public sealed class RecallLossesTests
{
    private static readonly LabelledMail Personal = new(Mail.Message("Hi Ben,\n\nI'm off to Cabo with the kids next week. I will send you the contract on Monday.\n\nAna"), 0,
    [
        new(Mail.Writer, ArtifactKind.Travel, "I'm off to Cabo with the kids next week"),
        new(Mail.Writer, ArtifactKind.Commitment, "I will send you the contract on Monday"),
        new(Mail.Writer, ArtifactKind.Family, "my daughter's recital"), // in no sentence of this message
    ]);

    private static Artifact Detail(ArtifactKind kind, double confidence, string about = Mail.Writer) =>
        new("<test@example>", about, kind, "", "", null, confidence, false);

    private static RecallLoss[] Losses(params Artifact[] found) =>
        [.. RecallLosses.Of([Personal], found, threshold: 0.5).Select(l => l.Loss)];

    [Fact]
    public void A_detail_at_the_threshold_is_found_and_evidence_in_no_kept_sentence_is_lost_to_cleaning()
    {
        Assert.Equal([RecallLoss.Found, RecallLoss.Found, RecallLoss.NoSentence], Losses(Detail(ArtifactKind.Travel, 0.9), Detail(ArtifactKind.Commitment, 0.5)));
    }

    [Fact]
    public void The_right_kind_for_another_person_is_attribution_another_kind_is_the_kind_and_a_low_score_the_threshold()
    {
        Assert.Equal([RecallLoss.WrongPerson, RecallLoss.BelowThreshold, RecallLoss.NoSentence],
            Losses(Detail(ArtifactKind.Travel, 0.9, about: Mail.Reader), Detail(ArtifactKind.Commitment, 0.2)));
        Assert.Equal([RecallLoss.WrongKind, RecallLoss.WrongKind, RecallLoss.NoSentence], Losses(Detail(ArtifactKind.Interest, 0.9)));
        Assert.Equal([RecallLoss.NotScored, RecallLoss.NotScored, RecallLoss.NoSentence], Losses());
    }

    [Fact]
    public void A_personal_kind_in_mail_to_many_people_is_lost_to_the_broadcast_rule_and_work_news_is_not()
    {
        var many = Enumerable.Range(0, ArtifactExtractor.BroadcastRecipients).Select(n => $"colleague{n}@contoso.example").ToArray();
        var message = Mail.Message("All,\n\nAs some of you know, I resigned today. I'm off to Cabo with the kids next week.\n\nAna", to: many[0], cc: many[1..]);
        var mail = new LabelledMail(message, 0,
            [new(Mail.Writer, ArtifactKind.Travel, "I'm off to Cabo with the kids next week"), new(Mail.Writer, ArtifactKind.WorkChange, "I resigned today")]);

        Assert.Equal([RecallLoss.Broadcast, RecallLoss.NotScored], RecallLosses.Of([mail], [], 0.5).Select(l => l.Loss));
    }

    [Fact]
    public void Every_label_of_a_message_the_gate_turns_away_is_lost_to_the_gate()
    {
        var bulk = new LabelledMail(Mail.Parse("""
            From: news@lists.example
            To: undisclosed-recipients:;
            Subject: Weekly digest
            Message-ID: <bulk@example>
            List-Unsubscribe: <mailto:leave@lists.example>
            Precedence: bulk
            Date: Wed, 4 Apr 2001 09:30:00 -0500

            I'm off to Cabo next week.
            """), 0, [new("news@lists.example", ArtifactKind.Travel, "I'm off to Cabo next week")]);

        Assert.Equal(RecallLoss.GatedOut, RecallLosses.Of([bulk], [], 0.5).Single().Loss);
    }
}
