using System.Net;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Admin;

public abstract class AdminTests(AppFixture app)
{
    [DbFact]
    public async Task NewOrganisation_Invalid_ShowsErrorsAndCreatesNothing()
    {
        var owner = await app.Data.CreateStandardOwnerAsync();
        var client = await app.ClientFor(owner.Email);
        var before = await app.WithDbAsync(db => db.Organisations.CountAsync());

        var response = await client.SubmitFormAsync("/admin/organisations/new", new() { ["Input.Name"] = "", ["AdminEmail"] = "" });

        await PageAssert.InvalidAsync(response, "Enter the organisation's name", "Select a sector", "Select a region", "Select the number of staff",
            "Enter the email address of the organisation's first admin");
        Assert.Equal(before, await app.WithDbAsync(db => db.Organisations.CountAsync()));
    }

    [DbFact]
    public async Task NewOrganisation_Valid_CreatesItAndInvitesItsFirstAdmin()
    {
        var owner = await app.Data.CreateStandardOwnerAsync();
        var client = await app.ClientFor(owner.Email);
        var name = $"Moorland Fire and Rescue {Guid.NewGuid():N}";

        var response = await client.SubmitFormAsync("/admin/organisations/new", new()
        {
            ["Input.Name"] = name, ["Input.Sector"] = "FireAndRescue", ["Input.Region"] = "NorthWest", ["Input.SizeBand"] = "From1000To4999",
            ["AdminEmail"] = "chief@moorland-fire.example",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var organisation = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Name == name));
        Assert.True(await app.WithDbAsync(db => db.Invitations.AnyAsync(i => i.OrganisationId == organisation.Id && i.Role == Role.OrganisationAdmin)));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "OrganisationCreated" && e.OrganisationId == organisation.Id && e.UserId == owner.Id)));
    }

    [DbFact]
    public async Task NewBody_DuplicateName_IsRejectedAndNothingWritten()
    {
        var owner = await app.Data.CreateStandardOwnerAsync();
        var existing = await app.Data.CreateBodyAsync();
        var client = await app.ClientFor(owner.Email);
        var invitationsBefore = await app.WithDbAsync(db => db.Invitations.CountAsync());

        var response = await client.SubmitFormAsync("/admin/bodies/new", new() { ["Input.Name"] = existing.Name, ["AdminEmail"] = "boss@body.example" });

        await PageAssert.InvalidAsync(response, "A certification body with this name already exists");
        Assert.Equal(invitationsBefore, await app.WithDbAsync(db => db.Invitations.CountAsync()));
    }

    [DbFact]
    public async Task NewBody_Valid_CreatesItAndInvitesItsAdmin()
    {
        var owner = await app.Data.CreateStandardOwnerAsync();
        var client = await app.ClientFor(owner.Email);
        var name = $"Southern Certification {Guid.NewGuid():N}";

        var response = await client.SubmitFormAsync("/admin/bodies/new", new() { ["Input.Name"] = name, ["AdminEmail"] = "lead@southern.example" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var body = await app.WithDbAsync(db => db.CertificationBodies.SingleAsync(b => b.Name == name));
        Assert.True(await app.WithDbAsync(db => db.Invitations.AnyAsync(i => i.CertificationBodyId == body.Id && i.Email == "lead@southern.example")));
    }

    [DbFact]
    public async Task NewOrganisation_PostAsOrganisationAdmin_Is403()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(tenant.Admin.Email);
        var (_, page) = await client.GetPageAsync("/account/change-password");

        var response = await client.PostAsync("/admin/organisations/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.AntiforgeryToken(), ["Input.Name"] = "Sneaky",
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [DbFact]
    public async Task Audit_Get_ShowsEventsFromEveryTenant()
    {
        var owner = await app.Data.CreateStandardOwnerAsync();
        var a = await app.Data.CreateOrganisationAsync();
        var b = await app.Data.CreateBodyAsync();
        var client = await app.ClientFor(owner.Email);

        var (_, page) = await client.GetPageAsync("/admin/audit");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains(a.Name, text);
        Assert.Contains(b.Name, text);
    }
}

public sealed class AdminTestsOnSqlite(SqliteApp app) : AdminTests(app), IClassFixture<SqliteApp>;

public sealed class AdminTestsOnPostgres(PostgresApp app) : AdminTests(app), IClassFixture<PostgresApp>;
