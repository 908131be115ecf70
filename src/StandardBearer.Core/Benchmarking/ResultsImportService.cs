using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Benchmarking;

/// <summary>
/// Brings in a body's past results from a spreadsheet, one row per element rating:
/// <c>organisation,sector,region,certification_body,assessment_date,assessment_type,element,rating</c>.
/// All or nothing: every row is checked first, and a file with any bad row writes nothing and gets every problem back
/// with its line. Rows group into assessments by organisation, body, date and type; an assessment already imported is
/// left alone when its ratings are the same and has its ratings replaced when they differ, so importing a file twice
/// changes nothing the second time. The file is read as a stream, and organisations, bodies and earlier results are
/// looked up once for the whole file, so a file of 100,000 rows takes seconds (docs/performance.md).
/// </summary>
public sealed class ResultsImportService(AppDbContext db)
{
    public const long MaxBytes = 50L * 1024 * 1024;
    public const int MaxRows = 1_000_000;
    public const int MaxProblemsListed = 1000;

    public static readonly string TooLarge = $"The file must be smaller than {MaxBytes / (1024 * 1024)} MB: split it into smaller files and import each.";

    public static readonly IReadOnlyList<string> Columns =
        ["organisation", "sector", "region", "certification_body", "assessment_date", "assessment_type", "element", "rating"];

    private const int OrganisationColumn = 0, SectorColumn = 1, RegionColumn = 2, BodyColumn = 3, DateColumn = 4, TypeColumn = 5, ElementColumn = 6, RatingColumn = 7;

    // The file has no staff numbers; an organisation created from it starts in the smallest band until its admin says otherwise.
    private const SizeBand NewOrganisationSizeBand = SizeBand.Under50;

    public async Task<ResultsImportReport> ImportAsync(Stream csv, ResultsImportOptions options, Actor actor, CancellationToken ct = default)
    {
        var problems = new Problems();
        if (csv.CanSeek && csv.Length - csv.Position > MaxBytes)
        {
            problems.Add(0, TooLarge);
            return problems.Report();
        }
        var version = await VersionAsync(options, problems, ct);
        if (version is null) return problems.Report();

        await using var hashing = new HashingStream(csv, MaxBytes);
        // Every organisation's and body's name, once: far cheaper than a look-up per row, and names are few beside rows.
        var read = new FileReader(version, options, problems, Dates.Today(db.Time),
            (await db.Elements.Where(e => e.StandardVersionId == version.Id).Select(e => e.Number).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
            Names(await db.Organisations.Select(o => new NameRef(o.Id, o.Name)).ToListAsync(ct)),
            Names(await db.CertificationBodies.Select(b => new NameRef(b.Id, b.Name)).ToListAsync(ct)),
            options.OnlyBodyId is { } only ? await db.CertificationBodies.Where(b => b.Id == only).Select(b => b.Name).SingleAsync(ct) : null);
        try
        {
            using var text = new StreamReader(hashing, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
            await read.ReadAsync(new CsvReader(text), ct);
        }
        catch (FileTooLargeException)
        {
            problems.Add(0, TooLarge);
        }
        catch (CsvFormatException e)
        {
            problems.Add(e.Line, e.Message);
        }
        catch (DecoderFallbackException)
        {
            problems.Add(0, "The file is not UTF-8 text: save it from your spreadsheet as \"CSV UTF-8\".");
        }
        if (problems.Any) return problems.Report();

        return await WriteAsync(read, version, options, actor, hashing.Sha256(), ct);
    }

    private async Task<ResultsImportReport> WriteAsync(FileReader read, StandardVersion version, ResultsImportOptions options, Actor actor, string sha256, CancellationToken ct)
    {
        var now = db.Time.GetUtcNow();
        var import = new ResultsImport
        {
            Id = db.NewId(), CertificationBodyId = options.OnlyBodyId, StandardVersionId = version.Id, FileName = FileNameOf(options.FileName),
            Sha256 = sha256, ImportedAt = now, ImportedBy = Truncate(actor.Name, 200), Rows = read.Rows,
        };

        foreach (var o in read.Organisations.Where(o => o.Id == Guid.Empty))
        {
            o.Id = db.NewId();
            db.Organisations.Add(new Organisation { Id = o.Id, Name = o.Name, Sector = o.Sector!.Value, Region = o.Region!.Value, SizeBand = NewOrganisationSizeBand, CreatedAt = now });
            import.OrganisationsCreated++;
        }
        foreach (var b in read.Bodies.Where(b => b.Id == Guid.Empty))
        {
            b.Id = db.NewId();
            db.CertificationBodies.Add(new CertificationBody { Id = b.Id, Name = b.Name, CreatedAt = now });
            import.BodiesCreated++;
        }

        // Earlier results of the bodies in the file, for this version, with their ratings: one query for the whole file.
        var bodyIds = read.Bodies.Select(b => b.Id).ToList();
        var existing = (await db.HistoricalResults.AsNoTracking()
                .Where(h => h.StandardVersionId == version.Id && bodyIds.Contains(h.CertificationBodyId))
                .Select(h => new ExistingResult(h.Id, h.OrganisationId, h.CertificationBodyId, h.AssessedOn, h.Type,
                    h.Ratings.Select(r => new ExistingRating(r.Id, r.ElementNumber, r.RatingKey)).ToList()))
                .AsSplitQuery()
                .ToListAsync(ct))
            .ToDictionary(h => (h.OrganisationId, h.CertificationBodyId, h.AssessedOn, h.Type));

        var added = new List<HistoricalResult>();
        foreach (var group in read.Groups)
        {
            var organisationId = read.Organisations[group.Organisation].Id;
            var bodyId = read.Bodies[group.Body].Id;
            if (!existing.TryGetValue((organisationId, bodyId, group.Date, group.Type), out var before))
            {
                var resultId = db.NewId();
                added.Add(new HistoricalResult
                {
                    Id = resultId, OrganisationId = organisationId, CertificationBodyId = bodyId, StandardVersionId = version.Id,
                    AssessedOn = group.Date, Type = group.Type, ResultsImportId = import.Id,
                    Ratings = group.Ratings.Select(r => new HistoricalRating
                    {
                        Id = db.NewId(), HistoricalResultId = resultId, OrganisationId = organisationId, CertificationBodyId = bodyId,
                        ElementNumber = r.Key, RatingKey = r.Value,
                    }).ToList(),
                });
                import.ResultsCreated++;
            }
            else if (Replace(before, group.Ratings, import.Id)) import.ResultsUpdated++;
            else import.ResultsUnchanged++;
        }

        db.ResultsImports.Add(import);
        db.Record(actor, "ResultsImported", $"ResultsImport/{import.Id}", certificationBodyId: options.OnlyBodyId, after: new
        {
            import.FileName, Standard = options.StandardCode, Version = version.Label, import.Rows, import.ResultsCreated, import.ResultsUpdated,
            import.ResultsUnchanged,
            OrganisationsCreated = read.Organisations.Where(o => o.Created).Select(o => o.Name),
            BodiesCreated = read.Bodies.Where(b => b.Created).Select(b => b.Name),
        });

        // One transaction for everything. The tracked changes (new organisations and bodies, the history and audit rows,
        // rewritten ratings) are few and saved first; the new results and their ratings, up to a million rows, go in
        // with one prepared INSERT each, which is many times faster than tracking every entity (docs/performance.md).
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await db.InsertAsync(added, ct);
        await db.InsertAsync(added.SelectMany(r => r.Ratings), ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();

        return new ResultsImportReport
        {
            ImportId = import.Id, StandardCode = options.StandardCode, VersionLabel = version.Label, Rows = import.Rows,
            ResultsCreated = import.ResultsCreated, ResultsUpdated = import.ResultsUpdated, ResultsUnchanged = import.ResultsUnchanged,
            OrganisationsCreated = import.OrganisationsCreated, BodiesCreated = import.BodiesCreated,
        };
    }

    /// <summary>Makes an earlier result's ratings those of the file, touching only what differs; false when nothing does.</summary>
    private bool Replace(ExistingResult before, Dictionary<string, string> ratings, Guid importId)
    {
        var old = before.Ratings.ToDictionary(r => r.ElementNumber, StringComparer.Ordinal);
        if (old.Count == ratings.Count && ratings.All(r => old.TryGetValue(r.Key, out var o) && o.RatingKey == r.Value)) return false;

        var result = db.HistoricalResults.Attach(new HistoricalResult
        {
            Id = before.Id, OrganisationId = before.OrganisationId, CertificationBodyId = before.CertificationBodyId, AssessedOn = before.AssessedOn, Type = before.Type,
        });
        result.Property(r => r.ResultsImportId).CurrentValue = importId;
        result.Property(r => r.ResultsImportId).IsModified = true;
        foreach (var o in old.Values)
        {
            var rating = db.HistoricalRatings.Attach(new HistoricalRating
            {
                Id = o.Id, HistoricalResultId = before.Id, OrganisationId = before.OrganisationId, CertificationBodyId = before.CertificationBodyId,
                ElementNumber = o.ElementNumber, RatingKey = o.RatingKey,
            });
            if (!ratings.TryGetValue(o.ElementNumber, out var key)) rating.State = EntityState.Deleted;
            else if (key != o.RatingKey) rating.Property(r => r.RatingKey).CurrentValue = key;
        }
        foreach (var (element, key) in ratings.Where(r => !old.ContainsKey(r.Key)))
        {
            db.HistoricalRatings.Add(new HistoricalRating
            {
                Id = db.NewId(), HistoricalResultId = before.Id, OrganisationId = before.OrganisationId, CertificationBodyId = before.CertificationBodyId,
                ElementNumber = element, RatingKey = key,
            });
        }
        return true;
    }

    private async Task<StandardVersion?> VersionAsync(ResultsImportOptions options, Problems problems, CancellationToken ct)
    {
        var code = options.StandardCode.Trim();
        var versions = db.StandardVersions.Include(v => v.Ratings).Where(v => v.Standard!.Code == code);
        var version = options.VersionLabel is { Length: > 0 } label
            ? await versions.SingleOrDefaultAsync(v => v.Label == label.Trim(), ct)
            : await versions.Where(v => v.Status == VersionStatus.Published).OrderByDescending(v => v.PublishedAt).FirstOrDefaultAsync(ct);
        if (version is null)
        {
            problems.Add(0, options.VersionLabel is { Length: > 0 }
                ? $"There is no version {options.VersionLabel.Trim()} of {code}."
                : $"{code} has no published version to import results against.");
            return null;
        }
        if (version.Status == VersionStatus.Draft)
        {
            problems.Add(0, $"{code} {version.Label} is a draft: import results against a published or retired version.");
            return null;
        }
        return version;
    }

    private static Dictionary<string, NameRef> Names(List<NameRef> rows)
    {
        var names = new Dictionary<string, NameRef>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows) names.TryAdd(row.Name.Trim(), row);
        return names;
    }

    private static string FileNameOf(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/').Trim());
        return Truncate(file.Length == 0 ? "results.csv" : file, 260);
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];

    private sealed record ExistingRating(Guid Id, string ElementNumber, string RatingKey);

    private sealed record ExistingResult(Guid Id, Guid OrganisationId, Guid CertificationBodyId, DateOnly AssessedOn, AssessmentType Type, List<ExistingRating> Ratings);

    /// <summary>An organisation or body already on StandardBearer, by its stored name.</summary>
    private sealed record NameRef(Guid Id, string Name);

    /// <summary>An organisation or body named in the file: found (Id set) or to be created (Id empty until written).</summary>
    private sealed class Party(string name, int firstLine)
    {
        public Guid Id { get; set; }
        public string Name { get; } = name;
        public int FirstLine { get; } = firstLine;
        public bool Created { get; set; }
        public Sector? Sector { get; set; }
        public Region? Region { get; set; }
    }

    private sealed class Group(int organisation, int body, DateOnly date, AssessmentType type)
    {
        public int Organisation { get; } = organisation;
        public int Body { get; } = body;
        public DateOnly Date { get; } = date;
        public AssessmentType Type { get; } = type;
        public Dictionary<string, string> Ratings { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Lines { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Problems
    {
        private readonly List<ResultsImportProblem> _listed = [];
        private int _notListed;

        public bool Any => _listed.Count > 0;

        public void Add(int line, string message)
        {
            if (_listed.Count < MaxProblemsListed) _listed.Add(new ResultsImportProblem(line, message));
            else _notListed++;
        }

        public ResultsImportReport Report() => new() { Problems = _listed, ProblemsNotListed = _notListed };
    }

    /// <summary>Checks every row and groups the good ones into assessments; nothing here touches the database.</summary>
    private sealed class FileReader(
        StandardVersion version, ResultsImportOptions options, Problems problems, DateOnly today, HashSet<string> elements,
        Dictionary<string, NameRef> knownOrganisations, Dictionary<string, NameRef> knownBodies, string? onlyBody)
    {
        private readonly RatingScale _scale = RatingScale.Of(version);
        private readonly Dictionary<string, int> _organisationIndex = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, int> _bodyIndex = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<(int, int, DateOnly, AssessmentType), Group> _groups = [];
        private readonly HashSet<string> _reported = new(StringComparer.OrdinalIgnoreCase);
        private static readonly int[] RequiredColumns = [OrganisationColumn, BodyColumn, DateColumn, TypeColumn, ElementColumn, RatingColumn];
        private int[] _columns = [];

        public List<Party> Organisations { get; } = [];
        public List<Party> Bodies { get; } = [];
        public IEnumerable<Group> Groups => _groups.Values;
        public int Rows { get; private set; }

        public async Task ReadAsync(CsvReader csv, CancellationToken ct)
        {
            if (await csv.ReadAsync(ct) is not { } header)
            {
                problems.Add(0, "The file is empty: it needs the header line and one row for each element rating.");
                return;
            }
            if (!ReadHeader(header)) return;
            while (await csv.ReadAsync(ct) is { } record)
            {
                if (record.IsBlank) continue;
                if (++Rows > MaxRows)
                {
                    problems.Add(record.Line, $"The file has more than {MaxRows:N0} rows: split it into smaller files and import each.");
                    Rows--;
                    return;
                }
                Row(record);
            }
            if (Rows == 0) problems.Add(0, "The file has a header but no results: add one row for each element rating.");
            else CheckNewOrganisations();
        }

        private bool ReadHeader(CsvRecord header)
        {
            var names = header.Fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToList();
            _columns = Columns.Select(c => names.FindIndex(n => string.Equals(n, c, StringComparison.OrdinalIgnoreCase))).ToArray();
            var missing = Columns.Where((_, i) => _columns[i] < 0).ToList();
            if (missing.Count == 0) return true;
            problems.Add(header.Line, $"The first line must be the header {string.Join(",", Columns)} (the columns may be in any order). "
                + $"It has no {string.Join(", ", missing)} column{(missing.Count == 1 ? "" : "s")}.");
            return false;
        }

        private string Value(CsvRecord record, int column) =>
            _columns[column] < record.Fields.Count ? record.Fields[_columns[column]].Trim() : "";

        private void Row(CsvRecord record)
        {
            var line = record.Line;
            var ok = true;
            foreach (var column in RequiredColumns)
            {
                if (Value(record, column).Length == 0)
                {
                    problems.Add(line, $"Enter a value in the {Columns[column]} column.");
                    ok = false;
                }
            }
            if (!ok) return;

            var organisation = OrganisationOf(record);
            var body = BodyOf(record);

            var dateText = Value(record, DateColumn);
            DateOnly date = default;
            if (!DateOnly.TryParseExact(dateText, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                problems.Add(line, $"assessment_date \"{dateText}\" is not a date: write it like 2024-03-31 (or 31/03/2024).");
                ok = false;
            }
            else if (date > today)
            {
                problems.Add(line, $"assessment_date {date:yyyy-MM-dd} is in the future: results can only be imported for assessments that have happened.");
                ok = false;
            }

            var typeText = Value(record, TypeColumn);
            var type = TypeOf(typeText);
            if (type is null)
            {
                problems.Add(line, $"assessment_type \"{typeText}\" is not known: use Initial, AnnualReview or Reassessment.");
                ok = false;
            }

            var element = Value(record, ElementColumn);
            if (!elements.Contains(element))
            {
                problems.Add(line, $"element \"{element}\" is not an element of {options.StandardCode} {version.Label}: use element numbers like 1.1.1.");
                ok = false;
            }

            var ratingText = Value(record, RatingColumn);
            var rating = _scale.Find(ratingText);
            if (rating is null)
            {
                problems.Add(line, $"rating \"{ratingText}\" is not a rating of {options.StandardCode} {version.Label}: use one of "
                    + string.Join(", ", _scale.Ratings.Select(r => r.Name)) + ".");
                ok = false;
            }

            if (!ok || organisation < 0 || body < 0) return;
            var key = (organisation, body, date, type!.Value);
            if (!_groups.TryGetValue(key, out var group)) _groups[key] = group = new Group(organisation, body, date, type.Value);
            if (group.Lines.TryGetValue(element, out var earlier))
            {
                problems.Add(line, $"element {element} is in this assessment twice ({Organisations[organisation].Name}, {Bodies[body].Name}, {date:yyyy-MM-dd}, {type}): it is also on line {earlier}.");
                return;
            }
            group.Lines[element] = line;
            group.Ratings[element] = rating!.Key;
        }

        private int OrganisationOf(CsvRecord record)
        {
            var name = Value(record, OrganisationColumn);
            if (_organisationIndex.TryGetValue(name, out var index))
            {
                var party = Organisations[index];
                if (party.Created) ReadSectorAndRegion(party, record);
                return index;
            }
            if (knownOrganisations.TryGetValue(name, out var known))
            {
                _organisationIndex[name] = Organisations.Count;
                Organisations.Add(new Party(known.Name, record.Line) { Id = known.Id });
                return Organisations.Count - 1;
            }
            if (!options.CreateMissing)
            {
                if (_reported.Add("o:" + name))
                    problems.Add(record.Line, $"There is no organisation called \"{name}\" on StandardBearer. Check the name, or choose to create organisations that are not on StandardBearer yet (--create-missing).");
                return -1;
            }
            if (name.Length > 200)
            {
                if (_reported.Add("o:" + name)) problems.Add(record.Line, "The organisation's name must be 200 characters or fewer.");
                return -1;
            }
            var created = new Party(name, record.Line) { Created = true };
            _organisationIndex[name] = Organisations.Count;
            Organisations.Add(created);
            ReadSectorAndRegion(created, record);
            return Organisations.Count - 1;
        }

        /// <summary>A new organisation takes the first sector and region given for it; a value given but not recognised is a problem on its row.</summary>
        private void ReadSectorAndRegion(Party party, CsvRecord record)
        {
            if (party.Sector is null && Value(record, SectorColumn) is { Length: > 0 } sector && !_reported.Contains("s:" + party.Name))
            {
                party.Sector = Parse<Sector>(sector, OrganisationNames.Display);
                if (party.Sector is null && _reported.Add("s:" + party.Name))
                    problems.Add(record.Line, $"sector \"{sector}\" is not recognised, so \"{party.Name}\" cannot be created: use one of "
                        + string.Join(", ", Enum.GetValues<Sector>().Select(OrganisationNames.Display)) + ".");
            }
            if (party.Region is null && Value(record, RegionColumn) is { Length: > 0 } region && !_reported.Contains("r:" + party.Name))
            {
                party.Region = Parse<Region>(region, OrganisationNames.Display);
                if (party.Region is null && _reported.Add("r:" + party.Name))
                    problems.Add(record.Line, $"region \"{region}\" is not recognised, so \"{party.Name}\" cannot be created: use one of "
                        + string.Join(", ", Enum.GetValues<Region>().Select(OrganisationNames.Display)) + ".");
            }
        }

        private void CheckNewOrganisations()
        {
            foreach (var o in Organisations.Where(o => o.Created))
            {
                // Only silence here if a row already said its value was not recognised.
                if (o.Sector is null && !_reported.Contains("s:" + o.Name))
                    problems.Add(o.FirstLine, $"Enter a sector for \"{o.Name}\": it is not on StandardBearer yet, and an organisation needs a sector to be created.");
                if (o.Region is null && !_reported.Contains("r:" + o.Name))
                    problems.Add(o.FirstLine, $"Enter a region for \"{o.Name}\": it is not on StandardBearer yet, and an organisation needs a region to be created.");
            }
        }

        private int BodyOf(CsvRecord record)
        {
            var name = Value(record, BodyColumn);
            if (_bodyIndex.TryGetValue(name, out var index)) return index;
            if (onlyBody is not null && !string.Equals(name, onlyBody.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                if (_reported.Add("b:" + name))
                    problems.Add(record.Line, $"This file has results for {name}; you can only import results for {onlyBody}.");
                return -1;
            }
            if (knownBodies.TryGetValue(name, out var known))
            {
                _bodyIndex[name] = Bodies.Count;
                Bodies.Add(new Party(known.Name, record.Line) { Id = known.Id });
                return Bodies.Count - 1;
            }
            if (!options.CreateMissing || name.Length > 200)
            {
                if (_reported.Add("b:" + name))
                    problems.Add(record.Line, name.Length > 200
                        ? "The certification body's name must be 200 characters or fewer."
                        : $"There is no certification body called \"{name}\" on StandardBearer. Check the name, or add --create-missing to create it.");
                return -1;
            }
            _bodyIndex[name] = Bodies.Count;
            Bodies.Add(new Party(name, record.Line) { Created = true });
            return Bodies.Count - 1;
        }

        private static AssessmentType? TypeOf(string text)
        {
            var compact = text.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            return Enum.GetValues<AssessmentType>().Cast<AssessmentType?>()
                .FirstOrDefault(t => string.Equals(t.ToString(), compact, StringComparison.OrdinalIgnoreCase));
        }

        private static T? Parse<T>(string text, Func<T, string> display) where T : struct, Enum =>
            Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v =>
                string.Equals(v.ToString(), text, StringComparison.OrdinalIgnoreCase) || string.Equals(display(v!.Value), text, StringComparison.OrdinalIgnoreCase));
    }

    private sealed class FileTooLargeException : Exception;

    /// <summary>Reads through to the file, hashing what passes and refusing to go past the size limit.</summary>
    private sealed class HashingStream(Stream inner, long maxBytes) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long _read;

        public string Sha256() => Convert.ToHexStringLower(_hash.GetHashAndReset());

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            return Count(buffer.Span[..read]);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(ReadOnlySpan<byte> read)
        {
            _read += read.Length;
            if (_read > maxBytes) throw new FileTooLargeException();
            _hash.AppendData(read);
            return read.Length;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _hash.Dispose();
            base.Dispose(disposing);
        }
    }
}
