using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Core.Organisations;

namespace StandardBearer.Web.Infrastructure;

/// <summary>Choices for organisation forms, with GOV.UK-style labels.</summary>
public static class OrganisationChoices
{
    public static IEnumerable<SelectListItem> Sectors =>
        Enum.GetValues<Sector>().Select(s => new SelectListItem(OrganisationNames.Display(s), s.ToString())).Prepend(new SelectListItem("Select a sector", ""));

    public static IEnumerable<SelectListItem> Regions =>
        Enum.GetValues<Region>().Select(r => new SelectListItem(OrganisationNames.Display(r), r.ToString())).Prepend(new SelectListItem("Select a region", ""));

    public static IEnumerable<SelectListItem> SizeBands =>
        Enum.GetValues<SizeBand>().Select(b => new SelectListItem(OrganisationNames.Display(b), b.ToString()));
}
