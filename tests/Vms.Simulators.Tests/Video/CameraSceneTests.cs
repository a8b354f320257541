using Vms.Simulators.Video;

namespace Vms.Simulators.Tests.Video;

public sealed class CameraSceneTests
{
    [Fact]
    public void SetPosition_OutOfRange_Clamped()
    {
        var scene = new CameraScene("A");

        scene.SetPosition(new PtzPosition(3, -7, 2));

        Assert.Equal(new PtzPosition(1, -1, 1), scene.State.Position);
        Assert.Equal(new PtzPosition(0, 0, 0), new PtzPosition(double.NaN, double.NaN, double.NaN));
    }

    [Fact]
    public void SetName_TooLong_Cut()
    {
        var scene = new CameraScene(new string('x', 200));

        Assert.Equal(CameraScene.MaxNameLength, scene.State.Name.Length);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(PrivacyMask.MaxPoints + 1)]
    public void PrivacyMask_WrongPointCount_ArgumentException(int points)
    {
        var polygon = Enumerable.Range(0, points).Select(i => new NormalizedPoint(Math.Sin(i), Math.Cos(i))).ToArray();

        var e = Assert.Throws<ArgumentException>(() => new PrivacyMask(polygon, RgbColor.Black));
        Assert.Contains(points.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message);
    }

    [Theory]
    [InlineData(1.5, 0)]
    [InlineData(0, -1.01)]
    [InlineData(double.NaN, 0)]
    [InlineData(0, double.PositiveInfinity)]
    public void PrivacyMask_PointOutsideNormalizedRange_ArgumentExceptionNamingThePoint(double x, double y)
    {
        var e = Assert.Throws<ArgumentException>(() => new PrivacyMask([new(0, 0), new(0.5, 0.5), new(x, y)], RgbColor.Black));
        Assert.Contains("point 2", e.Message);
    }

    [Fact]
    public void SetMasks_TooMany_ArgumentException()
    {
        var scene = new CameraScene("B");
        var masks = Enumerable.Range(0, CameraScene.MaxMasks + 1).Select(_ => PrivacyMask.Rectangle(-0.1, 0.1, 0.1, -0.1, RgbColor.Gray));

        Assert.Throws<ArgumentException>(() => scene.SetMasks(masks));
        Assert.Empty(scene.State.Masks);
    }

    [Fact]
    public void SetMasks_CopiesTheList()
    {
        var scene = new CameraScene("C");
        var list = new List<PrivacyMask> { PrivacyMask.Rectangle(-0.1, 0.1, 0.1, -0.1, RgbColor.Gray) };

        scene.SetMasks(list);
        list.Clear();

        Assert.Single(scene.State.Masks);
    }

    [Fact]
    public async Task Update_ConcurrentWriters_NoUpdateLost()
    {
        var scene = new CameraScene("0");

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                scene.Update(s => s with { Name = (int.Parse(s.Name, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
                Assert.NotNull(scene.State.Name);
            }
        })));

        Assert.Equal("4000", scene.State.Name);
    }
}
