using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

/// <summary>Binds through MVC's own parameter binder and validator, as a page's [BindProperty] Input would be.</summary>
public sealed class DateOnlyModelBinderTests
{
    private static readonly string[] PartNames = ["Day", "Month", "Year"];

    public sealed class Form
    {
        [Display(Name = "Date of birth")]
        [Required(ErrorMessage = "Enter your date of birth")]
        public DateOnly? DateOfBirth { get; set; }

        [Display(Name = "Start date")]
        [Required(ErrorMessage = "Enter a start date")]
        public DateOnly StartDate { get; set; }
    }

    [Fact]
    public void AddGovukFrontend_Called_PutsTheDateBinderFirst()
    {
        // Act
        var options = MvcTestServices.Services.GetRequiredService<IOptions<MvcOptions>>().Value;

        // Assert
        Assert.IsType<DateOnlyModelBinderProvider>(options.ModelBinderProviders[0]);
    }

    [Fact]
    public async Task Bind_RealDate_BindsItAndModelStateIsValid()
    {
        // Act
        var (form, modelState) = await Bind(("Input.DateOfBirth", "27", "3", "2007"), ("Input.StartDate", " 1 ", "02", "2025"));

        // Assert
        Assert.Equal(new DateOnly(2007, 3, 27), form.DateOfBirth);
        Assert.Equal(new DateOnly(2025, 2, 1), form.StartDate);
        Assert.True(modelState.IsValid);
    }

    [Theory]
    [InlineData("", "3", "2007", "Date of birth must include a day", "Day")]
    [InlineData("27", "", "2007", "Date of birth must include a month", "Month")]
    [InlineData("27", "3", "", "Date of birth must include a year", "Year")]
    [InlineData("27", "", "", "Date of birth must include a month and year", "Month,Year")]
    [InlineData("", "", "2007", "Date of birth must include a day and month", "Day,Month")]
    [InlineData("32", "3", "2007", "Date of birth must be a real date", "Day")]
    [InlineData("27", "13", "2007", "Date of birth must be a real date", "Month")]
    [InlineData("27", "March", "2007", "Date of birth must be a real date", "Month")]
    [InlineData("27", "3", "07", "Date of birth must be a real date", "Year")]
    [InlineData("29", "2", "2023", "Date of birth must be a real date", "Day")]
    [InlineData("-1", "3", "2007", "Date of birth must be a real date", "Day")]
    public async Task Bind_MissingOrImpossiblePart_AddsGovukErrorAndMarksOnlyThatPart(
        string day, string month, string year, string message, string wrongParts)
    {
        // Act
        var (form, modelState) = await Bind(("Input.DateOfBirth", day, month, year), ("Input.StartDate", "1", "1", "2025"));

        // Assert
        Assert.Null(form.DateOfBirth);
        var error = Assert.Single(modelState["Input.DateOfBirth"]!.Errors);
        Assert.Equal(message, error.ErrorMessage);
        var invalid = PartNames
            .Where(part => modelState[$"Input.DateOfBirth.{part}"]!.ValidationState == ModelValidationState.Invalid);
        Assert.Equal(wrongParts, string.Join(',', invalid));
        Assert.Equal(1, modelState.ErrorCount);
    }

    [Fact]
    public async Task Bind_AllPartsEmptyOnNullableRequired_LeavesNullAndRequiredGivesItsMessage()
    {
        // Act
        var (form, modelState) = await Bind(("Input.DateOfBirth", "", "", ""), ("Input.StartDate", "1", "1", "2025"));

        // Assert
        Assert.Null(form.DateOfBirth);
        Assert.Equal("Enter your date of birth", Assert.Single(modelState["Input.DateOfBirth"]!.Errors).ErrorMessage);
    }

    [Fact]
    public async Task Bind_AllPartsEmptyOnNonNullableRequired_GivesRequiredMessage()
    {
        // Act
        var (_, modelState) = await Bind(("Input.DateOfBirth", "1", "1", "2000"), ("Input.StartDate", "", "", ""));

        // Assert
        Assert.Equal("Enter a start date", Assert.Single(modelState["Input.StartDate"]!.Errors).ErrorMessage);
    }

    [Fact]
    public async Task Bind_PlainIsoValueWithoutParts_BindsAsBefore()
    {
        // Arrange
        var values = new Dictionary<string, StringValues> { ["Input.DateOfBirth"] = "2007-03-27", ["Input.StartDate"] = "2025-01-31" };

        // Act
        var (form, modelState) = await Bind(values);

        // Assert
        Assert.Equal(new DateOnly(2007, 3, 27), form.DateOfBirth);
        Assert.Equal(new DateOnly(2025, 1, 31), form.StartDate);
        Assert.True(modelState.IsValid);
    }

    [Fact]
    public async Task Bind_ThenRender_ShowsWhatWasTypedAndHighlightsOnlyTheWrongPart()
    {
        // Arrange
        var (form, modelState) = await Bind(("Input.DateOfBirth", "27", "x", "2007"), ("Input.StartDate", "1", "1", "2025"));
        var page = new Page { Input = form };
        var view = new TestView<Page>(page);
        view.ModelState.Merge(modelState);
        var helper = new GovukDateInputTagHelper { For = view.For(m => m.Input.DateOfBirth), ViewContext = view.ViewContext };

        // Act
        var html = await TagHelperRenderer.Render(helper, "govuk-date-input");

        // Assert
        Assert.Contains("class=\"govuk-input govuk-date-input__input govuk-input--width-2\" id=\"Input_DateOfBirth-day\" name=\"Input.DateOfBirth.Day\" type=\"text\" inputmode=\"numeric\" value=\"27\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-input govuk-date-input__input govuk-input--width-2 govuk-input--error\" id=\"Input_DateOfBirth-month\" name=\"Input.DateOfBirth.Month\" type=\"text\" inputmode=\"numeric\" value=\"x\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"govuk-visually-hidden\">Error:</span> Date of birth must be a real date</p>", html, StringComparison.Ordinal);
    }

    public sealed class Page
    {
        public Form Input { get; set; } = new();
    }

    private static Task<(Form Form, ModelStateDictionary ModelState)> Bind(params (string Name, string Day, string Month, string Year)[] dates)
    {
        var values = new Dictionary<string, StringValues>();
        foreach (var (name, day, month, year) in dates)
        {
            values[name + ".Day"] = day;
            values[name + ".Month"] = month;
            values[name + ".Year"] = year;
        }

        return Bind(values);
    }

    private static async Task<(Form Form, ModelStateDictionary ModelState)> Bind(Dictionary<string, StringValues> values)
    {
        var services = MvcTestServices.Services;
        var actionContext = new ActionContext(new DefaultHttpContext { RequestServices = services }, new RouteData(), new ActionDescriptor());
        var valueProvider = new FormValueProvider(BindingSource.Form, new FormCollection(values), CultureInfo.InvariantCulture);
        var parameter = new ParameterDescriptor { Name = "Input", ParameterType = typeof(Form), BindingInfo = new BindingInfo() };
        var metadata = MvcTestServices.MetadataProvider.GetMetadataForType(typeof(Form));
        var binder = services.GetRequiredService<IModelBinderFactory>().CreateBinder(
            new ModelBinderFactoryContext { Metadata = metadata, BindingInfo = parameter.BindingInfo, CacheToken = parameter });

        var result = await services.GetRequiredService<ParameterBinder>()
            .BindModelAsync(actionContext, binder, valueProvider, parameter, metadata, value: null, container: null);

        return ((Form)result.Model!, actionContext.ModelState);
    }
}
