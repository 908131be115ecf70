using System.Net;
using AngleSharp.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Assessments;

/// <summary>The visit plan: sessions planned, changed and removed by the assessor, notes per session, the organisation's view and the DOCX agenda.</summary>
public abstract class VisitPlanTests(AppFixture app)
{
    private static string PathOf(TestAssessment a) => $"/bodies/{a.Body.Id}/assessments/{a.Id}";

    private static string OrganisationPathOf(TestAssessment a) => $"/organisations/{a.Organisation.Id}/assessments/{a.Id}";

    private static string[] BodyUrls(TestAssessment a, Guid sessionId) =>
    [
        $"{PathOf(a)}/visit", $"{PathOf(a)}/visit/sessions/new", $"{PathOf(a)}/visit/sessions/{sessionId}", $"{PathOf(a)}/visit/sessions/{sessionId}/remove",
        $"{PathOf(a)}/visit/sessions/{sessionId}/notes", $"{PathOf(a)}/visit/agenda.docx",
    ];

    private static string[] OrganisationUrls(TestAssessment a) => [$"{OrganisationPathOf(a)}/visit", $"{OrganisationPathOf(a)}/visit/agenda.docx"];

    private static Dictionary<string, string> Session(string date = "4 3 2030", string starts = "09:30", string ends = "10:30", string site = "Visitor centre",
        string kind = "StaffInterview", string participants = "Two front-line advisers", string elements = "1.1.1, 2.1.1")
    {
        var parts = date.Split(' ');
        return new()
        {
            ["Input.Date.Day"] = parts[0], ["Input.Date.Month"] = parts[1], ["Input.Date.Year"] = parts[2], ["Input.StartsAt"] = starts, ["Input.EndsAt"] = ends,
            ["Input.Site"] = site, ["Input.Kind"] = kind, ["Input.Participants"] = participants, ["Input.ElementNumbers"] = elements,
        };
    }

    [DbFact]
    public async Task BodyPages_BodyAdminAndLeadAssessor_Get200()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var session = await app.Data.PlanSessionAsync(a);

        foreach (var email in new[] { a.Body.Admin.Email, a.Lead.Email })
        {
            var client = await app.ClientFor(email);
            foreach (var url in BodyUrls(a, session.Id))
                Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK, $"{email}: {url}");
        }
    }

    [DbFact]
    public async Task BodyPages_UnassignedAssessorOtherBodyAndTheOrganisation_Get404()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var session = await app.Data.PlanSessionAsync(a);
        var unassigned = await app.Data.CreateUserAsync(Role.Assessor, a.Body.Id);
        var otherBody = await app.Data.CreateBodyWithUsersAsync();

        foreach (var email in new[] { unassigned.Email, otherBody.Admin.Email, otherBody.Member.Email, a.Organisation.Admin.Email })
        {
            var client = await app.ClientFor(email);
            foreach (var url in BodyUrls(a, session.Id))
                Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, $"{email}: {url}");
        }
        var lead = await app.ClientFor(a.Lead.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"{PathOf(a)}/visit/sessions/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"{PathOf(a)}/visit/sessions/{Guid.NewGuid()}/notes")).StatusCode);
    }

    [DbFact]
    public async Task OrganisationPages_AdminAndMember_Get200_OthersGet404()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        await app.Data.PlanSessionAsync(a);
        var other = await app.Data.CreateOrganisationWithUsersAsync();

        foreach (var email in new[] { a.Organisation.Admin.Email, a.Organisation.Member.Email })
        {
            var client = await app.ClientFor(email);
            foreach (var url in OrganisationUrls(a))
                Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK, $"{email}: {url}");
        }
        foreach (var email in new[] { other.Admin.Email, other.Member.Email, a.Body.Admin.Email, a.Lead.Email })
        {
            var client = await app.ClientFor(email);
            foreach (var url in OrganisationUrls(a))
                Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, $"{email}: {url}");
        }
    }

    [DbFact]
    public async Task NewSession_Valid_AddsTheSessionToItsDay()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var lead = await app.ClientFor(a.Lead.Email);

        var response = await lead.SubmitFormAsync($"{PathOf(a)}/visit/sessions/new", Session(starts: "9.30", elements: "2.1.1 1.1.1"));

        PageAssert.RedirectsTo(response, $"{PathOf(a)}/visit?done=added");
        var session = await app.WithDbAsync(db => db.Set<VisitSession>().SingleAsync(s => s.AssessmentId == a.Id));
        Assert.Equal(new DateOnly(2030, 3, 4), session.Date);
        Assert.Equal(new TimeOnly(9, 30), session.StartsAt);
        Assert.Equal(SessionKind.StaffInterview, session.Kind);
        Assert.Equal(["1.1.1", "2.1.1"], session.ElementNumbers);
        var (_, page) = await lead.GetPageAsync(response.Headers.Location!.OriginalString);
        var table = Assert.Single(page.QuerySelectorAll("table.sb-agenda"));
        Assert.Equal("Monday 4 March 2030", table.QuerySelector("caption")!.TextContent.Trim());
        var row = Assert.Single(table.QuerySelectorAll("tbody tr"));
        foreach (var text in new[] { "09:30 to 10:30", "Visitor centre", "Interview with staff", "Two front-line advisers", "1.1.1, 2.1.1" })
            Assert.Contains(text, row.TextContent);
        // The actions are links the printed agenda leaves out.
        Assert.Contains("sb-no-print", row.QuerySelectorAll("td")[^1].ClassList);
    }

    [DbTheory]
    [InlineData("starts", "25:00", "Enter the start time on the 24-hour clock, like 09:30")]
    [InlineData("ends", "09:00", "The end time must be after the start time")]
    [InlineData("site", "", "Enter where the session takes place")]
    [InlineData("kind", "", "Select the kind of session")]
    [InlineData("elements", "1.1.1, 9.9.9", "Select elements of this assessment")]
    [InlineData("date", "31 2 2030", "The date of the session must be a real date")]
    [InlineData("date", "  ", "Enter the date of the session")]
    public async Task NewSession_Invalid_ShowsTheErrorAndAddsNothing(string field, string value, string message)
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var lead = await app.ClientFor(a.Lead.Email);
        var form = field switch
        {
            "starts" => Session(starts: value),
            "ends" => Session(ends: value),
            "site" => Session(site: value),
            "elements" => Session(elements: value),
            "date" => Session(date: value.Trim().Length == 0 ? "  " : value),
            _ => Session(),
        };
        if (field == "kind") form.Remove("Input.Kind");
        if (field == "date" && value.Trim().Length == 0)
        {
            form["Input.Date.Day"] = "";
            form["Input.Date.Month"] = "";
            form["Input.Date.Year"] = "";
        }

        var response = await lead.SubmitFormAsync($"{PathOf(a)}/visit/sessions/new", form);

        await PageAssert.InvalidAsync(response, message);
        Assert.False(await app.WithDbAsync(db => db.Set<VisitSession>().AnyAsync(s => s.AssessmentId == a.Id)));
    }

    [DbFact]
    public async Task ChangeSession_Valid_SavesTheChange()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var session = await app.Data.PlanSessionAsync(a);
        var lead = await app.ClientFor(a.Lead.Email);
        var (_, page) = await lead.GetPageAsync($"{PathOf(a)}/visit/sessions/{session.Id}");
        Assert.Equal("09:30", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.StartsAt']")!.Value);

        var response = await lead.SubmitFormAsync($"{PathOf(a)}/visit/sessions/{session.Id}",
            Session(starts: "14:00", ends: "15:15", site: "Library", kind: "Observation", elements: "3.1.1"));

        PageAssert.RedirectsTo(response, $"{PathOf(a)}/visit?done=changed");
        var changed = await app.WithDbAsync(db => db.Set<VisitSession>().SingleAsync(s => s.Id == session.Id));
        Assert.Equal(new TimeOnly(14, 0), changed.StartsAt);
        Assert.Equal("Library", changed.Site);
        Assert.Equal(SessionKind.Observation, changed.Kind);
        Assert.Equal(["3.1.1"], changed.ElementNumbers);
    }

    [DbFact]
    public async Task ChangeSession_Invalid_ShowsTheError()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var session = await app.Data.PlanSessionAsync(a);

        var response = await (await app.ClientFor(a.Lead.Email)).SubmitFormAsync($"{PathOf(a)}/visit/sessions/{session.Id}", Session(ends: "half past"));

        await PageAssert.InvalidAsync(response, "Enter the end time on the 24-hour clock, like 09:30");
        Assert.Equal(new TimeOnly(10, 30), await app.WithDbAsync(db => db.Set<VisitSession>().Where(s => s.Id == session.Id).Select(s => s.EndsAt).SingleAsync()));
    }

    [DbFact]
    public async Task RemoveSession_Confirmed_TakesItOffThePlan()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var session = await app.Data.PlanSessionAsync(a);

        var response = await (await app.ClientFor(a.Lead.Email)).SubmitFormAsync($"{PathOf(a)}/visit/sessions/{session.Id}/remove", []);

        PageAssert.RedirectsTo(response, $"{PathOf(a)}/visit?done=removed");
        Assert.False(await app.WithDbAsync(db => db.Set<VisitSession>().AnyAsync(s => s.Id == session.Id)));
    }

    [DbFact]
    public async Task RemoveSession_WithNotes_IsRefusedWithAClearMessage()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var session = await app.Data.PlanSessionAsync(a);
        var lead = await app.ClientFor(a.Lead.Email);
        var (_, page) = await lead.GetPageAsync($"{PathOf(a)}/visit/sessions/{session.Id}/remove");
        await app.Data.RecordSessionNoteAsync(a, session.Id);

        var response = await lead.PostFormAsync(page.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form")!, [], $"{PathOf(a)}/visit/sessions/{session.Id}/remove");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var document = await HttpClientForms.ParseAsync(response);
        Assert.Contains("This session has notes, so it cannot be removed", document.QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.True(await app.WithDbAsync(db => db.Set<VisitSession>().AnyAsync(s => s.Id == session.Id)));
    }

    [DbFact]
    public async Task Notes_Valid_RecordsTheNoteAndTheVisitBegins()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var session = await app.Data.PlanSessionAsync(a);
        var lead = await app.ClientFor(a.Lead.Email);
        var (_, page) = await lead.GetPageAsync($"{PathOf(a)}/visit/sessions/{session.Id}/notes");
        var options = page.QuerySelectorAll("select[name='Input.ElementNumber'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", "1.1.1", "1.2.1"], options[..3]);

        var response = await lead.SubmitFormAsync($"{PathOf(a)}/visit/sessions/{session.Id}/notes",
            new() { ["Input.ElementNumber"] = "1.2.1", ["Input.Text"] = "Parents said the website was hard to use." });

        PageAssert.RedirectsTo(response, $"{PathOf(a)}/visit/sessions/{session.Id}/notes?saved=true");
        var note = await app.WithDbAsync(db => db.Set<SessionNote>().SingleAsync(n => n.VisitSessionId == session.Id));
        Assert.Equal("1.2.1", note.ElementNumber);
        Assert.Equal(AssessmentStatus.OnSite, await app.WithDbAsync(db => db.Set<Assessment>().Where(x => x.Id == a.Id).Select(x => x.Status).SingleAsync()));
        var (_, after) = await lead.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Parents said the website was hard to use.", after.QuerySelector("#session-notes")!.TextContent);
    }

    [DbTheory]
    [InlineData("", "A note", "Select the element")]
    [InlineData("1.1.1", "", "Enter the note")]
    [InlineData("9.9.9", "A note", "Select an element of this assessment")]
    public async Task Notes_Invalid_ShowsTheError(string element, string text, string message)
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var session = await app.Data.PlanSessionAsync(a);

        var response = await (await app.ClientFor(a.Lead.Email)).SubmitFormAsync($"{PathOf(a)}/visit/sessions/{session.Id}/notes",
            new() { ["Input.ElementNumber"] = element, ["Input.Text"] = text });

        await PageAssert.InvalidAsync(response, message);
        Assert.False(await app.WithDbAsync(db => db.Set<SessionNote>().AnyAsync(n => n.AssessmentId == a.Id)));
    }

    [DbFact]
    public async Task OrganisationVisit_BeforeTheReportIsReleased_ShowsThePlanButNoNotes()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var session = await app.Data.PlanSessionAsync(a);
        await app.Data.RecordSessionNoteAsync(a, session.Id, text: "Secret working note");

        var (response, page) = await (await app.ClientFor(a.Organisation.Member.Email)).GetPageAsync($"{OrganisationPathOf(a)}/visit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Interview with customers", page.QuerySelector("table.sb-agenda")!.TextContent);
        Assert.DoesNotContain("Secret working note", page.Body!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".sb-session-notes"));
        // Nothing to change from the organisation's side.
        Assert.Empty(page.QuerySelectorAll("main form"));
        Assert.DoesNotContain(page.QuerySelectorAll("main a"), l => l.TextContent.Contains("Change", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task OrganisationVisit_AfterTheReportIsReleased_ShowsTheNotes()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var session = await app.Data.PlanSessionAsync(a);
        await app.Data.RecordSessionNoteAsync(a, session.Id, text: "Parents praised the reception staff.");
        await app.Data.AdvanceAssessmentAsync(a, AssessmentStage.ReportReleased);

        var (_, page) = await (await app.ClientFor(a.Organisation.Member.Email)).GetPageAsync($"{OrganisationPathOf(a)}/visit");

        Assert.Contains("Parents praised the reception staff.", page.QuerySelector(".sb-session-notes")!.TextContent);
    }

    [DbFact]
    public async Task Agenda_Docx_ValidatesAndHoldsTheSessions_ForBothSides()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        await app.Data.PlanSessionAsync(a);
        await app.Data.PlanSessionAsync(a, new PlanSessionRequest
        {
            Date = new DateOnly(2030, 3, 5), StartsAt = new TimeOnly(16, 0), EndsAt = new TimeOnly(16, 45), Site = "Head office",
            // A control character pasted in with the text (XML cannot hold it) is dropped, not a failed download.
            Kind = SessionKind.FeedbackMeeting, Participants = "Chief executive\u000B\nService manager", ElementNumbers = [],
        });
        await app.Data.RecordSessionNoteAsync(a, (await app.WithDbAsync(db => db.Set<VisitSession>().FirstAsync(s => s.AssessmentId == a.Id))).Id, text: "Not for the agenda");

        foreach (var (email, url) in new[] { (a.Lead.Email, $"{PathOf(a)}/visit/agenda.docx"), (a.Organisation.Member.Email, $"{OrganisationPathOf(a)}/visit/agenda.docx") })
        {
            var response = await (await app.ClientFor(email)).GetAsync(url);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
            using var document = WordprocessingDocument.Open(stream, false);
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            foreach (var expected in new[] { "Visit agenda", a.Organisation.Name, a.Body.Name, "Test Assessor", "Monday 4 March 2030", "Tuesday 5 March 2030",
                "09:30 to 10:30", "Visitor centre, room 2", "Interview with customers", "Three parents of pupils", "1.1.1, 1.2.1", "Feedback meeting", "Chief executive" })
                Assert.Contains(expected, text);
            Assert.DoesNotContain("Not for the agenda", text);
            Assert.Equal(2, document.MainDocumentPart.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Count());
        }
    }
}

public sealed class VisitPlanTestsOnSqlite(SqliteApp app) : VisitPlanTests(app), IClassFixture<SqliteApp>;

public sealed class VisitPlanTestsOnPostgres(PostgresApp app) : VisitPlanTests(app), IClassFixture<PostgresApp>;
