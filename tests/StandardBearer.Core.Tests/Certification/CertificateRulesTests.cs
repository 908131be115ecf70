using StandardBearer.Core.Certification;

namespace StandardBearer.Core.Tests.Certification;

public class CertificateRulesTests
{
    [Theory]
    [InlineData(CertificateStatus.Active, CertificateStatus.Suspended, true)]
    [InlineData(CertificateStatus.Active, CertificateStatus.Withdrawn, true)]
    [InlineData(CertificateStatus.Active, CertificateStatus.Cancelled, true)]
    [InlineData(CertificateStatus.Active, CertificateStatus.Active, false)]
    [InlineData(CertificateStatus.Active, CertificateStatus.Expired, false)]
    [InlineData(CertificateStatus.Suspended, CertificateStatus.Active, true)]
    [InlineData(CertificateStatus.Suspended, CertificateStatus.Withdrawn, true)]
    [InlineData(CertificateStatus.Suspended, CertificateStatus.Cancelled, true)]
    [InlineData(CertificateStatus.Suspended, CertificateStatus.Suspended, false)]
    [InlineData(CertificateStatus.Suspended, CertificateStatus.Expired, false)]
    [InlineData(CertificateStatus.Withdrawn, CertificateStatus.Active, false)]
    [InlineData(CertificateStatus.Withdrawn, CertificateStatus.Suspended, false)]
    [InlineData(CertificateStatus.Expired, CertificateStatus.Active, false)]
    [InlineData(CertificateStatus.Expired, CertificateStatus.Withdrawn, false)]
    [InlineData(CertificateStatus.Cancelled, CertificateStatus.Active, false)]
    [InlineData(CertificateStatus.Cancelled, CertificateStatus.Suspended, false)]
    public void CanChange_ByHand_OnlyTheAllowedTransitions(CertificateStatus from, CertificateStatus to, bool allowed) =>
        Assert.Equal(allowed, CertificateTransitions.CanChange(from, to));

    [Fact]
    public void AllowedFrom_EveryStatus_IsDefined_AndTheFinalOnesAllowNothing()
    {
        foreach (var status in Enum.GetValues<CertificateStatus>())
            Assert.NotNull(CertificateTransitions.AllowedFrom(status));
        Assert.Empty(CertificateTransitions.AllowedFrom(CertificateStatus.Withdrawn));
        Assert.Empty(CertificateTransitions.AllowedFrom(CertificateStatus.Expired));
        Assert.Empty(CertificateTransitions.AllowedFrom(CertificateStatus.Cancelled));
    }

    [Theory]
    [InlineData(CertificateStatus.Suspended, CertificateStatus.Active, "Reinstate")]
    [InlineData(CertificateStatus.Active, CertificateStatus.Suspended, "Suspend")]
    [InlineData(CertificateStatus.Suspended, CertificateStatus.Withdrawn, "Withdraw")]
    [InlineData(CertificateStatus.Active, CertificateStatus.Cancelled, "Cancel")]
    public void Describe_AChange_IsTheVerbOnTheButton(CertificateStatus from, CertificateStatus to, string verb) =>
        Assert.Equal(verb, CertificateTransitions.Describe(from, to));

    [Fact]
    public void Milestones_ACycle_ReviewsAfterOneAndTwoYears_ReassessmentByExpiry()
    {
        var issued = new DateOnly(2026, 3, 4);

        var milestones = CertificateCycle.Milestones(issued, issued.AddYears(3), annualReviewsDecided: 1);

        Assert.Equal(
        [
            new CertificateMilestone(CertificateMilestoneKind.FirstAnnualReview, new DateOnly(2027, 3, 4), true),
            new CertificateMilestone(CertificateMilestoneKind.SecondAnnualReview, new DateOnly(2028, 3, 4), false),
            new CertificateMilestone(CertificateMilestoneKind.Reassessment, new DateOnly(2029, 3, 4), false),
        ], milestones);
        Assert.True(milestones[1].IsOverdueOn(new DateOnly(2028, 3, 5)));
        Assert.False(milestones[1].IsOverdueOn(new DateOnly(2028, 3, 4)));
        Assert.False(milestones[0].IsOverdueOn(new DateOnly(2030, 1, 1))); // done
    }

    [Theory]
    [InlineData("2027-03-04", "2026-11-01", null)]
    [InlineData("2027-03-04", "2026-12-03", null)]
    [InlineData("2027-03-04", "2026-12-04", ReminderStage.Days90)]
    [InlineData("2027-03-04", "2027-02-01", ReminderStage.Days90)]
    [InlineData("2027-03-04", "2027-02-02", ReminderStage.Days30)]
    [InlineData("2027-03-04", "2027-02-25", ReminderStage.Days7)]
    [InlineData("2027-03-04", "2027-03-04", ReminderStage.Days7)]
    [InlineData("2027-03-04", "2027-03-05", ReminderStage.Overdue)]
    [InlineData("2027-03-04", "2028-01-01", ReminderStage.Overdue)]
    public void StageOn_ADueDate_IsTheMostUrgentStageReached(string due, string today, ReminderStage? stage) =>
        Assert.Equal(stage, CertificateCycle.StageOn(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
}

public class ContinuityTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void On_APredecessorAwardRunningIntoTheFirstCertificate_HeldSinceThePredecessor()
    {
        var holding = Continuity.On(
        [
            new HoldingPeriod("Charter Mark", new DateOnly(1997, 5, 1), null),
            new HoldingPeriod("Customer Service Excellence", new DateOnly(2009, 2, 10), null),
        ], Today);

        Assert.NotNull(holding);
        Assert.Equal(new DateOnly(1997, 5, 1), holding.Since);
        Assert.Equal("Held since 1997 (Charter Mark from 1997, Customer Service Excellence from 2009)", holding.Sentence);
    }

    [Fact]
    public void On_ALateReassessmentWithinTheGrace_DoesNotBreakTheRun()
    {
        var holding = Continuity.On(
        [
            new HoldingPeriod("Customer Service Excellence", new DateOnly(2015, 1, 1), new DateOnly(2021, 1, 1)),
            new HoldingPeriod("Customer Service Excellence", new DateOnly(2021, 3, 15), null),
        ], Today);

        Assert.Equal(new DateOnly(2015, 1, 1), holding!.Since);
        Assert.Equal("Held since 2015", holding.Sentence);
    }

    [Fact]
    public void On_AGapLongerThanTheGrace_StartsAgainAfterIt()
    {
        var holding = Continuity.On(
        [
            new HoldingPeriod("Charter Mark", new DateOnly(1997, 5, 1), new DateOnly(2005, 1, 1)),
            new HoldingPeriod("Customer Service Excellence", new DateOnly(2012, 6, 1), null),
        ], Today);

        Assert.Equal(new DateOnly(2012, 6, 1), holding!.Since);
    }

    [Fact]
    public void On_NothingHeldToday_IsNone()
    {
        Assert.Null(Continuity.On([new HoldingPeriod("Customer Service Excellence", new DateOnly(2015, 1, 1), new DateOnly(2024, 1, 1))], Today));
        Assert.Null(Continuity.On([], Today));
    }

    [Fact]
    public void Of_ACertificate_IsOpenWhileHeld_AndEndsWhenItExpiresOrIsWithdrawn()
    {
        var certificate = new Certificate
        {
            Number = "CSE-CA-2020-0001", Scope = "Whole organisation", OriginalIssuedOn = new DateOnly(2020, 1, 1), IssuedOn = new DateOnly(2023, 1, 1),
            ExpiresOn = new DateOnly(2026, 1, 1), Status = CertificateStatus.Active,
        };

        Assert.Equal(new DateOnly(2026, 1, 1), Continuity.Of(certificate, "CSE", Today).To); // past expiry
        Assert.Null(Continuity.Of(certificate, "CSE", new DateOnly(2025, 6, 1)).To);
        certificate.Status = CertificateStatus.Withdrawn;
        certificate.StatusChangedAt = new DateTimeOffset(2024, 7, 1, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2024, 6, 30), Continuity.Of(certificate, "CSE", new DateOnly(2025, 6, 1)).To);
        Assert.Null(Continuity.On([Continuity.Of(certificate, "CSE", new DateOnly(2024, 7, 1))], new DateOnly(2024, 7, 1)));
        Assert.Equal(new DateOnly(2020, 1, 1), Continuity.Of(certificate, "CSE", Today).From);
    }
}
