using System.Net;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Bodies;

public abstract class EditBodyTests(AppFixture app)
{
    [DbFact]
    public async Task Post_Invalid_ShowsErrors()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var client = await app.ClientFor(body.Admin.Email);

        var response = await client.SubmitFormAsync($"/bodies/{body.Id}/edit", new() { ["Input.Name"] = "", ["Input.Website"] = "not a url" });

        await PageAssert.InvalidAsync(response, "Enter the certification body's name", "Enter a website address in the correct format, like https://www.example.org");
    }

    [DbFact]
    public async Task Post_Valid_UpdatesTheBodyAndAudits()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var client = await app.ClientFor(body.Admin.Email);
        var name = $"Body renamed {Guid.NewGuid():N}";

        var response = await client.SubmitFormAsync($"/bodies/{body.Id}/edit", new() { ["Input.Name"] = name, ["Input.Website"] = "https://renamed.example" });

        PageAssert.RedirectsTo(response, $"/bodies/{body.Id}?updated=true");
        Assert.Equal(name, await app.WithDbAsync(db => db.CertificationBodies.Where(b => b.Id == body.Id).Select(b => b.Name).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "CertificationBodyUpdated" && e.CertificationBodyId == body.Id && e.UserId == body.Admin.Id)));
    }

    [DbFact]
    public async Task Post_AsAssessor_Is403()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var client = await app.ClientFor(body.Member.Email);
        var (_, page) = await client.GetPageAsync("/account/change-password");

        var response = await client.PostAsync($"/bodies/{body.Id}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.AntiforgeryToken(), ["Input.Name"] = "Assessor's body",
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class EditBodyTestsOnSqlite(SqliteApp app) : EditBodyTests(app), IClassFixture<SqliteApp>;

public sealed class EditBodyTestsOnPostgres(PostgresApp app) : EditBodyTests(app), IClassFixture<PostgresApp>;
