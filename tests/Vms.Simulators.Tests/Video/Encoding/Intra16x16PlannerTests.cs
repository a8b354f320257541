using Vms.Simulators.Video.Encoding;
using Vms.Simulators.Video.Rendering;

namespace Vms.Simulators.Tests.Video.Encoding;

public sealed class Intra16x16PlannerTests
{
    [Fact]
    public void TryPlan_FlatMacroblockWithoutNeighbours_DcAgainst128()
    {
        var frame = new YuvFrame(32, 32);
        frame.Fill(new PixelRect(0, 0, 32, 32), new YuvColor(100, 90, 200));

        Assert.True(Intra16x16Planner.TryPlan(frame, 0, 0, leftAvailable: false, topAvailable: false, out var plan));

        Assert.Equal(IntraMode.Dc, plan.LumaMode);
        Assert.Equal(2 * (100 - 128), plan.LumaLevel);
        Assert.Equal(IntraMode.Dc, plan.ChromaMode);
        ReadOnlySpan<int> levels = plan.Chroma;
        Assert.Equal([4 * (90 - 128), 0, 0, 0, 4 * (200 - 128), 0, 0, 0], levels.ToArray());
    }

    [Fact]
    public void TryPlan_VerticalLineContinuedFromAbove_VerticalWithZeroResidual()
    {
        var frame = new YuvFrame(32, 32);
        frame.Fill(new PixelRect(0, 0, 32, 32), new YuvColor(60, 128, 128));
        frame.Fill(new PixelRect(5, 0, 2, 32), new YuvColor(235, 128, 128)); // a line through both rows of macroblocks

        Assert.True(Intra16x16Planner.TryPlan(frame, 0, 1, leftAvailable: false, topAvailable: true, out var plan));

        Assert.Equal(IntraMode.Vertical, plan.LumaMode);
        Assert.Equal(0, plan.LumaLevel);
        Assert.False(plan.Chroma.AnyNonZero);
    }

    [Fact]
    public void TryPlan_HorizontalEdgeContinuedFromLeft_Horizontal()
    {
        var frame = new YuvFrame(32, 32);
        frame.Fill(new PixelRect(0, 0, 32, 10), new YuvColor(200, 60, 60)); // chroma edge inside the lower 4x4 blocks
        frame.Fill(new PixelRect(0, 10, 32, 22), new YuvColor(40, 200, 100));

        Assert.True(Intra16x16Planner.TryPlan(frame, 1, 0, leftAvailable: true, topAvailable: false, out var plan));

        Assert.Equal(IntraMode.Horizontal, plan.LumaMode);
        Assert.Equal(IntraMode.Horizontal, plan.ChromaMode);
        Assert.Equal(0, plan.LumaLevel);
    }

    [Fact]
    public void TryPlan_TextLikeDetail_NoExactPlan()
    {
        var frame = new YuvFrame(32, 32);
        frame.Fill(new PixelRect(0, 0, 32, 32), new YuvColor(40, 128, 128));
        frame.FillLuma(new PixelRect(20, 20, 3, 3), 235);

        Assert.False(Intra16x16Planner.TryPlan(frame, 1, 1, leftAvailable: true, topAvailable: true, out _));
    }

    [Theory]
    [InlineData(0, true, true, 70)] // (4·60 + 4·80 + 4) >> 3
    [InlineData(1, true, true, 60)] // top only
    [InlineData(2, true, true, 80)] // left only
    [InlineData(3, true, true, 70)]
    [InlineData(1, false, true, 80)] // block 1 falls back to the left edge
    [InlineData(2, true, false, 60)] // block 2 falls back to the top edge
    [InlineData(0, false, false, 128)]
    public void ChromaDcPrediction_PerBlockRules(int block, bool top, bool left, int expected)
    {
        var frame = new YuvFrame(32, 32);
        frame.Fill(new PixelRect(16, 0, 16, 16), new YuvColor(0, 60, 60)); // above macroblock (1,1)
        frame.Fill(new PixelRect(0, 16, 16, 16), new YuvColor(0, 80, 80)); // left of macroblock (1,1)

        Assert.Equal(expected, Intra16x16Planner.ChromaDcPrediction(frame.U, frame.ChromaStride, 1, 1, block, left, top));
    }
}
