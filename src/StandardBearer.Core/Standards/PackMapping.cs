using StandardBearer.Core.Standards.Packs;

namespace StandardBearer.Core.Standards;

/// <summary>Between a pack (the exchange format) and a version's rows. Order is kept, so export → import round-trips.</summary>
public static class PackMapping
{
    public static StandardVersion ToVersion(StandardPack pack, Guid standardId, Func<Guid> newId, DateTimeOffset now)
    {
        var versionId = newId();
        var blocking = pack.Outcome.BlockingRatings.ToHashSet(StringComparer.Ordinal);
        var actionPlan = pack.Outcome.ActionPlanRatings.ToHashSet(StringComparer.Ordinal);
        return new StandardVersion
        {
            Id = versionId,
            StandardId = standardId,
            Label = pack.Version,
            Status = VersionStatus.Draft,
            Wording = pack.Wording,
            MinimumCompliantShare = pack.Outcome.MinimumCompliantShare,
            CreatedAt = now,
            Ratings = pack.Ratings.Select((r, i) => new VersionRating
            {
                Id = newId(), StandardVersionId = versionId, Order = i, Key = r.Key, Name = r.Name, Points = r.Points,
                CountsAsCompliant = r.CountsAsCompliant, Blocks = blocking.Contains(r.Key), NeedsActionPlan = actionPlan.Contains(r.Key),
            }).ToList(),
            Crosswalk = pack.Crosswalk.Select(kv => new CrosswalkEntry { Id = newId(), StandardVersionId = versionId, OldNumber = kv.Key, NewNumber = kv.Value }).ToList(),
            Criteria = pack.Criteria.Select((c, ci) =>
            {
                var criterionId = newId();
                return new Criterion
                {
                    Id = criterionId, StandardVersionId = versionId, Order = ci, Number = c.Number, Title = c.Title,
                    SubCriteria = c.SubCriteria.Select((s, si) =>
                    {
                        var subId = newId();
                        return new SubCriterion
                        {
                            Id = subId, StandardVersionId = versionId, CriterionId = criterionId, Order = si, Number = s.Number, Title = s.Title,
                            Elements = s.Elements.Select((e, ei) => new Element
                            {
                                Id = newId(), StandardVersionId = versionId, SubCriterionId = subId, Order = ei, Number = e.Number, Title = e.Title,
                                Statement = e.Statement, Guidance = e.Guidance, ShowMe = e.ShowMe, TellMe = e.TellMe,
                            }).ToList(),
                        };
                    }).ToList(),
                };
            }).ToList(),
        };
    }

    /// <summary>The version as a pack. Needs Standard, Ratings, Crosswalk and the whole criteria tree loaded.</summary>
    public static StandardPack ToPack(StandardVersion version)
    {
        var ratings = version.Ratings.OrderBy(r => r.Order).ToList();
        return new StandardPack
        {
            Code = version.Standard!.Code,
            Title = version.Standard.Title,
            Owner = version.Standard.Owner,
            Version = version.Label,
            Wording = version.Wording,
            Ratings = ratings.Select(r => new PackRating { Key = r.Key, Name = r.Name, Points = r.Points, CountsAsCompliant = r.CountsAsCompliant }).ToList(),
            Outcome = new PackOutcome
            {
                // PostgreSQL's numeric(5,4) hands back 0.8000; the pack says 0.8, so export drops the trailing zeros.
                MinimumCompliantShare = version.MinimumCompliantShare / 1.0000000000000000000000000000m,
                BlockingRatings = ratings.Where(r => r.Blocks).Select(r => r.Key).ToList(),
                ActionPlanRatings = ratings.Where(r => r.NeedsActionPlan).Select(r => r.Key).ToList(),
            },
            Crosswalk = version.Crosswalk.OrderBy(c => c.OldNumber, ElementNumberComparer.Instance).ToDictionary(c => c.OldNumber, c => c.NewNumber),
            Criteria = version.Criteria.OrderBy(c => c.Order).Select(c => new PackCriterion
            {
                Number = c.Number,
                Title = c.Title,
                SubCriteria = c.SubCriteria.OrderBy(s => s.Order).Select(s => new PackSubCriterion
                {
                    Number = s.Number,
                    Title = s.Title,
                    Elements = s.Elements.OrderBy(e => e.Order).Select(e => new PackElement
                    {
                        Number = e.Number, Title = e.Title, Statement = e.Statement, Guidance = e.Guidance, ShowMe = e.ShowMe, TellMe = e.TellMe,
                    }).ToList(),
                }).ToList(),
            }).ToList(),
        };
    }
}
