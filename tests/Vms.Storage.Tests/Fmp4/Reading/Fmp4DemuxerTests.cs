using System.Buffers.Binary;
using Vms.Storage.Fmp4.Reading;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Reading;

public sealed class Fmp4DemuxerTests
{
    [Fact]
    public async Task ScanAsync_OurSegment_FindsFragmentsSamplesAndWallClock()
    {
        var bytes = await SmallSegment.BytesAsync();
        var demuxer = await Fmp4Demuxer.OpenAsync(new TrickleSource(bytes, int.MaxValue), null, CancellationToken.None);
        var scan = await demuxer.ScanAsync(verifyChecksums: true, CancellationToken.None);

        Assert.True(demuxer.Movie.IsOurSegment);
        Assert.Equal(Fmp4ScanStop.EndOfFile, scan.Stop);
        Assert.Equal(bytes.Length, scan.CompleteLength);
        Assert.Equal([3, 3, 3, 3], scan.Fragments.Select(f => f.Runs[0].Samples.Length));
        Assert.Equal([1u, 2u, 3u, 4u], scan.Fragments.Select(f => f.SequenceNumber));
        Assert.Equal([0L, 22500, 45000, 67500], scan.Fragments.Select(f => (long)f.Runs[0].BaseMediaDecodeTime));
        Assert.Equal(SegmentWriterHarness.Start.AddSeconds(0.75), scan.Fragments[3].ProducerTime!.Value.Utc);
        Assert.Equal(1000UL, demuxer.Movie.FragmentDuration); // mehd, in milliseconds
    }

    [Fact]
    public async Task ScanAsync_OneByteReads_SameResultAsWholeReads()
    {
        var bytes = await SmallSegment.BytesAsync();
        var whole = await ScanAsync(new TrickleSource(bytes, int.MaxValue));
        var trickle = await ScanAsync(new TrickleSource(bytes, 1));

        Assert.Equal(whole.CompleteLength, trickle.CompleteLength);
        Assert.Equal(
            whole.Fragments.SelectMany(f => f.Runs[0].Samples),
            trickle.Fragments.SelectMany(f => f.Runs[0].Samples));
    }

    [Fact]
    public async Task ScanAsync_CutAtEveryOffset_OpenFailsBeforeMoovAndScanKeepsCompleteFragments()
    {
        var bytes = await SmallSegment.BytesAsync();
        var full = await ScanAsync(new TrickleSource(bytes, int.MaxValue));
        var movieEnd = full.Fragments[0].Offset;
        var ends = full.Fragments.Select(f => f.End).ToArray();
        for (var cut = 0; cut <= bytes.Length; cut++)
        {
            var source = new TrickleSource(bytes[..cut], int.MaxValue);
            if (cut < movieEnd)
            {
                await Assert.ThrowsAsync<Fmp4FormatException>(() => Fmp4Demuxer.OpenAsync(source, null, CancellationToken.None));
                continue;
            }

            var scan = await ScanAsync(source, verify: false); // structure alone must find the tear; CRCs are covered by recovery tests
            var complete = ends.Count(e => e <= cut);
            Assert.True(complete == scan.Fragments.Count, $"cut {cut}: {scan.Fragments.Count} fragments, expected {complete}");
            Assert.Equal(complete == 0 ? movieEnd : ends[complete - 1], scan.CompleteLength);
            Assert.Equal(cut == scan.CompleteLength ? Fmp4ScanStop.EndOfFile : Fmp4ScanStop.Truncated, scan.Stop);
        }
    }

    [Fact]
    public async Task ScanAsync_SeededMutations_OnlyTypedErrors()
    {
        var original = await SmallSegment.BytesAsync();
        var random = new Random(1701);
        for (var i = 0; i < 3000; i++)
        {
            var bytes = original.ToArray();
            switch (i % 4)
            {
                case 0:
                    for (var k = 0; k < 1 + random.Next(8); k++)
                    {
                        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                    }

                    break;
                case 1:
                    // a box size field turned into something wild
                    var at = random.Next(bytes.Length - 4);
                    BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(at), (uint)random.Next(new[] { 0, 1, 7, 8, int.MaxValue }.Length) switch
                    {
                        0 => 0u,
                        1 => 1u,
                        2 => 7u,
                        3 => 0xFFFF_FFFFu,
                        _ => (uint)random.Next(),
                    });
                    break;
                case 2:
                    var from = random.Next(bytes.Length);
                    random.NextBytes(bytes.AsSpan(from, Math.Min(64, bytes.Length - from)));
                    break;
                default:
                    bytes = bytes[..random.Next(bytes.Length)];
                    break;
            }

            try
            {
                var demuxer = await Fmp4Demuxer.OpenAsync(new TrickleSource(bytes, int.MaxValue), null, CancellationToken.None);
                var scan = await demuxer.ScanAsync(verifyChecksums: i % 2 == 0, CancellationToken.None);
                Assert.True(scan.CompleteLength <= bytes.Length);
            }
            catch (Fmp4FormatException)
            {
            }
        }
    }

    [Fact]
    public async Task OpenAsync_RandomBytes_ThrowsTypedError()
    {
        var random = new Random(3);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 4096)];
            random.NextBytes(bytes);
            await Assert.ThrowsAsync<Fmp4FormatException>(() => Fmp4Demuxer.OpenAsync(new TrickleSource(bytes, int.MaxValue), null, CancellationToken.None));
        }
    }

    [Fact]
    public async Task ScanAsync_TrunClaimsBillionsOfSamples_StopsWithoutAllocating()
    {
        var bytes = (await SmallSegment.BytesAsync()).ToArray();
        var trun = bytes.AsSpan().IndexOf("trun"u8);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(trun + 8), 0x7FFF_FFFF); // sample_count

        var scan = await ScanAsync(new TrickleSource(bytes, int.MaxValue));

        Assert.Equal(Fmp4ScanStop.Corrupt, scan.Stop);
        Assert.Empty(scan.Fragments);
        Assert.Contains("samples", scan.Problem, StringComparison.Ordinal);
    }

    private static async Task<Fmp4ScanResult> ScanAsync(IRandomAccessSource source, bool verify = true)
    {
        var demuxer = await Fmp4Demuxer.OpenAsync(source, null, CancellationToken.None);
        return await demuxer.ScanAsync(verify, CancellationToken.None);
    }
}
