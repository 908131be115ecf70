using System.Diagnostics;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Costs;
using StandardBearer.Core.Data;
using StandardBearer.Core.Reports;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Tenancy;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Reports;

/// <summary>
/// The board report from real data, on each provider: an organisation assessed two years running by one body, with a
/// benchmark position and costs, read back from the DOCX, PDF and HTML; and the service's edit, refresh and tenancy rules.
/// </summary>
public abstract class BoardReportTests(AppFixture app)
{
    private static Actor As(TestUser user) => TestData.ActorFor(user);

    private Task<T> Reports<T>(Func<BoardReportService, Task<T>> work) => app.WithServicesAsync(sp => work(sp.GetRequiredService<BoardReportService>()));

    private Task<bool> Reports(Func<BoardReportService, Task> work) => app.WithServicesAsync(async sp =>
    {
        await work(sp.GetRequiredService<BoardReportService>());
        return true;
    });

    private Task<T> Assessments<T>(Func<AssessmentService, Task<T>> work) => app.WithServicesAsync(sp => work(sp.GetRequiredService<AssessmentService>()));

    private Task<BoardReportDocument?> GetAsync(Guid organisationId, int year) => app.WithDbAsync(db => BoardReportQueries.GetAsync(db, organisationId, year));

    private Task<List<string>> AuditAsync(Guid organisationId) =>
        app.WithDbAsync(db => db.AuditEvents.Where(e => e.OrganisationId == organisationId && e.Subject.StartsWith("BoardReport/"))
            .OrderBy(e => e.OccurredAt).Select(e => e.Action).ToListAsync());

    private static int ThisYear => DateTime.UtcNow.Year;

    /// <summary>
    /// A holder in a body with six other holders: assessed last year with <paramref name="firstYear"/> at Compliance
    /// Plus, then reviewed this year with <paramref name="newThisYear"/> in scope and rated Compliance Plus, on a visit
    /// with one session; with this year's and last year's costs and budgets.
    /// </summary>
    private async Task<TestHolder> AssessedTwoYearsRunningAsync(IReadOnlyList<string> firstYear, IReadOnlyList<string> newThisYear)
    {
        var benchmark = await app.Data.CreateBenchmarkAsync(holders: 6);
        var holder = await app.Data.CreateHolderAsync(compliancePlus: firstYear, body: benchmark.Body);
        var review = await Assessments(s => s.ApplyAsync(holder.Organisation.Id,
            TestData.Application(holder.Body.Id, AssessmentType.AnnualReview) with { InScopeElements = newThisYear }, As(holder.Organisation.Admin)));
        var reviewed = new TestAssessment(review.Id, holder.Organisation, holder.Body);
        await app.Data.AdvanceAssessmentAsync(reviewed, AssessmentStage.Assigned);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await app.Data.PlanSessionAsync(reviewed, new PlanSessionRequest
        {
            Date = today, StartsAt = new TimeOnly(10, 0), EndsAt = new TimeOnly(11, 0), Site = "Riverside Library",
            Kind = SessionKind.CustomerInterview, Participants = "four residents who use the library", ElementNumbers = [.. newThisYear],
        });
        foreach (var number in newThisYear)
            await Assessments(s => s.RateElementAsync(holder.Body.Id, review.Id, number,
                new RateElementRequest { RatingKey = "CompliancePlus", Comment = $"Exemplary practice on {number}." }, As(reviewed.Lead)));
        await app.Data.AdvanceAssessmentAsync(reviewed, AssessmentStage.Decided);

        await app.WithDbAsync(async db =>
        {
            // The first assessment took place last year; the review's visit is today.
            var lastYear = new DateTimeOffset(ThisYear - 1, 3, 20, 12, 0, 0, TimeSpan.Zero);
            await db.Set<Assessment>().Where(a => a.Id == holder.Assessment.Id).ExecuteUpdateAsync(a => a
                .SetProperty(x => x.VisitStartsOn, new DateOnly(ThisYear - 1, 3, 10)).SetProperty(x => x.VisitEndsOn, new DateOnly(ThisYear - 1, 3, 11))
                .SetProperty(x => x.ReportReleasedAt, lastYear).SetProperty(x => x.DecidedAt, lastYear.AddDays(10)));
            await db.Set<Assessment>().Where(a => a.Id == review.Id).ExecuteUpdateAsync(a => a
                .SetProperty(x => x.VisitStartsOn, today).SetProperty(x => x.VisitEndsOn, today));
            var now = db.Time.GetUtcNow();
            db.StaffTimeEntries.AddRange(
                new StaffTimeEntry { Id = Guid.NewGuid(), OrganisationId = holder.Organisation.Id, Year = ThisYear, Who = "Customer team", Role = "Officers", Activity = "Evidence", Quantity = 10, Unit = TimeUnit.Days, CreatedAt = now, UpdatedAt = now },
                new StaffTimeEntry { Id = Guid.NewGuid(), OrganisationId = holder.Organisation.Id, Year = ThisYear, Who = "Casey Lead", Role = "CSE lead", Activity = "Visit", Quantity = 14.8m, Unit = TimeUnit.Hours, CreatedAt = now, UpdatedAt = now });
            db.CostItems.AddRange(
                new CostItem { Id = Guid.NewGuid(), OrganisationId = holder.Organisation.Id, Year = ThisYear, Kind = CostKind.AssessmentFee, Description = "Annual review", Amount = 2400m, CreatedAt = now, UpdatedAt = now },
                new CostItem { Id = Guid.NewGuid(), OrganisationId = holder.Organisation.Id, Year = ThisYear, Kind = CostKind.Travel, Description = "Assessor travel", Amount = 150.5m, CreatedAt = now, UpdatedAt = now },
                new CostItem { Id = Guid.NewGuid(), OrganisationId = holder.Organisation.Id, Year = ThisYear - 1, Kind = CostKind.AssessmentFee, Description = "Initial assessment", Amount = 3100m, CreatedAt = now, UpdatedAt = now });
            db.CostBudgets.AddRange(
                new CostBudget { Id = Guid.NewGuid(), OrganisationId = holder.Organisation.Id, Year = ThisYear, Money = 2000m, StaffDays = 15m, UpdatedAt = now },
                new CostBudget { Id = Guid.NewGuid(), OrganisationId = holder.Organisation.Id, Year = ThisYear - 1, Money = 3500m, UpdatedAt = now });
            return await db.SaveChangesAsync();
        });
        return holder;
    }

    private Task<List<Element>> ElementsAsync() => app.WithDbAsync(async db =>
    {
        var version = await db.StandardVersions.Where(v => v.Standard!.Code == "CSE" && v.Status == VersionStatus.Published)
            .OrderByDescending(v => v.PublishedAt).Select(v => v.Id).FirstAsync();
        return await db.Elements.Where(e => e.StandardVersionId == version).OrderBy(e => e.Order).ToListAsync();
    });

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private static string DocxText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();
        Assert.Equal("Title", paragraphs[0].ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        Assert.Equal(6, paragraphs.Count(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1"));
        Assert.Contains(paragraphs, p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2");
        Assert.Contains(paragraphs, p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "ListBullet");
        var heading1 = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.Equal(0, heading1.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        return string.Join("\n", paragraphs.Select(p => p.InnerText));
    }

    /// <summary>The PDF's text by poppler's pdftotext, without the page footers that could split a sentence over a page break.</summary>
    private static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sb-board-report-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Page 1 of ", text);
            return Regex.Replace(text, @"Page \d+ of \d+", " ");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string HtmlText(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("@media print", html);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal(6, document.QuerySelectorAll("h2").Length);
        return document.Body!.TextContent;
    }

    [DbFact]
    public async Task Generate_AssessedTwoYearsRunning_StatesTheResultsPositionAndCosts_InTheDocxPdfAndHtml()
    {
        var elements = await ElementsAsync();
        var holder = await AssessedTwoYearsRunningAsync(elements.Take(8).Select(e => e.Number).ToList(), [elements[8].Number, elements[9].Number]);
        var organisation = holder.Organisation;

        await Reports(s => s.GenerateAsync(organisation.Id, ThisYear, As(organisation.Admin)));
        var document = (await GetAsync(organisation.Id, ThisYear))!;

        var expected = new List<string>
        {
            "1. Purpose of the report", "3. This year's assessment", "6. Recommendations",
            $"{organisation.Name} achieved full compliance across all {elements.Count} elements, with Compliance Plus in 10.",
            $"2 elements are newly rated Compliance Plus since the {ThisYear - 1} assessment, which gave Compliance Plus in 8:",
            $"{elements[8].Number} {elements[8].Title}", $"{elements[9].Number} {elements[9].Title}",
            "No element has lost Compliance Plus",
            "Riverside Library: Interview with customers with four residents who use the library",
            "1st of 7 organisations; one of only 5 organisations with no partial compliances.",
            $"In {ThisYear}, staff of {organisation.Name} spent 12 days on the standard, against a budget of 15 days (3 days under budget).",
            "Costs came to £2,550.50: £2,400 in assessment fees and £150.50 in other costs, against a budget of £2,000 (£550.50 over budget).",
            $"No staff time was recorded for {ThisYear - 1}. Costs came to £3,100: £3,100 in assessment fees and £0 in other costs, against a budget of £3,500 (£400 under budget).",
            organisation.Admin.Email,
        };
        expected.AddRange(elements.Take(10).Select(e => $"{e.Number} {e.Statement}"));
        foreach (var (format, text) in new[]
        {
            ("docx", DocxText(BoardReportExport.ToDocx(document))),
            ("pdf", PdfText(BoardReportExport.ToPdf(document))),
            ("html", HtmlText(BoardReportExport.ToHtml(document))),
        })
        {
            var flat = Flat(text);
            foreach (var fact in expected)
                Assert.True(flat.Contains(Flat(fact), StringComparison.Ordinal), $"The {format} does not say \"{fact}\".");
            Assert.DoesNotContain($"{elements[10].Number} {elements[10].Statement}", flat);
        }
        Assert.Equal([ThisYear, ThisYear - 1], await app.WithDbAsync(db => BoardReportQueries.AssessmentYearsAsync(db, organisation.Id)));
        Assert.Equal($"board-report-{Regex.Replace(organisation.Name.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-')}-{ThisYear}.docx", BoardReportExport.FileName(document, "docx"));
    }

    [DbFact]
    public async Task Generate_OrganisationWithNoData_GivesSixSectionsAndMakesTheActorTheContactOfficer()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();

        var report = await Reports(s => s.GenerateAsync(organisation.Id, ThisYear, As(organisation.Admin)));

        var document = (await GetAsync(organisation.Id, ThisYear))!;
        Assert.Equal([1, 2, 3, 4, 5, 6], document.Sections.Select(s => s.Number));
        Assert.Equal(organisation.Admin.Email, report.ContactEmail);
        Assert.Equal("Test OrganisationAdmin", document.ContactName);
        Assert.Equal($"No costs were recorded for {ThisYear}.", document.Sections[4].Text);
        Assert.Contains($"Test OrganisationAdmin, {organisation.Admin.Email}", document.Sections[5].Text);
        Assert.Equal(["BoardReportGenerated"], await AuditAsync(organisation.Id));
        Assert.Empty(await app.WithDbAsync(db => BoardReportQueries.AssessmentYearsAsync(db, organisation.Id)));
    }

    [DbFact]
    public async Task Regenerate_AfterAnEdit_KeepsTheEditAndUpdatesTheGeneratedText()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        await Reports(s => s.GenerateAsync(organisation.Id, ThisYear, As(organisation.Admin)));

        await Reports(s => s.EditSectionAsync(organisation.Id, ThisYear, 5, new EditBoardReportSectionRequest { Text = "  Our own words.\r\n\r\n- A bullet  " }, As(organisation.Member)));
        await app.WithDbAsync(db =>
        {
            var now = db.Time.GetUtcNow();
            db.CostItems.Add(new CostItem { Id = Guid.NewGuid(), OrganisationId = organisation.Id, Year = ThisYear, Kind = CostKind.AssessmentFee, Description = "Fee", Amount = 1200m, CreatedAt = now, UpdatedAt = now });
            return db.SaveChangesAsync();
        });
        await Reports(s => s.GenerateAsync(organisation.Id, ThisYear, As(organisation.Admin)));

        var section = (await GetAsync(organisation.Id, ThisYear))!.Sections.Single(s => s.Number == 5);
        Assert.True(section.IsEdited);
        Assert.Equal("Our own words.\n\n- A bullet", section.Text);
        Assert.Equal("Test OrganisationMember", section.EditedByName);
        Assert.Contains("Costs came to £1,200", section.Generated);
        Assert.Equal(["BoardReportGenerated", "BoardReportSectionEdited", "BoardReportRegenerated"], await AuditAsync(organisation.Id));
    }

    [DbFact]
    public async Task RefreshSection_AnEditedSection_DropsTheEditForFreshlyGeneratedText()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        await Reports(s => s.GenerateAsync(organisation.Id, ThisYear, As(organisation.Admin)));
        await Reports(s => s.EditSectionAsync(organisation.Id, ThisYear, 6, new EditBoardReportSectionRequest { Text = "Stop holding it." }, As(organisation.Admin)));

        await Reports(s => s.RefreshSectionAsync(organisation.Id, ThisYear, 6, As(organisation.Admin)));

        var section = (await GetAsync(organisation.Id, ThisYear))!.Sections.Single(s => s.Number == 6);
        Assert.False(section.IsEdited);
        Assert.Null(section.EditedAt);
        Assert.Equal(section.Generated, section.Text);
        Assert.StartsWith("It is recommended that", section.Text);
        Assert.Equal(["BoardReportGenerated", "BoardReportSectionEdited", "BoardReportSectionRefreshed"], await AuditAsync(organisation.Id));
    }

    [DbTheory]
    [InlineData("", "Enter the text of the section")]
    [InlineData("   ", "Enter the text of the section")]
    [InlineData(null, "Enter the text of the section")]
    [InlineData("long", "The text of the section must be 20,000 characters or fewer")]
    public async Task EditSection_BadText_IsRefusedUnderText(string? text, string message)
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        await Reports(s => s.GenerateAsync(organisation.Id, ThisYear, As(organisation.Admin)));

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Reports(s => s.EditSectionAsync(organisation.Id, ThisYear, 1,
            new EditBoardReportSectionRequest { Text = text == "long" ? new string('a', BoardReportService.MaxTextLength + 1) : text }, As(organisation.Admin))));

        Assert.Equal([message], e.Errors["Text"]);
        Assert.False((await GetAsync(organisation.Id, ThisYear))!.Sections[0].IsEdited);
        Assert.Equal(["BoardReportGenerated"], await AuditAsync(organisation.Id));
    }

    [DbFact]
    public async Task EditSection_NoSuchSectionOrReport_IsNotFound_AndABadYearIsRefused()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        var edit = new EditBoardReportSectionRequest { Text = "Text" };

        await Assert.ThrowsAsync<NotFoundException>(() => Reports(s => s.EditSectionAsync(organisation.Id, ThisYear, 1, edit, As(organisation.Admin))));
        await Reports(s => s.GenerateAsync(organisation.Id, ThisYear, As(organisation.Admin)));
        await Assert.ThrowsAsync<NotFoundException>(() => Reports(s => s.EditSectionAsync(organisation.Id, ThisYear, 7, edit, As(organisation.Admin))));
        await Assert.ThrowsAsync<NotFoundException>(() => Reports(s => s.RefreshSectionAsync(organisation.Id, ThisYear, 0, As(organisation.Admin))));
        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Reports(s => s.GenerateAsync(organisation.Id, 1999, As(organisation.Admin))));
        Assert.Contains("Year", e.Errors.Keys);
    }

    [DbFact]
    public async Task AnotherOrganisation_CannotSeeOrEditTheReport()
    {
        var mine = await app.Data.CreateOrganisationWithUsersAsync();
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        await Reports(s => s.GenerateAsync(mine.Id, ThisYear, As(mine.Admin)));

        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().UseOrganisation(other.Id);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Null(await BoardReportQueries.GetAsync(db, mine.Id, ThisYear));
        Assert.False(await db.BoardReports.AnyAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => scope.ServiceProvider.GetRequiredService<BoardReportService>()
            .EditSectionAsync(mine.Id, ThisYear, 1, new EditBoardReportSectionRequest { Text = "Mine now" }, As(other.Admin)));
        Assert.NotNull(await GetAsync(mine.Id, ThisYear));
    }
}

public sealed class BoardReportTestsOnSqlite(SqliteApp app) : BoardReportTests(app), IClassFixture<SqliteApp>;

public sealed class BoardReportTestsOnPostgres(PostgresApp app) : BoardReportTests(app), IClassFixture<PostgresApp>;
