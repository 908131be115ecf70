using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Data;
using StandardBearer.Core.Email;

namespace StandardBearer.Core.Demo;

/// <summary>What happens to one demo case: described and published, or left at an earlier step.</summary>
public enum DemoCaseOutcome
{
    Submitted,
    ChangesRequested,
    Published,
}

/// <summary>One demo case: the organisation's description of an element its assessor rated Compliance Plus.</summary>
public sealed record DemoCase(
    string Organisation, string Element, string Title, string Description, string Results, string ContactName, string ContactEmail,
    DemoCaseOutcome Outcome, string? ChangesNote = null);

/// <summary>
/// The best-practice library's first cases, from the demo holders' Compliance Plus ratings, taken through the real
/// service by the people who would do each step: the organisation's admin describes and consents, Sam Owner
/// moderates. Most are published; one waits for moderation and one was sent back for changes. The fire service's
/// fourth Compliance Plus (3.3.3) is not described, so it stays a draft.
/// </summary>
public sealed class DemoBestPractice(AppDbContext db)
{
    private const string Owner = "owner@cse-centre.example";

    // Demo notifications go to the local outbox whatever the mail mode, as in DemoAssessments.
    private readonly BestPracticeService _cases = new(db, new OutboxEmailSender(db));

    public static readonly IReadOnlyList<DemoCase> Cases =
    [
        new(DemoAssessments.CompletedOrganisation, "3.4.3", "Small grants that keep community services running",
            """
            We set aside £60,000 a year for grants of up to £2,500 to community groups that provide a service residents would otherwise lose: a lunch club, a youth football league and a dementia café among them. Alongside the money, the council offers free use of rooms in libraries and community centres, and staff can give two days a year of volunteering time to a funded group.

            Groups apply on a one-page form and hear within four weeks. A named officer stays in touch with each group through the year, and groups meet twice a year to share what works.
            """,
            "Three community services that were about to close are still running three years on. 92% of funded groups say the scheme made the difference between continuing and stopping, and staff volunteering has grown to 140 days a year.",
            "Claire Evans", "communities@riverside.example", DemoCaseOutcome.Published),
        new(DemoAssessments.CompletedOrganisation, "4.3.4", "Put it right on the spot",
            """
            Every front-line member of staff can put things right without asking a manager, up to a limit of £250 or a service of equal value: a missed bin collected the same day, a parking charge cancelled when the machine was broken, a replacement library card posted free. They record what they did in one line in the case system, so we can see the patterns.

            We trained 320 staff in half-day workshops built around real cases, and team leaders review the log each month to fix the causes, not just the cases.
            """,
            "Formal complaints fell by a third in the first year. Residents we surveyed afterwards rated the way their problem was handled 4.5 out of 5, and two partner housing associations have adopted the scheme.",
            "Claire Evans", "customer.services@riverside.example", DemoCaseOutcome.Published),
        new(DemoAssessments.CompletedOrganisation, "1.2.2", "‘You said, we did’ after every consultation",
            """
            Every consultation ends with a published ‘you said, we did’: a single page, in plain English, that lists what residents told us, what we changed and, just as important, what we did not change and why. It goes on the website, in libraries and to everyone who took part and left contact details.

            Service managers cannot close a consultation in our project system until the page is published, and our scrutiny committee reviews a sample every quarter.
            """,
            "This year opening hours at two libraries, the garden waste booking form and signage at the Town Hall changed as a result. Residents who agree that ‘the council listens to people like me’ rose from 41% to 56% in two years.",
            "Mark Hughes", "consultation@riverside.example", DemoCaseOutcome.Published),
        new(DemoAssessments.CompletedOrganisation, "4.1.3", "A monthly service scorecard residents can read",
            """
            Each month we publish a one-page scorecard for every main service, showing how we did against our published standards: answering calls, replying to emails, collecting bins, processing benefit claims. Green, amber and red with the numbers beside them, and a sentence from the service manager on anything amber or red.

            The scorecards are on the website and on a noticeboard in every library and the customer service centre.
            """,
            "Calls to ask ‘where is my claim?’ fell by a fifth once residents could see processing times. Councillors now use the scorecard in ward surgeries.",
            "Claire Evans", "performance@riverside.example", DemoCaseOutcome.Published),
        new(DemoAssessments.CompletedOrganisation, "5.2.3", "One call, one owner",
            """
            The adviser who answers a call owns the enquiry until it is resolved, even when another team has to act. They can book work directly into the services’ systems, and call the resident back themselves with the outcome.

            We reorganised the contact centre into small teams aligned to services, and gave advisers read and booking access to nine back-office systems.
            """,
            "Four in five calls are now resolved at first contact, up from just over half. Repeat calls fell by 38%.",
            "Claire Evans", "contact.centre@riverside.example", DemoCaseOutcome.Submitted),
        new(DemoAssessments.ConfidentialOrganisation, "1.1.3", "Safe and Well visits through the people residents already trust",
            """
            Our Safe and Well visits check fire safety, falls risk and social isolation in the home. Most people who need them never ask, so we go through the people they already trust: GP surgeries, food banks, carers’ groups and the district councils’ housing officers can all refer with a three-question form.

            Each partner has a named station contact, and we tell the referrer when the visit has happened.
            """,
            "Referrals from partners tripled in eighteen months, and two in three visits are now to people over 75 or living alone. Accidental dwelling fires in the county are at their lowest for a decade.",
            "James Cole", "safeandwell@eastmere.example", DemoCaseOutcome.Published),
        new(DemoAssessments.ConfidentialOrganisation, "3.4.1", "One referral form with the ambulance service and councils",
            """
            A vulnerable resident used to be asked the same questions by the fire service, the ambulance service and the council. We agreed one referral form and one secure inbox with the ambulance trust and both district councils, so whichever service meets the resident first refers them once, with their consent, to everyone who can help.

            A monthly case review between the four partners picks up anyone who has fallen between services.
            """,
            "Over 1,100 joint referrals in the first year, with an average of six days from referral to first visit, down from nineteen.",
            "James Cole", "partnerships@eastmere.example", DemoCaseOutcome.Published),
        new(DemoAssessments.ConfidentialOrganisation, "2.2.4", "Insight huddles on every watch",
            """
            After every incident and community visit, the watch spends ten minutes on three questions: what did people tell us, what got in the way, and what would we change. The watch manager notes anything to pass on, and station managers review the notes each week.
            """,
            "Changes to our leaflets and our visit booking came from huddles.",
            "James Cole", "insight@eastmere.example", DemoCaseOutcome.ChangesRequested,
            "Please say more about the results: how many changes came from the huddles in a year, and what difference they made to residents. A sentence on how you started the huddles would also help other services."),
        new(DemoAssessments.SuspendedOrganisation, "4.3.5", "A tenants’ panel that learns from complaints",
            """
            Every quarter, a panel of eight tenants and three staff reviews a sample of twenty closed complaints, chosen at random. The panel reads each case, asks what went wrong and why, and agrees up to three changes, which the executive team must answer within a month.

            Panel members are trained, paid for their time and change every two years. We publish the changes and their progress on our website and in the tenants’ newsletter.
            """,
            "Fourteen changes in two years, from clearer repair appointment letters to a new process for damp and mould. Complaints about repeat repairs halved.",
            "Nia Roberts", "complaints@harbourside.example", DemoCaseOutcome.Published),
        new(DemoAssessments.SuspendedOrganisation, "1.2.4", "Tenant voice on the doorstep",
            """
            Surveys reach the same tenants every time. Twice a year our housing officers knock on every door of two estates and run pop-up sessions in community centres and outside the local shops, with interpreters for the three most spoken languages after English.

            Questions are short and open: what is working, what is not, and what one thing we should change.
            """,
            "More than 900 tenants took part last year, 60% of whom had never answered a survey. The new estate caretaking rota came straight from what they said.",
            "Nia Roberts", "involvement@harbourside.example", DemoCaseOutcome.Published),
        new(DemoAssessments.SuspendedOrganisation, "5.2.2", "A call back within the hour for every repair",
            """
            Every repair reported by phone or online gets a call back within the hour from the planner who will arrange it, to agree a time slot and check for anything that makes it urgent. Planners work in patches, so tenants get to know them.
            """,
            "97% of tenants were called back within the hour last year. Missed appointments fell from one in eight to one in twenty-five.",
            "Nia Roberts", "repairs@harbourside.example", DemoCaseOutcome.Published),
    ];

    public async Task SeedBestPracticeAsync(CancellationToken ct = default)
    {
        var owner = await PersonAsync(Owner, ct);
        foreach (var demo in Cases)
        {
            var organisationId = await db.Organisations.Where(o => o.Name == demo.Organisation).Select(o => o.Id).SingleAsync(ct);
            var caseId = await db.BestPracticeCases.Where(c => c.OrganisationId == organisationId && c.ElementNumber == demo.Element).Select(c => c.Id).SingleAsync(ct);
            var admin = await AdminOfAsync(organisationId, ct);
            await _cases.DescribeAsync(organisationId, caseId, new DescribeCaseRequest
            {
                Title = demo.Title, Description = demo.Description, Results = demo.Results, ContactName = demo.ContactName, ContactEmail = demo.ContactEmail,
            }, admin, ct);
            await _cases.ConsentAsync(organisationId, caseId, admin, ct);
            if (demo.Outcome == DemoCaseOutcome.Published)
                await _cases.PublishAsync(caseId, owner, ct);
            else if (demo.Outcome == DemoCaseOutcome.ChangesRequested)
                await _cases.RequestChangesAsync(caseId, new RequestCaseChangesRequest { Note = demo.ChangesNote }, owner, ct);
        }
    }

    private async Task<Actor> AdminOfAsync(Guid organisationId, CancellationToken ct)
    {
        var user = await db.Memberships.Where(m => m.OrganisationId == organisationId && m.Role == Role.OrganisationAdmin)
            .Select(m => new { m.UserId, m.User!.DisplayName }).FirstAsync(ct);
        return new Actor(user.UserId, user.DisplayName);
    }

    private async Task<Actor> PersonAsync(string email, CancellationToken ct)
    {
        var user = await db.Users.Where(u => u.Email == email).Select(u => new { u.Id, u.DisplayName }).SingleAsync(ct);
        return new Actor(user.Id, user.DisplayName);
    }
}
