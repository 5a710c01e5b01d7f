using Brand.Cms.StaticExport;

namespace Brand.Cms.Tests.StaticExport;

/// <summary>The mirror's folder: one export at a time, a second one refused rather than deleting the first one's copy.</summary>
public sealed class MirrorFolderTests
{
    [Fact]
    public async Task Prepare_WhileAnotherExportHoldsTheFolder_IsRefused_AndLeavesItsCopyAlone()
    {
        var work = Directory.CreateTempSubdirectory("brand-mirror-lock-").FullName;
        try
        {
            var target = Path.Combine(work, "mirror");
            var (first, _) = MirrorFolder.Prepare(target);
            Assert.NotNull(first);
            File.WriteAllText(Path.Combine(first.Building, "page.html"), "being written");

            var (second, refusal) = MirrorFolder.Prepare(target);

            Assert.Null(second);
            Assert.Contains("Another export", refusal, StringComparison.Ordinal);
            Assert.Equal("being written", File.ReadAllText(Path.Combine(first.Building, "page.html")));

            await first.CommitAsync();
            first.Dispose();
            var (third, _) = MirrorFolder.Prepare(target); // the lock is released with the export
            Assert.NotNull(third);
            third.Dispose();
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
