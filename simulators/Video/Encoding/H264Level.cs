namespace Vms.Simulators.Video.Encoding;

/// <summary>
/// Picks the lowest H.264 level (Table A-1) whose limits hold the stream: macroblocks per second, frame
/// size in macroblocks, picture width/height (≤ √(8·MaxFS) macroblocks each) and the Baseline/Main bitrate.
/// Level 1b is never chosen (1.1 covers it without the constraint_set3 special case).
/// </summary>
internal static class H264Level
{
    // level_idc, MaxMBPS, MaxFS, MaxBR (kbit/s, Baseline/Main)
    private static readonly (int LevelIdc, int MaxMbps, int MaxFs, int MaxBrKbps)[] Levels =
    [
        (10, 1_485, 99, 64),
        (11, 3_000, 396, 192),
        (12, 6_000, 396, 384),
        (13, 11_880, 396, 768),
        (20, 11_880, 396, 2_000),
        (21, 19_800, 792, 4_000),
        (22, 20_250, 1_620, 4_000),
        (30, 40_500, 1_620, 10_000),
        (31, 108_000, 3_600, 14_000),
        (32, 216_000, 5_120, 20_000),
        (40, 245_760, 8_192, 20_000),
        (41, 245_760, 8_192, 50_000),
        (42, 522_240, 8_704, 50_000),
        (50, 589_824, 22_080, 135_000),
        (51, 983_040, 36_864, 240_000),
        (52, 2_073_600, 36_864, 240_000),
    ];

    /// <summary>The level_idc for a picture of the given macroblock size, frame rate and peak bitrate.</summary>
    public static int Select(int widthInMbs, int heightInMbs, int framesPerSecond, int bitrateKbps)
    {
        var frameSize = widthInMbs * heightInMbs;
        var mbps = (long)frameSize * framesPerSecond;
        foreach (var (levelIdc, maxMbps, maxFs, maxBr) in Levels)
        {
            var maxDimension = Math.Sqrt(8.0 * maxFs);
            if (mbps <= maxMbps && frameSize <= maxFs && widthInMbs <= maxDimension && heightInMbs <= maxDimension && bitrateKbps <= maxBr)
            {
                return levelIdc;
            }
        }

        return 52;
    }
}
