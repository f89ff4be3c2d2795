using OutlookRelations.GraphEmulator.Model;

namespace OutlookRelations.GraphEmulator.Sources;

/// <summary>The demo tenants' people: Fabrikam's four employees (Tailwind Traders' two) and a few hundred customers with personal lives.</summary>
internal static class DemoCast
{
    public static readonly (string Name, string Domain)[] Companies =
    [
        ("Contoso", "contoso.example"), ("Tailspin Toys", "tailspin-toys.example"), ("Northwind Traders", "northwind-traders.example"),
        ("Litware", "litware.example"), ("Adventure Works", "adventure-works.example"), ("Wingtip Toys", "wingtip-toys.example"),
        ("Woodgrove Bank", "woodgrove-bank.example"), ("Proseware", "proseware.example"), ("Lucerne Publishing", "lucerne-publishing.example"),
        ("Coho Winery", "coho-winery.example"), ("Alpine Ski House", "alpine-ski-house.example"), ("Blue Yonder Airlines", "blue-yonder-airlines.example"),
        ("City Power & Light", "city-power-and-light.example"), ("Fourth Coffee", "fourth-coffee.example"), ("Humongous Insurance", "humongous-insurance.example"),
        ("Margie's Travel", "margies-travel.example"), ("Relecloud", "relecloud.example"), ("Southridge Video", "southridge-video.example"),
        ("Trey Research", "trey-research.example"), ("VanArsdel", "vanarsdel.example"), ("Wide World Importers", "wide-world-importers.example"),
        ("A. Datum", "a-datum.example"), ("Bellows College", "bellows-college.example"), ("Fabrikam Partners", "fabrikam-partners.example"),
        ("Graphic Design Institute", "graphic-design-institute.example"), ("Consolidated Messenger", "consolidated-messenger.example"),
        ("Munson's Pickles", "munsons-pickles.example"), ("Best For You Organics", "best-for-you-organics.example"),
        ("Fincher Architects", "fincher-architects.example"), ("Olympia Logistics", "olympia-logistics.example"),
    ];

    private static readonly string[] FirstNames =
    [
        "Ava", "Ben", "Chloe", "Daniel", "Elena", "Farid", "Grace", "Hiro", "Isabel", "Jonas", "Keisha", "Liam", "Maya", "Noah",
        "Olivia", "Pedro", "Quinn", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wes", "Ximena", "Yusuf", "Zoe", "Aaron", "Bianca",
        "Carlos", "Dana", "Emeka", "Fiona", "Gustavo", "Hannah", "Ivan", "Julia", "Kenji", "Leah", "Marco", "Nadia", "Oscar",
        "Priya", "Rafael", "Sofia", "Tomas", "Ulla", "Victor", "Wendy", "Yara", "Zane",
    ];

    private static readonly string[] LastNames =
    [
        "Adams", "Baptiste", "Chen", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen", "Kowalski", "Laurent",
        "Moreno", "Nakamura", "Okafor", "Petrov", "Quintero", "Rossi", "Schmidt", "Tanaka", "Usman", "Varga", "Walsh", "Xu",
        "Yilmaz", "Zhang", "Almeida", "Brennan", "Costa", "Delgado", "Evans", "Ferreira", "Gallagher", "Horvat", "Ibrahim",
    ];

    public static readonly string[] ChildNames = ["Emma", "Leo", "Mia", "Lucas", "Ella", "Max", "Lily", "Sam", "Nora", "Theo"];
    public static readonly string[] ChildEvents = ["piano recital", "graduation", "soccer tournament", "school play", "swim meet", "science fair"];
    public static readonly string[] Pets = ["dog", "puppy", "cat", "rescue greyhound", "golden retriever"];
    public static readonly string[] PetNames = ["Biscuit", "Luna", "Pepper", "Max", "Olive", "Scout", "Mochi"];
    public static readonly string[] Hobbies = ["running marathons", "sailing", "golf", "chess", "baking sourdough", "cycling", "birdwatching", "rock climbing"];
    public static readonly string[] Teams = ["the Mariners", "the Seahawks", "Arsenal", "the Celtics", "the Cubs", "Real Madrid"];
    public static readonly string[] Destinations = ["Lisbon", "Kyoto", "Cabo", "Banff", "Iceland", "the Amalfi Coast", "Patagonia", "New Zealand"];

    /// <summary>The tenant's own employees: for Fabrikam, Nestor manages the two account executives.</summary>
    public static IReadOnlyList<EmulatedUser> Employees(DemoCompany company, string domain) => company switch
    {
        DemoCompany.Fabrikam => Fabrikam(domain),
        DemoCompany.TailwindTraders => TailwindTraders(domain),
        _ => throw new ArgumentOutOfRangeException(nameof(company), company, "Not a demo company."),
    };

    // Ids are seeded apart from Fabrikam's ("demo:…"): two directories never share a user id.
    private static IReadOnlyList<EmulatedUser> TailwindTraders(string domain)
    {
        var isaiah = new EmulatedUser(StableId.Guid("demo2:isaiah"), "Isaiah Langer", $"isaiah.langer@{domain}", "Sales Manager", "Tailwind Traders", "Sales");
        return
        [
            new(StableId.Guid("demo2:diego"), "Diego Siciliani", $"diego.siciliani@{domain}", "Account Manager", "Tailwind Traders", "Sales", isaiah.Id),
            isaiah,
        ];
    }

    private static IReadOnlyList<EmulatedUser> Fabrikam(string domain)
    {
        var nestor = new EmulatedUser(StableId.Guid("demo:nestor"), "Nestor Wilke", $"nestor.wilke@{domain}", "Sales Director", "Fabrikam", "Sales");
        return
        [
            new(StableId.Guid("demo:alex"), "Alex Wilber", $"alex.wilber@{domain}", "Account Executive", "Fabrikam", "Sales", nestor.Id),
            new(StableId.Guid("demo:megan"), "Megan Bowen", $"megan.bowen@{domain}", "Account Executive", "Fabrikam", "Sales", nestor.Id),
            nestor,
            new(StableId.Guid("demo:lidia"), "Lidia Holloway", $"lidia.holloway@{domain}", "IT Administrator", "Fabrikam", "IT"),
        ];
    }

    /// <summary>Customers with a persona each; deterministic for a given <paramref name="random"/>.</summary>
    public static IReadOnlyList<DemoContact> Contacts(Random random, int count)
    {
        var contacts = new List<DemoContact>(count);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; contacts.Count < count; i++)
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var (company, domain) = Companies[i % Companies.Length];
            var address = $"{first}.{last}@{domain}".ToLowerInvariant();
            if (!used.Add(address)) continue;
            contacts.Add(new DemoContact(new EmailAddress($"{first} {last}", address), company, DemoPersona.Create(random)));
        }
        return contacts;
    }
}

/// <summary>A customer: who they are and what a good salesperson would remember about them.</summary>
internal sealed record DemoContact(EmailAddress Address, string Company, DemoPersona Persona)
{
    public string FirstName => Address.Name.Split(' ')[0];
}

/// <summary>The small things: a child, a pet, a hobby, a birthday, a trip.</summary>
internal sealed record DemoPersona(
    string ChildName, string ChildEvent, string Pet, string PetName, string Hobby, string Team, string Destination,
    int BirthdayMonth, int BirthdayDay, bool PrefersMornings)
{
    public static DemoPersona Create(Random r) => new(
        Pick(r, DemoCast.ChildNames), Pick(r, DemoCast.ChildEvents), Pick(r, DemoCast.Pets), Pick(r, DemoCast.PetNames),
        Pick(r, DemoCast.Hobbies), Pick(r, DemoCast.Teams), Pick(r, DemoCast.Destinations),
        r.Next(1, 13), r.Next(1, 29), r.Next(2) == 0);

    private static string Pick(Random r, string[] items) => items[r.Next(items.Length)];
}
