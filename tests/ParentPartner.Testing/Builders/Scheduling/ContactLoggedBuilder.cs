using ParentPartner.Contracts.Scheduling;

namespace ParentPartner.Testing.Builders.Scheduling;

/// <summary>A ContactLogged event as scheduling publishes it (revision 1, a one-hour one-to-one, no miles), for payroll's and reporting's tests.</summary>
public sealed class ContactLoggedBuilder(string programId, Guid supportParentId)
{
    private ContactLogged _event = new()
    {
        ContactId = Guid.NewGuid(),
        Revision = 1,
        ProgramId = programId,
        MatchId = Guid.NewGuid(),
        SupportParentId = supportParentId,
        Kind = "one-to-one",
        Mode = "in-person",
        StartedAt = DateTimeOffset.UtcNow,
        OccurredOn = DateOnly.FromDateTime(DateTime.UtcNow),
        Minutes = 60,
        Miles = 0m,
        EnteredBy = "support-parent",
        RecordedAt = DateTimeOffset.UtcNow,
    };

    public ContactLoggedBuilder On(DateOnly date) => Set(e => e with { OccurredOn = date, StartedAt = new DateTimeOffset(date.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero) });

    /// <summary>Started at an instant (UTC); its day is the UTC day, as for a program on UTC.</summary>
    public ContactLoggedBuilder StartingAt(DateTimeOffset at) => Set(e => e with { StartedAt = at, OccurredOn = DateOnly.FromDateTime(at.UtcDateTime) });

    public ContactLoggedBuilder Lasting(int minutes) => Set(e => e with { Minutes = minutes });

    /// <summary>The next revision (a correction): the change applied, the revision one higher.</summary>
    public ContactLoggedBuilder Corrected(Func<ContactLoggedBuilder, ContactLoggedBuilder>? change = null)
    {
        Set(e => e with { Revision = e.Revision + 1, RecordedAt = e.RecordedAt.AddMinutes(1) });
        return change is null ? this : change(this);
    }

    /// <summary>The next revision, withdrawing the contact.</summary>
    public ContactLoggedBuilder Voided() => Corrected(b => b.Set(e => e with { Voided = true }));

    public ContactLoggedBuilder Kind(string kind, int minutes, decimal miles = 0m) => Set(e => e with { Kind = kind, Minutes = minutes, Miles = miles });

    public ContactLoggedBuilder BySubject(string? subject) => Set(e => e with { SupportParentSubject = subject });

    public ContactLoggedBuilder InMatch(Guid matchId) => Set(e => e with { MatchId = matchId });

    public ContactLogged Build() => _event;

    private ContactLoggedBuilder Set(Func<ContactLogged, ContactLogged> change)
    {
        _event = change(_event);
        return this;
    }
}
