namespace Vms.EndToEnd.Tests.Product;

/// <summary>One embedded VMS with a 4-camera demo fleet (fixed, PTZ, panoramic, fixed) shared by the product scenarios.</summary>
public sealed class DemoFleetFixture : IAsyncLifetime
{
    public const int Cameras = 4;

    private ProductVms? _vms;

    internal ProductVms Vms => _vms ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _vms = await ProductVms.StartAsync(Cameras);
        await _vms.WaitUntilAsync(
            () => _vms.States.All().Count(s => s.Online && s.Recording && s.FramesPerSecond > 0) == Cameras,
            TimeSpan.FromSeconds(90),
            "every demo camera online and recording");
    }

    public async Task DisposeAsync()
    {
        if (_vms is not null)
        {
            await _vms.DisposeAsync();
        }
    }
}
