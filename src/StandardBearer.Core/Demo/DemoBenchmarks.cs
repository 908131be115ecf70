using System.Globalization;
using System.Text;
using StandardBearer.Core.Organisations;

namespace StandardBearer.Core.Demo;

/// <summary>
/// Three years of results for the demo's league tables, written as the CSV a body would bring from its spreadsheets
/// (so seeding goes through the real import). The Centre for Assessment gets 40 holders and Northern Quality
/// Certification 8: each has a full assessment a little over two years ago, then annual reviews covering about a
/// third of the elements, mostly improving. The same seed always gives the same file.
/// </summary>
public static class DemoBenchmarks
{
    public const string CentreBody = "Centre for Assessment";
    public const string NorthernBody = "Northern Quality Certification";
    public const string Header = "organisation,sector,region,certification_body,assessment_date,assessment_type,element,rating";

    public sealed record DemoHolder(string Name, Sector Sector, Region Region, SizeBand Size, string Body, bool Publishes);

    public static readonly IReadOnlyList<DemoHolder> Holders = Build();

    private static List<DemoHolder> Build()
    {
        (string Name, Sector Sector, Region Region, SizeBand Size)[] centre =
        [
            ("Ashby Vale District Council", Sector.LocalGovernment, Region.EastMidlands, SizeBand.From250To999),
            ("Brackenford Metropolitan Borough Council", Sector.LocalGovernment, Region.NorthWest, SizeBand.From1000To4999),
            ("Calderbrook City Council", Sector.LocalGovernment, Region.YorkshireAndTheHumber, SizeBand.From5000),
            ("Dunmere County Council", Sector.LocalGovernment, Region.SouthWest, SizeBand.From5000),
            ("Eastholme Borough Council", Sector.LocalGovernment, Region.EastOfEngland, SizeBand.From1000To4999),
            ("Fernley District Council", Sector.LocalGovernment, Region.SouthEast, SizeBand.From250To999),
            ("Glenarth County Borough Council", Sector.LocalGovernment, Region.Wales, SizeBand.From1000To4999),
            ("Hallam Moor Parish Council", Sector.LocalGovernment, Region.YorkshireAndTheHumber, SizeBand.Under50),
            ("Ironbridge Gorge Borough Council", Sector.LocalGovernment, Region.WestMidlands, SizeBand.From1000To4999),
            ("Kestrel Bay Council", Sector.LocalGovernment, Region.Scotland, SizeBand.From1000To4999),
            ("London Borough of Marlowe", Sector.LocalGovernment, Region.London, SizeBand.From5000),
            ("Northfleet Town Council", Sector.LocalGovernment, Region.SouthEast, SizeBand.Under50),
            ("Peak Fringe National Park Authority", Sector.NationalPark, Region.EastMidlands, SizeBand.From250To999),
            ("Western Fells National Park Authority", Sector.NationalPark, Region.NorthWest, SizeBand.From250To999),
            ("Coastal Downs National Park Authority", Sector.NationalPark, Region.SouthEast, SizeBand.From50To249),
            ("Bryn Uchel National Park Authority", Sector.NationalPark, Region.Wales, SizeBand.From50To249),
            ("University of Ashcombe", Sector.HigherEducation, Region.SouthWest, SizeBand.From1000To4999),
            ("Kingsmere University", Sector.HigherEducation, Region.London, SizeBand.From5000),
            ("Northgate Metropolitan University", Sector.HigherEducation, Region.NorthEast, SizeBand.From1000To4999),
            ("Tamworth Vale College", Sector.FurtherEducation, Region.EastMidlands, SizeBand.From250To999),
            ("Severnside College", Sector.FurtherEducation, Region.SouthWest, SizeBand.From250To999),
            ("Fenland Skills College", Sector.FurtherEducation, Region.EastOfEngland, SizeBand.From250To999),
            ("Greenway Homes", Sector.Housing, Region.NorthEast, SizeBand.From250To999),
            ("Millbrook Housing Trust", Sector.Housing, Region.WestMidlands, SizeBand.From250To999),
            ("Riverbank Housing Partnership", Sector.Housing, Region.London, SizeBand.From1000To4999),
            ("Hearth Community Housing", Sector.Housing, Region.YorkshireAndTheHumber, SizeBand.From50To249),
            ("Westmoor Police", Sector.Police, Region.SouthWest, SizeBand.From1000To4999),
            ("Eastvale Constabulary", Sector.Police, Region.EastOfEngland, SizeBand.From1000To4999),
            ("Northshire Police", Sector.Police, Region.NorthEast, SizeBand.From1000To4999),
            ("Midland Counties Fire and Rescue Service", Sector.FireAndRescue, Region.EastMidlands, SizeBand.From1000To4999),
            ("Coastline Fire and Rescue Service", Sector.FireAndRescue, Region.SouthEast, SizeBand.From250To999),
            ("Pennine Fire and Rescue Service", Sector.FireAndRescue, Region.NorthWest, SizeBand.From250To999),
            ("Valley Health Trust", Sector.Health, Region.Wales, SizeBand.From5000),
            ("Southmead Community Health", Sector.Health, Region.SouthEast, SizeBand.From1000To4999),
            ("HM Land Records Agency", Sector.CentralGovernment, Region.WestMidlands, SizeBand.From1000To4999),
            ("National Pensions Service", Sector.CentralGovernment, Region.NorthEast, SizeBand.From5000),
            ("Driver Licensing Office", Sector.CentralGovernment, Region.Wales, SizeBand.From1000To4999),
            ("Carers Together", Sector.Charity, Region.London, SizeBand.From50To249),
            ("Open Door Advice", Sector.Charity, Region.NorthWest, SizeBand.Under50),
            ("Harbour Lights Trust", Sector.Charity, Region.SouthWest, SizeBand.From50To249),
        ];
        (string Name, Sector Sector, Region Region, SizeBand Size)[] northern =
        [
            ("Moorside Borough Council", Sector.LocalGovernment, Region.NorthEast, SizeBand.From1000To4999),
            ("Tynebridge City Council", Sector.LocalGovernment, Region.NorthEast, SizeBand.From5000),
            ("Lakeland District Council", Sector.LocalGovernment, Region.NorthWest, SizeBand.From250To999),
            ("Border Hills National Park Authority", Sector.NationalPark, Region.NorthEast, SizeBand.From50To249),
            ("Northern Dales College", Sector.FurtherEducation, Region.YorkshireAndTheHumber, SizeBand.From250To999),
            ("Wearside Homes", Sector.Housing, Region.NorthEast, SizeBand.From250To999),
            ("Cumbria Coast Fire and Rescue Service", Sector.FireAndRescue, Region.NorthWest, SizeBand.From250To999),
            ("Highland Gateway Council", Sector.LocalGovernment, Region.Scotland, SizeBand.From1000To4999),
        ];
        // Most publish; a few do not, so the public table visibly leaves some out.
        return centre.Select((h, i) => new DemoHolder(h.Name, h.Sector, h.Region, h.Size, CentreBody, i % 5 != 3))
            .Concat(northern.Select((h, i) => new DemoHolder(h.Name, h.Sector, h.Region, h.Size, NorthernBody, i % 3 != 2)))
            .ToList();
    }

    /// <summary>The results file for <paramref name="elements"/> (in order) as of <paramref name="today"/>.</summary>
    public static string Csv(IReadOnlyList<string> elements, DateOnly today)
    {
        var random = new Random(2026);
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var (holder, index) in Holders.Select((h, i) => (h, i)))
        {
            // Quality from 0 to 1: how likely an element is Compliance Plus and how unlikely Partial.
            var quality = random.NextDouble();
            var ratings = elements.ToDictionary(e => e, _ => Rate(random, quality));
            var start = today.AddYears(-2).AddDays(-30 - random.Next(300));
            Write(csv, holder, start, index % 4 == 0 ? "Reassessment" : "Initial", ratings);
            for (var year = 1; year <= 2; year++)
            {
                var on = start.AddYears(year).AddDays(random.Next(-20, 20));
                if (on > today) break;
                quality = Math.Min(1, quality + random.NextDouble() * 0.2 - 0.05);
                var reviewed = elements.Where((_, n) => n % 3 == (index + year) % 3).ToDictionary(e => e, _ => Rate(random, quality));
                Write(csv, holder, on, "AnnualReview", reviewed);
            }
        }
        return csv.ToString();
    }

    private static string Rate(Random random, double quality)
    {
        var roll = random.NextDouble();
        return roll < 0.02 + 0.28 * quality ? "Compliance Plus"
            : roll > 0.97 + 0.03 * quality ? "Partial Compliance"
            : "Compliance";
    }

    private static void Write(StringBuilder csv, DemoHolder holder, DateOnly on, string type, Dictionary<string, string> ratings)
    {
        foreach (var (element, rating) in ratings)
            csv.Append(CultureInfo.InvariantCulture,
                $"\"{holder.Name}\",{holder.Sector},{holder.Region},{holder.Body},{on:yyyy-MM-dd},{type},{element},{rating}\n");
    }
}
