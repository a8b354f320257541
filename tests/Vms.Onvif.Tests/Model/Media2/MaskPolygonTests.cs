using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Media2;

namespace Vms.Onvif.Tests.Model.Media2;

public class MaskPolygonTests
{
    private static readonly NormalizedPoint[] Square = [new(-0.5f, 0.5f), new(0.5f, 0.5f), new(0.5f, -0.5f), new(-0.5f, -0.5f)];

    [Fact]
    public void Validate_GoodPolygon_Passes() => MaskPolygon.Validate(Square, new MaskOptions { MaxPoints = 4, RectangleOnly = true, Types = [], Color = new([], []) });

    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    public void Validate_TooFewPoints_ThrowsInvalidPolygon(int count)
    {
        var error = Assert.Throws<OnvifMessageException>(() => MaskPolygon.Validate(Square.Take(count).ToList()));
        Assert.Equal(new OnvifFault(OnvifFaultCodes.Receiver, OnvifFaultCodes.InvalidArgVal, OnvifFaultCodes.InvalidPolygon), error.Fault);
    }

    [Theory]
    [InlineData(1.01f, 0f)]
    [InlineData(0f, -1.5f)]
    [InlineData(float.NaN, 0f)]
    [InlineData(0f, float.PositiveInfinity)]
    public void Validate_PointOutsideRange_ThrowsInvalidPolygon(float x, float y) =>
        Assert.Equal(OnvifFaultCodes.InvalidPolygon, Assert.Throws<OnvifMessageException>(() => MaskPolygon.Validate([.. Square.Take(2), new(x, y)])).Fault.Detail);

    [Fact]
    public void Validate_OptionsLimits_AreEnforced()
    {
        var options = new MaskOptions { MaxPoints = 3, RectangleOnly = false, Types = [], Color = new([], []) };
        Assert.Throws<OnvifMessageException>(() => MaskPolygon.Validate(Square, options));
        Assert.Throws<OnvifMessageException>(() => MaskPolygon.Validate(Square.Take(3).ToList(), options with { MaxPoints = 8, RectangleOnly = true }));
    }

    [Fact]
    public void ToPixels_MapsCornersAndCentre()
    {
        Assert.Equal((0.0, 0.0), MaskPolygon.ToPixels(new(-1, 1), 1920, 1080));
        Assert.Equal((1920.0, 1080.0), MaskPolygon.ToPixels(new(1, -1), 1920, 1080));
        Assert.Equal((960.0, 540.0), MaskPolygon.ToPixels(new(0, 0), 1920, 1080));
        Assert.Equal((480.0, 270.0), MaskPolygon.ToPixels(new(-0.5f, 0.5f), 1920, 1080));
    }

    [Fact]
    public void FromPixels_IsInverseOfToPixelsAndClamps()
    {
        var random = new Random(5);
        for (var i = 0; i < 1000; i++)
        {
            var point = new NormalizedPoint((float)((random.NextDouble() * 2) - 1), (float)((random.NextDouble() * 2) - 1));
            var (x, y) = MaskPolygon.ToPixels(point, 1280, 720);
            var back = MaskPolygon.FromPixels(x, y, 1280, 720);
            Assert.Equal(point.X, back.X, 5);
            Assert.Equal(point.Y, back.Y, 5);
        }

        Assert.Equal(new NormalizedPoint(1, -1), MaskPolygon.FromPixels(5000, 5000, 1280, 720));
    }

    [Fact]
    public void FromPixelRectangle_ThenPixelBounds_GivesRectangleBack()
    {
        var polygon = MaskPolygon.FromPixelRectangle(100, 50, 400, 300, 1920, 1080);
        Assert.Equal(4, polygon.Count);
        MaskPolygon.Validate(polygon);
        Assert.Equal((100, 50, 400, 300), MaskPolygon.PixelBounds(polygon, 1920, 1080));
    }

    [Fact]
    public void Contains_InsideAndOutside()
    {
        NormalizedPoint[] triangle = [new(-1, -1), new(1, -1), new(0, 1)];
        Assert.True(MaskPolygon.Contains(triangle, new(0, 0)));
        Assert.False(MaskPolygon.Contains(triangle, new(-0.9f, 0.9f)));
        Assert.True(MaskPolygon.Contains(Square, new(0.1f, -0.2f)));
        Assert.False(MaskPolygon.Contains(Square, new(0.6f, 0)));
    }
}
