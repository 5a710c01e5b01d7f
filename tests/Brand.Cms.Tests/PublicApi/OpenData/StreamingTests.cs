using Brand.Cms.Core.DocumentTypes;
using Brand.PublicApi.OpenData.Datasets;
using Brand.PublicApi.OpenData.Formats;
using Xunit.Abstractions;

namespace Brand.Cms.Tests.PublicApi.OpenData;

/// <summary>
/// 100,000 actor-like rows written as CSV and JSON: bytes leave as rows are produced, in writes of at most a buffer,
/// and the live heap does not grow with the file. Alone in its collection, so other tests do not blur the heap.
/// (tests/bench-open-data.sh measures the same on the running site with 100,000 seeded actors.)
/// </summary>
[Collection(Name)]
public sealed class StreamingTests(ITestOutputHelper output)
{
    public const string Name = "open data streaming, alone";
    private const int RowCount = 100_000;

    private static readonly DatasetColumn[] _columns =
    [
        .. new[] { "id", "name_fr", "name_en", "url_fr", "url_en", "kind", "description_fr", "specialties", "regions_served", "accepts_remote",
            "postcode", "city", "label_expires_on", "modified_at" }
            .Select(n => new DatasetColumn(n, ColumnType.Text, new LocalizedText { ["fr"] = n }, [])),
    ];

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public async Task Write_HundredThousandRows_SendsThemAsTheyComeWithoutGrowingTheHeap(string format)
    {
        var produced = 0;
        long heapEarly = 0, heapLate = 0;
        await using var sink = new RecordingStream(() => produced);

        IEnumerable<object?[]> Rows()
        {
            for (var i = 0; i < RowCount; i++)
            {
                produced++;
                if (i == 10_000)
                {
                    heapEarly = GC.GetTotalMemory(forceFullCollection: true);
                }
                else if (i == 90_000)
                {
                    heapLate = GC.GetTotalMemory(forceFullCollection: true);
                }

                yield return Row(i);
            }
        }

        if (format == "csv")
        {
            await CsvDatasetWriter.WriteAsync(_columns, Rows(), "https://croissance-connectee.example.org", sink, CancellationToken.None);
        }
        else
        {
            var header = new DatasetHeader("actors", new LocalizedText { ["fr"] = "Acteurs" }, new LocalizedText { ["fr"] = "Croissance Connectée" }, null, RowCount);
            await JsonDatasetWriter.WriteAsync(header, _columns, Rows(), "https://croissance-connectee.example.org", sink, CancellationToken.None);
        }

        var written = sink.Length;
        var growth = heapLate - heapEarly;
        output.WriteLine($"{format}: {written:N0} bytes, first write after {sink.RowsProducedAtFirstWrite} rows, largest write {sink.LargestWrite:N0} bytes, "
            + $"live heap {heapEarly:N0} at row 10,000 and {heapLate:N0} at row 90,000 ({growth:+#,0;-#,0} bytes)");
        Assert.True(written > 40_000_000, $"{written} bytes");
        // The first bytes left after a few hundred rows, not after the last one.
        Assert.True(sink.RowsProducedAtFirstWrite < 1_000, $"first write after {sink.RowsProducedAtFirstWrite} rows");
        Assert.True(sink.LargestWrite <= 128 * 1024, $"largest write {sink.LargestWrite} bytes");
        // Between row 10,000 and row 90,000 about 80% of the file was written; the live heap barely moved.
        Assert.True(growth < 4_000_000, $"live heap grew by {growth} bytes while {written * 8 / 10} bytes were written");
    }

    private static object?[] Row(int i) =>
    [
        Guid.NewGuid(),
        $"Agence numérique n° {i} de Rennes",
        $"Digital agency no. {i} of Rennes",
        new SitePath($"/fr/annuaire/agence-numerique-{i}-de-rennes"),
        new SitePath($"/en/directory/digital-agency-{i}-of-rennes"),
        "labelledConnector",
        "Une agence qui crée des sites vitrines et des boutiques en ligne pour les commerçants, avec un accompagnement de trois mois, « clés en main ».",
        new[] { "website", "onlineSelling", "socialNetworks" },
        new[] { "53", "52" },
        i % 2 == 0,
        "35000",
        "Rennes",
        new DateOnly(2027, 3, 15),
        new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero),
    ];

    /// <summary>Keeps nothing; records the size of each write and how many rows existed at the first one.</summary>
    private sealed class RecordingStream(Func<int> rowsProduced) : Stream
    {
        private long _length;

        public int RowsProducedAtFirstWrite { get; private set; } = -1;
        public int LargestWrite { get; private set; }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Record(count);

        public override void Write(ReadOnlySpan<byte> buffer) => Record(buffer.Length);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Record(buffer.Length);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Record(count);
            return Task.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        private void Record(int count)
        {
            if (count == 0)
            {
                return;
            }

            if (RowsProducedAtFirstWrite < 0)
            {
                RowsProducedAtFirstWrite = rowsProduced();
            }

            LargestWrite = Math.Max(LargestWrite, count);
            _length += count;
        }
    }
}

[CollectionDefinition(StreamingTests.Name, DisableParallelization = true)]
public sealed class StreamingSuite;
