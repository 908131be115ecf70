using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Evidence;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Api;

/// <summary>The body's side of the desktop review and the visit over the API: the same access and messages as the pages.</summary>
public abstract class AssessmentReviewApiTests(AppFixture app)
{
    private static string Base(TestAssessment a) => $"/api/v1/certification-bodies/{a.Body.Id}/assessments/{a.Id}";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field = null, string? message = null)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null) Assert.Equal(message, (await JsonAsync(response)).GetProperty("errors").GetProperty(field)[0].GetString());
    }

    private Task<Guid> SnapshotFileAsync(TestAssessment a) =>
        app.WithDbAsync(db => db.Set<EvidenceFile>()
            .Where(f => db.Set<AssessmentEvidence>().Any(e => e.AssessmentId == a.Id && e.EvidenceRevisionId == f.EvidenceRevisionId)).Select(f => f.Id).FirstAsync());

    private static string DueDate => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)).ToString("yyyy-MM-dd");

    private static object SessionBody(string date = "2030-03-04", string startsAt = "09:00", string endsAt = "10:00", string site = "Visitor centre",
        string kind = "Observation", string[]? elements = null) =>
        new { date, startsAt, endsAt, site, kind, participants = "Reception staff", elementNumbers = elements ?? ["1.1.1"] };

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/elements" },
        { "GET", "/elements/1.1.1" },
        { "PUT", "/elements/1.1.1/review" },
        { "GET", "/files/{file}" },
        { "GET", "/evidence-requests" },
        { "POST", "/evidence-requests" },
        { "GET", "/visit/sessions" },
        { "POST", "/visit/sessions" },
        { "PUT", "/visit/sessions/{session}" },
        { "DELETE", "/visit/sessions/{session}" },
        { "GET", "/visit/sessions/{session}/notes" },
        { "POST", "/visit/sessions/{session}/notes" },
    };

    private static HttpRequestMessage Request(string method, string url) => method switch
    {
        "PUT" when url.EndsWith("/review", StringComparison.Ordinal) =>
            new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { provisionalRatingKey = "Compliance", note = "Outsider", reviewed = true }) },
        "PUT" => new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(SessionBody(site: "Outsider's room")) },
        "POST" when url.EndsWith("/evidence-requests", StringComparison.Ordinal) =>
            new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(new { elementNumber = "1.1.1", text = "Outsider", dueOn = DueDate }) },
        "POST" when url.EndsWith("/notes", StringComparison.Ordinal) =>
            new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(new { elementNumber = "1.1.1", text = "Outsider" }) },
        "POST" => new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(SessionBody(site: "Outsider's room")) },
        "DELETE" => new HttpRequestMessage(HttpMethod.Delete, url),
        _ => new HttpRequestMessage(HttpMethod.Get, url),
    };

    private async Task<(TestAssessment Assessment, string Url)> ArrangeAsync(string path)
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();
        var session = await app.Data.PlanSessionAsync(a);
        var fileId = await SnapshotFileAsync(a);
        return (a, Base(a) + path.Replace("{file}", fileId.ToString()).Replace("{session}", session.Id.ToString()));
    }

    [DbTheory]
    [MemberData(nameof(Endpoints))]
    public async Task EveryEndpoint_UnassignedAssessorOtherTenantsAndTheOrganisation_Get404_AnonymousGets401_NothingChanges(string method, string path)
    {
        var (a, url) = await ArrangeAsync(path);
        var unassigned = await app.Data.CreateUserAsync(Role.Assessor, a.Body.Id);
        var otherBody = await app.Data.CreateBodyWithUsersAsync();

        foreach (var (who, email) in new[]
        {
            ("assessor of the body not on the team", unassigned.Email), ("other body's admin", otherBody.Admin.Email), ("other body's assessor", otherBody.Member.Email),
            ("the organisation's admin", a.Organisation.Admin.Email),
        })
        {
            var response = await (await app.ClientFor(email)).SendAsync(Request(method, url));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{who}: {method} {path} gave {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().SendAsync(Request(method, url))).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<AssessmentElement>().AnyAsync(e => e.AssessmentId == a.Id && e.Reviewed)));
        Assert.False(await app.WithDbAsync(db => db.Set<EvidenceRequest>().AnyAsync(r => r.AssessmentId == a.Id)));
        Assert.False(await app.WithDbAsync(db => db.Set<SessionNote>().AnyAsync(n => n.AssessmentId == a.Id)));
        Assert.Equal(["Visitor centre, room 2"], await app.WithDbAsync(db => db.Set<VisitSession>().Where(s => s.AssessmentId == a.Id).Select(s => s.Site).ToListAsync()));
    }

    [DbTheory]
    [MemberData(nameof(Endpoints))]
    public async Task EveryEndpoint_TheLeadAssessorIsAllowed(string method, string path)
    {
        var (a, url) = await ArrangeAsync(path);

        var response = await (await app.ClientFor(a.Lead.Email)).SendAsync(Request(method, url));

        Assert.True(response.IsSuccessStatusCode, $"{method} {path} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [DbFact]
    public async Task Elements_ListTheSnapshotWithTitlesAndSelfRatings()
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();

        var elements = await JsonAsync(await (await app.ClientFor(a.Body.Admin.Email)).GetAsync($"{Base(a)}/elements"));

        Assert.Equal(57, elements.GetArrayLength());
        var first = elements[0];
        Assert.Equal("1.1.1", first.GetProperty("number").GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("title").GetString()));
        Assert.True(first.GetProperty("inScope").GetBoolean());
        Assert.False(first.GetProperty("reviewed").GetBoolean());
    }

    [DbFact]
    public async Task Element_ShowsTheFrozenEvidence_WhoseFileDownloads()
    {
        var bytes = TestData.Pdf(Guid.NewGuid().ToString());
        var a = await app.Data.CreateAssessmentWithEvidenceAsync(element: "3.2.1", title: "Service standards", content: bytes);
        var lead = await app.ClientFor(a.Lead.Email);

        var element = await JsonAsync(await lead.GetAsync($"{Base(a)}/elements/3.2.1"));

        Assert.Equal("3.2.1", element.GetProperty("element").GetProperty("number").GetString());
        Assert.False(string.IsNullOrEmpty(element.GetProperty("statement").GetString()));
        var evidence = Assert.Single(element.GetProperty("evidence").EnumerateArray());
        Assert.Equal("Service standards", evidence.GetProperty("title").GetString());
        Assert.Equal(1, evidence.GetProperty("revision").GetInt32());
        var file = Assert.Single(evidence.GetProperty("files").EnumerateArray());
        var download = await lead.GetAsync(file.GetProperty("downloadUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
    }

    [DbFact]
    public async Task ElementAndFile_UnknownOrNotInTheSnapshot_Are404()
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();
        var later = await app.Data.CreateEvidenceAsync(a.Organisation.Id, "Added after applying");
        var laterFile = await app.WithDbAsync(db => db.Set<EvidenceFile>()
            .Where(f => db.Set<EvidenceRevision>().Any(r => r.Id == f.EvidenceRevisionId && r.EvidenceItemId == later.Id)).Select(f => f.Id).SingleAsync());
        var lead = await app.ClientFor(a.Lead.Email);

        await AssertProblemAsync(await lead.GetAsync($"{Base(a)}/elements/9.9.9"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await lead.PutAsJsonAsync($"{Base(a)}/elements/9.9.9/review", new { reviewed = true }), HttpStatusCode.NotFound);
        await AssertProblemAsync(await lead.GetAsync($"{Base(a)}/files/{laterFile}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await lead.GetAsync($"{Base(a)}/visit/sessions/{Guid.NewGuid()}/notes"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"/api/v1/certification-bodies/{a.Body.Id}/assessments/not-a-guid/elements")).StatusCode);
    }

    [DbFact]
    public async Task PutReview_Valid_SavesAndReturnsTheElement()
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();

        var response = await (await app.ClientFor(a.Lead.Email)).PutAsJsonAsync($"{Base(a)}/elements/1.3.1/review",
            new { provisionalRatingKey = "CompliancePlus", note = "Exemplary panel.", reviewed = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var element = (await JsonAsync(response)).GetProperty("element");
        Assert.Equal("Compliance Plus", element.GetProperty("provisionalRatingName").GetString());
        Assert.Equal("Exemplary panel.", element.GetProperty("reviewNote").GetString());
        var saved = await app.WithDbAsync(db => db.Set<AssessmentElement>().SingleAsync(e => e.AssessmentId == a.Id && e.ElementNumber == "1.3.1"));
        Assert.True(saved.Reviewed);
        Assert.Equal("CompliancePlus", saved.ProvisionalRatingKey);
    }

    [DbFact]
    public async Task PutReview_BadRatingOrByTheBodyAdmin_IsRefused()
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();

        var bad = await (await app.ClientFor(a.Lead.Email)).PutAsJsonAsync($"{Base(a)}/elements/1.3.1/review", new { provisionalRatingKey = "Great", reviewed = true });
        var admin = await (await app.ClientFor(a.Body.Admin.Email)).PutAsJsonAsync($"{Base(a)}/elements/1.3.1/review", new { provisionalRatingKey = "Compliance", reviewed = true });

        await AssertProblemAsync(bad, HttpStatusCode.BadRequest, "ProvisionalRatingKey", "Select a rating");
        await AssertProblemAsync(admin, HttpStatusCode.Forbidden);
        Assert.False(await app.WithDbAsync(db => db.Set<AssessmentElement>().AnyAsync(e => e.AssessmentId == a.Id && e.Reviewed)));
    }

    [DbFact]
    public async Task PostEvidenceRequest_Valid_Is201AndListed()
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();
        var lead = await app.ClientFor(a.Lead.Email);

        var response = await lead.PostAsJsonAsync($"{Base(a)}/evidence-requests", new { elementNumber = "4.1.1", text = "Please provide the complaints log.", dueOn = DueDate });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Open", (await JsonAsync(response)).GetProperty("status").GetString());
        var list = await JsonAsync(await lead.GetAsync($"{Base(a)}/evidence-requests"));
        var only = Assert.Single(list.EnumerateArray());
        Assert.Equal("4.1.1", only.GetProperty("elementNumber").GetString());
        Assert.Equal(DueDate, only.GetProperty("dueOn").GetString());
    }

    [DbTheory]
    [InlineData("4.1.1", "31/12/2030", "DueOn", "The due date must be a real date, written as yyyy-MM-dd, like 2027-03-31")]
    [InlineData("4.1.1", "2020-01-01", "DueOn", "The date the evidence is due must be today or in the future")]
    [InlineData("", "2040-01-01", "ElementNumber", "Select the element")]
    [InlineData("9.9.9", "2040-01-01", "ElementNumber", "Select an element this assessment covers")]
    public async Task PostEvidenceRequest_Invalid_Is400KeyedByField(string element, string due, string field, string message)
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();

        var response = await (await app.ClientFor(a.Lead.Email)).PostAsJsonAsync($"{Base(a)}/evidence-requests", new { elementNumber = element, text = "Please provide it.", dueOn = due });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field, message);
        Assert.False(await app.WithDbAsync(db => db.Set<EvidenceRequest>().AnyAsync(r => r.AssessmentId == a.Id)));
    }

    [DbFact]
    public async Task Sessions_PlanChangeAndRemove()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var lead = await app.ClientFor(a.Lead.Email);

        var created = await lead.PostAsJsonAsync($"{Base(a)}/visit/sessions", SessionBody(kind: "customerInterview", elements: ["2.1.1", "1.1.1"]));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var session = await JsonAsync(created);
        Assert.Equal("CustomerInterview", session.GetProperty("kind").GetString());
        Assert.Equal("Interview with customers", session.GetProperty("kindName").GetString());
        Assert.Equal("09:00", session.GetProperty("startsAt").GetString());
        Assert.Equal(["1.1.1", "2.1.1"], session.GetProperty("elementNumbers").EnumerateArray().Select(e => e.GetString()));
        var id = session.GetProperty("id").GetGuid();

        var changed = await lead.PutAsJsonAsync($"{Base(a)}/visit/sessions/{id}", SessionBody(startsAt: "13:00", endsAt: "14:30", site: "Library"));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("Library", (await JsonAsync(changed)).GetProperty("site").GetString());
        var list = await JsonAsync(await lead.GetAsync($"{Base(a)}/visit/sessions"));
        Assert.Equal("13:00", Assert.Single(list.EnumerateArray()).GetProperty("startsAt").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await lead.DeleteAsync($"{Base(a)}/visit/sessions/{id}")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<VisitSession>().AnyAsync(s => s.AssessmentId == a.Id)));
        await AssertProblemAsync(await lead.DeleteAsync($"{Base(a)}/visit/sessions/{id}"), HttpStatusCode.NotFound);
    }

    [DbTheory]
    [InlineData("date", "4 March", "Date", "The date of the session must be a real date, written as yyyy-MM-dd, like 2027-03-31")]
    [InlineData("startsAt", "nine", "StartsAt", "Enter the start time on the 24-hour clock, like 09:30")]
    [InlineData("endsAt", "08:00", "EndsAt", "The end time must be after the start time")]
    [InlineData("kind", "Party", "Kind", "Select the kind of session: one of CustomerInterview, StaffInterview, PartnerInterview, ManagerInterview, Observation, DocumentReview, FeedbackMeeting")]
    [InlineData("kind", "3", "Kind", "Select the kind of session: one of CustomerInterview, StaffInterview, PartnerInterview, ManagerInterview, Observation, DocumentReview, FeedbackMeeting")]
    [InlineData("site", "", "Site", "Enter where the session takes place")]
    [InlineData("elements", "9.9.9", "ElementNumbers", "Select elements of this assessment")]
    public async Task PostSession_Invalid_Is400KeyedByField(string which, string value, string field, string message)
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var body = which switch
        {
            "date" => SessionBody(date: value),
            "startsAt" => SessionBody(startsAt: value),
            "endsAt" => SessionBody(endsAt: value),
            "kind" => SessionBody(kind: value),
            "site" => SessionBody(site: value),
            _ => SessionBody(elements: [value]),
        };

        var response = await (await app.ClientFor(a.Lead.Email)).PostAsJsonAsync($"{Base(a)}/visit/sessions", body);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field, message);
        Assert.False(await app.WithDbAsync(db => db.Set<VisitSession>().AnyAsync(s => s.AssessmentId == a.Id)));
    }

    [DbFact]
    public async Task PostSession_NotJson_Is400NotA500()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var response = await (await app.ClientFor(a.Lead.Email)).PostAsync($"{Base(a)}/visit/sessions",
            new StringContent("{ \"date\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [DbFact]
    public async Task Notes_RecordAndList_ThenTheSessionCannotBeRemoved()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var session = await app.Data.PlanSessionAsync(a);
        var lead = await app.ClientFor(a.Lead.Email);
        var notes = $"{Base(a)}/visit/sessions/{session.Id}/notes";

        var created = await lead.PostAsJsonAsync(notes, new { elementNumber = "1.2.1", text = "Good use of the survey." });
        var bad = await lead.PostAsJsonAsync(notes, new { elementNumber = "9.9.9", text = "Nowhere." });
        var list = await JsonAsync(await lead.GetAsync(notes));
        var remove = await lead.DeleteAsync($"{Base(a)}/visit/sessions/{session.Id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await AssertProblemAsync(bad, HttpStatusCode.BadRequest, "ElementNumber", "Select an element of this assessment");
        Assert.Equal("Good use of the survey.", Assert.Single(list.EnumerateArray()).GetProperty("text").GetString());
        await AssertProblemAsync(remove, HttpStatusCode.Conflict);
        Assert.Equal(AssessmentStatus.OnSite, await app.WithDbAsync(db => db.Set<Assessment>().Where(x => x.Id == a.Id).Select(x => x.Status).SingleAsync()));
    }

    [DbFact]
    public async Task Sessions_BodyAdmin_ReadsButCannotPlan()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        await app.Data.PlanSessionAsync(a);
        var admin = await app.ClientFor(a.Body.Admin.Email);

        var list = await admin.GetAsync($"{Base(a)}/visit/sessions");
        var plan = await admin.PostAsJsonAsync($"{Base(a)}/visit/sessions", SessionBody());

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        await AssertProblemAsync(plan, HttpStatusCode.Forbidden);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<VisitSession>().CountAsync(s => s.AssessmentId == a.Id)));
    }
}

public sealed class AssessmentReviewApiTestsOnSqlite(SqliteApp app) : AssessmentReviewApiTests(app), IClassFixture<SqliteApp>;

public sealed class AssessmentReviewApiTestsOnPostgres(PostgresApp app) : AssessmentReviewApiTests(app), IClassFixture<PostgresApp>;
