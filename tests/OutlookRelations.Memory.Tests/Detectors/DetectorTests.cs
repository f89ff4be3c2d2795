using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Extraction.Detectors;

namespace OutlookRelations.Memory.Tests.Detectors;

/// <summary>Each detector on its own: what it must find, and what it must leave alone.</summary>
public sealed class DetectorTests
{
    // A rule that leaves the subject to context is resolved as the extractor resolves it.
    private static List<Detection> Run(IDetector detector, string sentence) => [.. detector.Detect(new Sentence(sentence)).Select(d =>
        d.About == Subject.FromContext ? d with { About = Perspective.Resolve(new Sentence(sentence), d.Index, d.Length) } : d)];

    [Theory]
    [InlineData("I'll send you the revised contract tomorrow.")]
    [InlineData("I will call you Monday to go over it.")]
    [InlineData("Will let you know when the decision is made.")]
    [InlineData("We'll get back to you by Friday.")]
    public void Commitment_finds_first_person_promises(string sentence) =>
        Assert.Contains(Run(new CommitmentDetector(), sentence), d => d.About == Subject.Speaker);

    [Theory]
    [InlineData("Will you send me the contract?")]
    [InlineData("If for any reason the charts fail, I will email them.")]
    [InlineData("I'll try to call you later.")]
    [InlineData("She will send the contract.")]
    public void Commitment_ignores_questions_conditions_and_others(string sentence) =>
        Assert.Empty(Run(new CommitmentDetector(), sentence));

    [Theory]
    [InlineData("I'm on vacation and unreachable the 21st through the 23d.", Subject.Speaker)]
    [InlineData("How was your trip?", Subject.Addressee)]
    [InlineData("Have a great time in BC.", Subject.Addressee)]
    [InlineData("We went to Colorado last week.", Subject.Speaker)]
    public void Travel_finds_personal_trips(string sentence, Subject about) =>
        Assert.Contains(Run(new TravelDetector(), sentence), d => d.About == about);

    [Theory]
    [InlineData("I need a vacation.")]
    [InlineData("Please book my business trip to Portland.")]
    [InlineData("Start your holiday shopping now.")]
    [InlineData("Have a great weekend.")]
    public void Travel_ignores_wishes_business_and_shopping(string sentence) =>
        Assert.Empty(Run(new TravelDetector(), sentence));

    [Theory]
    [InlineData("My daughter has reservations in London.", Subject.Speaker)]
    [InlineData("How is your wife doing?", Subject.Addressee)]
    [InlineData("On the advice of my much esteemed spouse, I agree.", Subject.Speaker)]
    [InlineData("Parents are building a home.", Subject.Speaker)]
    [InlineData("Hey pops, here are the numbers.", Subject.Speaker)]
    public void Family_finds_relatives(string sentence, Subject about) =>
        Assert.Contains(Run(new FamilyDetector(), sentence), d => d.About == about);

    [Theory]
    [InlineData("Our family of companies grows.")]
    [InlineData("The folks at Dynegy sent job postings.")]
    public void Family_ignores_figures_of_speech(string sentence) => Assert.Empty(Run(new FamilyDetector(), sentence));

    [Theory]
    [InlineData("Thanks for remembering my birthday.", Subject.Speaker)]
    [InlineData("Happy birthday!", Subject.Addressee)]
    [InlineData("in honor of my 32nd birthday", Subject.Speaker)]
    public void Birthday_finds_whose_birthday(string sentence, Subject about) =>
        Assert.Contains(Run(new BirthdayDetector(), sentence), d => d.About == about);

    [Theory]
    [InlineData("Happy anniversary to you both!", Subject.Addressee)]
    [InlineData("Our 10th wedding anniversary is next week.", Subject.Speaker)]
    public void Anniversary_finds_whose_anniversary(string sentence, Subject about) =>
        Assert.Contains(Run(new AnniversaryDetector(), sentence), d => d.About == about);

    [Theory]
    [InlineData("Our new puppy chewed the remote.", Subject.Speaker)]
    [InlineData("How is your dog?", Subject.Addressee)]
    public void Pet_finds_pets(string sentence, Subject about) => Assert.Contains(Run(new PetDetector(), sentence), d => d.About == about);

    [Fact]
    public void Pet_ignores_pet_projects() => Assert.Empty(Run(new PetDetector(), "This is my pet project."));

    [Theory]
    [InlineData("We drink a bunch of beer and pretend to play golf.")]
    [InlineData("I went skiing on Sunday.")]
    [InlineData("Are you still in the fantasy football league?")]
    public void Interest_finds_hobbies(string sentence) => Assert.NotEmpty(Run(new InterestDetector(), sentence));

    [Theory]
    [InlineData("my home number is 713-463-8626", Subject.Speaker)]
    [InlineData("you can contact me at my Enron number, otherwise at 713-592-9723", Subject.Speaker)]
    [InlineData("my preference is that you deal directly with Todd", Subject.Speaker)]
    public void Preference_finds_how_people_like_to_be_reached(string sentence, Subject about) =>
        Assert.Contains(Run(new PreferenceDetector(), sentence), d => d.About == about);

    [Fact]
    public void Preference_ignores_boilerplate_contact_lines() =>
        Assert.Empty(Run(new PreferenceDetector(), "If you have any questions, please contact me at (512) 370-2836."));

    [Theory]
    [InlineData("We are getting married in October.", false)]
    [InlineData("Thanks for the email regarding my baby.", false)]
    [InlineData("Make sure you and Amy get well.", true)]
    [InlineData("I was so sorry to hear your father passed away.", true)]
    public void Life_events_are_found_and_health_and_bereavement_are_sensitive(string sentence, bool sensitive) =>
        Assert.Contains(Run(new LifeEventDetector(), sentence), d => d.Sensitive == sensitive);

    [Theory]
    [InlineData("I feel better already.")]
    [InlineData("As we've moved into deregulation, more entities connect.")]
    public void Life_events_ignore_figures_of_speech(string sentence) => Assert.Empty(Run(new LifeEventDetector(), sentence));

    [Theory]
    [InlineData("Congratulations on your new responsibilities.", Subject.Addressee)]
    [InlineData("Got the job.", Subject.Speaker)]
    [InlineData("She will be leaving Enron effective April 30.", Subject.ThirdParty)]
    public void Work_change_finds_new_jobs_and_departures(string sentence, Subject about) =>
        Assert.Contains(Run(new WorkChangeDetector(), sentence), d => d.About == about);

    [Fact]
    public void Work_change_ignores_someone_elses_resignation_in_the_news() =>
        Assert.Empty(Run(new WorkChangeDetector(), "I really expected a Fastow resignation."));

    [Theory]
    [InlineData("We have decided to postpone the floor build out for a few weeks.")]
    [InlineData("This is the kind of significant organizational change we expected.")]
    public void Company_news_finds_changes_to_the_organisation(string sentence) => Assert.NotEmpty(Run(new CompanyNewsDetector(), sentence));

    [Theory]
    [InlineData("Thank you for renewing and for the nice compliment.", Subject.Addressee)]
    [InlineData("I'm very disappointed with the delays.", Subject.Speaker)]
    public void Feedback_finds_who_gives_it(string sentence, Subject about) =>
        Assert.Contains(Run(new FeedbackDetector(), sentence), d => d.About == about);
}
