using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Reports;

namespace OutlookRelations.Benchmarks;

/// <summary>
/// A tenant made up for the reports benchmark: users × contacts relationships, each with a year of
/// mail in conversations (a few to a few dozen messages) and the odd meeting. Same seed, same tenant.
/// </summary>
internal static class GeneratedTenant
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static (IReadOnlyList<ReportCalculator.ReportPerson> People, Dictionary<long, ReportCalculator.ReportContact> Contacts, List<PairHistory> Histories)
        Build(int users, int contactsPerUser)
    {
        var random = new Random(2026);
        var people = Enumerable.Range(0, users).Select(u => new ReportCalculator.ReportPerson(Guid.NewGuid(), $"user{u:D3}@fabrikam.example", $"User {u:D3}")).ToList();
        var contacts = new Dictionary<long, ReportCalculator.ReportContact>();
        var histories = new List<PairHistory>(users * contactsPerUser);
        long contactId = 0, messageId = 0;
        foreach (var person in people)
        {
            for (var c = 0; c < contactsPerUser; c++)
            {
                var org = random.Next(400);
                // A few contacts have names that look like formulas: they must come out as text.
                var name = random.Next(1000) == 0 ? $"=HYPERLINK(\"x\",\"{c}\")" : $"Contact {c} of {person.Name}";
                contacts[++contactId] = new ReportCalculator.ReportContact($"c{contactId}@org{org}.example", name, $"Organisation {org}");
                var messages = new List<PairMessage>();
                for (var t = random.Next(0, 6); t > 0; t--)
                {
                    var at = Now.AddDays(-random.Next(365)).AddMinutes(random.Next(1440));
                    var side = (Side)random.Next(2);
                    var conversation = $"{contactId}-{t}";
                    for (var k = random.Next(1, 8); k > 0; k--)
                    {
                        messages.Add(new PairMessage(++messageId, conversation, side, at, random.Next(8) == 0));
                        at = at.AddHours(random.Next(1, 96));
                        if (random.Next(3) > 0) side = side == Side.Owner ? Side.Contact : Side.Owner;
                    }
                }
                var meetings = Enumerable.Range(0, random.Next(3) == 0 ? random.Next(1, 4) : 0)
                    .Select(_ => Now.AddDays(-random.Next(365))).Select(s => new PairMeeting(s, s.AddMinutes(30 * random.Next(1, 4)))).ToList();
                histories.Add(new PairHistory(person.Id, contactId, messages, meetings));
            }
        }
        return (people, contacts, histories);
    }
}
