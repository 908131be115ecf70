using System.Net;
using Microsoft.EntityFrameworkCore;
using AngleSharp.Dom;
using StandardBearer.Core.Organisations;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Organisations;

public abstract class EditOrganisationTests(AppFixture app)
{
    private static Dictionary<string, string> Form(string name, string sector = "Housing", string region = "Wales", string size = "From50To249", string postcode = "CF10 1AA") => new()
    {
        ["Input.Name"] = name, ["Input.Sector"] = sector, ["Input.Region"] = region, ["Input.SizeBand"] = size,
        ["Input.AddressLine1"] = "1 High Street", ["Input.Town"] = "Cardiff", ["Input.Postcode"] = postcode,
    };

    [DbFact]
    public async Task Get_AsAdmin_ShowsTheCurrentValues()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(tenant.Admin.Email);

        var (_, page) = await client.GetPageAsync($"/organisations/{tenant.Id}/edit");

        Assert.Equal(tenant.Name, page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.Name']")!.Value);
    }

    [DbFact]
    public async Task Post_Invalid_ShowsErrorsAndChangesNothing()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(tenant.Admin.Email);

        var response = await client.SubmitFormAsync($"/organisations/{tenant.Id}/edit", Form("", sector: "", postcode: "not a postcode"));

        await PageAssert.InvalidAsync(response, "Enter the organisation's name", "Select a sector", "Enter a real postcode");
        Assert.Equal(tenant.Name, await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == tenant.Id).Select(o => o.Name).SingleAsync()));
    }

    [DbFact]
    public async Task Post_NameOfAnotherOrganisation_IsRejected()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var other = await app.Data.CreateOrganisationAsync();
        var client = await app.ClientFor(tenant.Admin.Email);

        var response = await client.SubmitFormAsync($"/organisations/{tenant.Id}/edit", Form(other.Name.ToUpperInvariant()));

        await PageAssert.InvalidAsync(response, "An organisation with this name already exists");
    }

    [DbFact]
    public async Task Post_Valid_UpdatesTheOrganisationAndWritesAnAuditEvent()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(tenant.Admin.Email);
        var newName = $"Renamed {Guid.NewGuid():N}";

        var response = await client.SubmitFormAsync($"/organisations/{tenant.Id}/edit", Form(newName));

        PageAssert.RedirectsTo(response, $"/organisations/{tenant.Id}?updated=true");
        var organisation = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == tenant.Id));
        Assert.Equal(newName, organisation.Name);
        Assert.Equal(Sector.Housing, organisation.Sector);
        Assert.Equal("CF10 1AA", organisation.Address.Postcode);
        var audit = await app.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "OrganisationUpdated" && e.OrganisationId == tenant.Id));
        Assert.Equal(tenant.Admin.Id, audit.UserId);
        Assert.Contains(tenant.Name, audit.Before);
        Assert.Contains(newName, audit.After);
    }

    [DbFact]
    public async Task Post_ToAnotherOrganisation_Is404AndChangesNothing()
    {
        var mine = await app.Data.CreateOrganisationWithUsersAsync();
        var theirs = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(mine.Admin.Email);
        var (_, myPage) = await client.GetPageAsync($"/organisations/{mine.Id}/edit");
        var form = Form("Hijacked");
        form["__RequestVerificationToken"] = myPage.AntiforgeryToken();

        var response = await client.PostAsync($"/organisations/{theirs.Id}/edit", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(theirs.Name, await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == theirs.Id).Select(o => o.Name).SingleAsync()));
    }

    [DbFact]
    public async Task Post_AsMember_Is403()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(tenant.Member.Email);
        var (_, page) = await client.GetPageAsync("/account/change-password");
        var form = Form("Member rename");
        form["__RequestVerificationToken"] = page.AntiforgeryToken();

        var response = await client.PostAsync($"/organisations/{tenant.Id}/edit", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class EditOrganisationTestsOnSqlite(SqliteApp app) : EditOrganisationTests(app), IClassFixture<SqliteApp>;

public sealed class EditOrganisationTestsOnPostgres(PostgresApp app) : EditOrganisationTests(app), IClassFixture<PostgresApp>;
