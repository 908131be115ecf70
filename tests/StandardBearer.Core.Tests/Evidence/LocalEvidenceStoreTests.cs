using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StandardBearer.Core.Evidence;

namespace StandardBearer.Core.Tests.Evidence;

public sealed class LocalEvidenceStoreTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly LocalEvidenceStore store;

    public LocalEvidenceStoreTests() =>
        store = new LocalEvidenceStore(Microsoft.Extensions.Options.Options.Create(new EvidenceFileOptions { StorePath = Path.Combine(folder.Path, "store") }));

    public void Dispose() => folder.Dispose();

    private string WriteTemp(byte[] bytes)
    {
        var path = Path.Combine(folder.Path, $"{Guid.NewGuid():N}.upload");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private string[] StoredFiles() => Directory.GetFiles(Path.Combine(folder.Path, "store"), "*", SearchOption.AllDirectories);

    [Fact]
    public async Task PutAsync_NewContent_IsStoredUnderTwoHashFoldersAndReadsBackIdentical()
    {
        var bytes = SampleFiles.Docx();
        var sha = Sha(bytes);

        await store.PutAsync(sha, WriteTemp(bytes), CancellationToken.None);

        Assert.True(await store.ExistsAsync(sha, CancellationToken.None));
        Assert.Equal(Path.Combine(folder.Path, "store", sha[..2], sha[2..4], sha), Assert.Single(StoredFiles()));
        await using var read = await store.OpenReadAsync(sha, CancellationToken.None);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task PutAsync_SameBytesTwice_IsStoredOnce()
    {
        var bytes = SampleFiles.Pdf();
        var sha = Sha(bytes);
        await store.PutAsync(sha, WriteTemp(bytes), CancellationToken.None);

        await store.PutAsync(sha, WriteTemp(bytes), CancellationToken.None);

        Assert.Single(StoredFiles());
    }

    [Fact]
    public async Task PutAsync_HashNotMatchingTheContent_IsRefusedAndNothingStored()
    {
        var sha = Sha(SampleFiles.Png());

        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(sha, WriteTemp(SampleFiles.Pdf()), CancellationToken.None));

        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task PutAsync_LeavesTheCallersTempFileForItsOwnerToDelete()
    {
        var bytes = SampleFiles.Pdf();
        var temp = WriteTemp(bytes);

        await store.PutAsync(Sha(bytes), temp, CancellationToken.None);

        Assert.True(File.Exists(temp));
    }

    [Fact]
    public async Task ExistsAsync_NothingStored_IsFalse()
    {
        var exists = await store.ExistsAsync(Sha([1, 2, 3]), CancellationToken.None);

        Assert.False(exists);
    }

    [Fact]
    public async Task OpenReadAsync_NothingStored_ThrowsFileNotFound()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => store.OpenReadAsync(Sha([1, 2, 3]), CancellationToken.None));
    }

    public static TheoryData<string> BadHashes => new()
    {
        "",
        "abc",
        new string('A', 64),
        new string('g', 64),
        new string('a', 63),
        new string('a', 65),
        "../../../../etc/passwd" + new string('a', 42),
        "aa/bb/" + new string('a', 58),
        @"..\" + new string('a', 61),
        " " + new string('a', 63),
    };

    [Theory]
    [MemberData(nameof(BadHashes))]
    public async Task EveryMethod_HashNotLowercaseHex_IsRefused(string sha)
    {
        var temp = WriteTemp(SampleFiles.Pdf());

        await Assert.ThrowsAsync<ArgumentException>(() => store.ExistsAsync(sha, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(sha, temp, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync(sha, CancellationToken.None));
    }

    [Fact]
    public async Task CheckThenPut_Upload_EndsStoredWithNoTempFileLeft()
    {
        var options = new EvidenceFileOptions { StorePath = Path.Combine(folder.Path, "store") };
        var bytes = SampleFiles.Xlsx();

        await using (var check = await EvidenceFileCheck.CheckAsync(new MemoryStream(bytes), "survey.xlsx", null, options, CancellationToken.None))
        {
            Assert.True(check.Succeeded, check.Error);
            await store.PutAsync(check.Sha256, check.TempPath, CancellationToken.None);
        }

        Assert.True(await store.ExistsAsync(Sha(bytes), CancellationToken.None));
        Assert.Empty(Directory.GetFiles(options.IncomingPath));
    }

    [Fact]
    public void AddEvidenceFiles_Configured_BindsOptionsAndRegistersTheLocalStore()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Evidence:MaxFileBytes"] = "1000", ["Evidence:StorePath"] = folder.Path })
            .Build();
        using var provider = new ServiceCollection().AddEvidenceFiles(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<EvidenceFileOptions>>().Value;

        Assert.Equal(1000, options.MaxFileBytes);
        Assert.Equal(folder.Path, options.ResolvedStorePath);
        Assert.IsType<LocalEvidenceStore>(provider.GetRequiredService<IEvidenceStore>());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1073741825")]
    public void AddEvidenceFiles_MaxFileBytesOutOfRange_FailsValidation(string maxFileBytes)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Evidence:MaxFileBytes"] = maxFileBytes })
            .Build();
        using var provider = new ServiceCollection().AddEvidenceFiles(configuration).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EvidenceFileOptions>>().Value);
    }

    [Fact]
    public void EvidenceFileOptions_Defaults_Are25MegabytesUnderTheDataRoot()
    {
        var options = new EvidenceFileOptions();

        Assert.Equal(25 * 1024 * 1024, options.MaxFileBytes);
        Assert.Equal(Path.Combine(StandardBearer.Core.Data.DataRoot.Directory, "data", "evidence"), options.ResolvedStorePath);
    }
}
