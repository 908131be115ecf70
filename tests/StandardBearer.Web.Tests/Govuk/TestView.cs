using System.Linq.Expressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

/// <summary>MVC's own services, so metadata honours [Display] and [Required] as it does in the app.</summary>
internal static class MvcTestServices
{
    public static IServiceProvider Services { get; } = new ServiceCollection()
        .AddLogging()
        .AddMvcCore()
        .AddDataAnnotations()
        .Services
        .AddGovukFrontend()
        .BuildServiceProvider();

    public static IModelMetadataProvider MetadataProvider => Services.GetRequiredService<IModelMetadataProvider>();
}

/// <summary>A view over a model with its model state, as a page would have after a GET or a failed POST.</summary>
internal sealed class TestView<TModel>
{
    public TestView(TModel model)
    {
        Model = model;
        ViewData = new ViewDataDictionary<TModel>(MvcTestServices.MetadataProvider, ModelState) { Model = model };
        ViewContext = new ViewContext
        {
            HttpContext = new DefaultHttpContext { RequestServices = MvcTestServices.Services },
            ViewData = ViewData,
        };
    }

    public TModel Model { get; }

    public ModelStateDictionary ModelState { get; } = new();

    public ViewDataDictionary<TModel> ViewData { get; }

    public ViewContext ViewContext { get; }

    /// <summary>What Razor builds for <c>asp-for="…"</c>.</summary>
    public ModelExpression For<TValue>(Expression<Func<TModel, TValue>> expression) =>
        new ModelExpressionProvider(MvcTestServices.MetadataProvider).CreateModelExpression(ViewData, expression);

    /// <summary>Records a posted value, as model binding does, so the page redisplays it.</summary>
    public void Posted(string key, string value) => ModelState.SetModelValue(key, value, value);
}
