using Microsoft.Extensions.Time.Testing;
using OutlookRelations.Server.Identity;

namespace OutlookRelations.Server.Tests.Identity;

public sealed class OwnerSignInsTests
{
    private static readonly SignedInOwner Ana = new(Guid.NewGuid(), Guid.NewGuid(), "ana@fabrikam.example", "Ana");

    [Fact]
    public async Task An_owner_found_is_remembered_for_the_lifetime_then_looked_up_again()
    {
        var clock = new FakeTimeProvider(TestClock.Origin);
        var signIns = new OwnerSignIns(clock);
        var lookups = 0;
        Task<SignedInOwner?> Load() { lookups++; return Task.FromResult<SignedInOwner?>(Ana); }

        Assert.Same(Ana, await signIns.FindAsync("entra:t:ana", Load));
        clock.Advance(OwnerSignIns.Lifetime - TimeSpan.FromSeconds(1));
        Assert.Same(Ana, await signIns.FindAsync("entra:t:ana", Load));
        Assert.Equal(1, lookups);
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Same(Ana, await signIns.FindAsync("entra:t:ana", Load));
        Assert.Equal(2, lookups);
    }

    [Fact]
    public async Task Nobody_found_is_not_remembered_so_a_newly_onboarded_user_gets_in_at_once()
    {
        var signIns = new OwnerSignIns(new FakeTimeProvider(TestClock.Origin));
        Assert.Null(await signIns.FindAsync("demo:ana@fabrikam.example", () => Task.FromResult<SignedInOwner?>(null)));
        Assert.Same(Ana, await signIns.FindAsync("demo:ana@fabrikam.example", () => Task.FromResult<SignedInOwner?>(Ana)));
    }

    [Fact]
    public async Task Forgetting_an_owner_forgets_every_way_they_signed_in_and_no_one_else()
    {
        var signIns = new OwnerSignIns(new FakeTimeProvider(TestClock.Origin));
        var ben = Ana with { Id = Guid.NewGuid(), Email = "ben@fabrikam.example" };
        await signIns.FindAsync("entra:t:ana", () => Task.FromResult<SignedInOwner?>(Ana));
        await signIns.FindAsync("demo:ana@fabrikam.example", () => Task.FromResult<SignedInOwner?>(Ana));
        await signIns.FindAsync("entra:t:ben", () => Task.FromResult<SignedInOwner?>(ben));

        signIns.Forget(Ana.Id);

        Assert.Null(await signIns.FindAsync("entra:t:ana", () => Task.FromResult<SignedInOwner?>(null)));
        Assert.Null(await signIns.FindAsync("demo:ana@fabrikam.example", () => Task.FromResult<SignedInOwner?>(null)));
        Assert.Same(ben, await signIns.FindAsync("entra:t:ben", () => throw new InvalidOperationException("Ben should be remembered")));
    }

    [Fact]
    public async Task Sign_ins_nobody_uses_again_are_swept_out_instead_of_kept_for_ever()
    {
        var clock = new FakeTimeProvider(TestClock.Origin);
        var signIns = new OwnerSignIns(clock);
        for (var i = 0; i < 100; i++)
            await signIns.FindAsync($"demo:left{i}@fabrikam.example", () => Task.FromResult<SignedInOwner?>(Ana with { Id = Guid.NewGuid() }));
        Assert.Equal(100, signIns.Count);

        clock.Advance(OwnerSignIns.Lifetime + TimeSpan.FromSeconds(1));
        await signIns.FindAsync("entra:t:ana", () => Task.FromResult<SignedInOwner?>(Ana));

        Assert.Equal(1, signIns.Count);
        Assert.Same(Ana, await signIns.FindAsync("entra:t:ana", () => throw new InvalidOperationException("remembered, not looked up")));
    }
}
