using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Vms.Host.Cameras;
using Vms.Host.Cameras.Registry;
using Vms.Host.Data;
using Vms.Host.Options;
using Vms.Onvif.Client;
using Vms.TestSupport;

namespace Vms.Host.Tests.Cameras.Registry;

public sealed class CameraRegistryTests : IAsyncLifetime
{
    private const string Password = "Tr3s-S3cret!pass";
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("vms-registry-");
    private readonly ManualTimeProvider _time = new();
    private CameraRegistry _registry = null!;

    public async Task InitializeAsync() => _registry = await OpenAsync();

    public Task DisposeAsync()
    {
        _registry.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AddAsync_NoId_DerivesAUniqueSlugFromTheName()
    {
        var first = await _registry.AddAsync(Draft("Place de la Mairie (Nord)", 1), null, default);
        var second = await _registry.AddAsync(Draft("Place de la Mairie (Nord)", 2), null, default);

        Assert.Equal("place-de-la-mairie-nord", first.Id);
        Assert.Equal("place-de-la-mairie-nord-2", second.Id);
        Assert.Equal(12, first.Encoder.FrameRate);
    }

    [Fact]
    public async Task Crud_RoundTripsEveryField_AndRaisesChanged()
    {
        var changes = new List<string>();
        _registry.Changed += (_, id) => changes.Add(id);
        var masks = new List<CameraMask> { new([new(-1, 1), new(0, 1), new(0, 0), new(-1, 0)], "#ff00ff") };
        var added = await _registry.AddAsync(Draft("Gare", 1) with { Id = "gare", Location = "Lyon", Group = "centre", RetentionDays = 21, Masks = masks, SubProfile = "profile_sub" }, null, default);

        var read = await _registry.GetAsync("gare", default);
        Assert.NotNull(read);
        Assert.Equal(added with { Masks = read!.Masks }, read);
        Assert.Equal(masks[0].Points, read.Masks[0].Points);
        Assert.Equal("#ff00ff", read.Masks[0].Color);
        Assert.Equal(new CameraInfo("gare", "Gare", "Lyon", "centre", true, 21, true), await _registry.FindAsync("gare", default));

        _time.Advance(TimeSpan.FromMinutes(1));
        var updated = await _registry.UpdateAsync("gare", r => r with { Name = "Gare SNCF", RecordingEnabled = false }, default);
        Assert.Equal("Gare SNCF", updated.Name);
        Assert.Equal(added.CreatedUtc, updated.CreatedUtc);
        Assert.Equal(_time.GetUtcNow(), updated.UpdatedUtc);
        await _registry.SetEncoderAsync("gare", new CameraEncoderSettings(12, 1280, 720, 2048, 24), default);
        Assert.Equal(new CameraEncoderSettings(12, 1280, 720, 2048, 24), (await _registry.GetAsync("gare", default))!.Encoder);

        Assert.True(await _registry.RemoveAsync("gare", default));
        Assert.False(await _registry.RemoveAsync("gare", default));
        Assert.Null(await _registry.GetAsync("gare", default));
        Assert.Equal(["gare", "gare", "gare", "gare"], changes);
    }

    [Fact]
    public async Task AddAsync_SameDeviceOrId_IsAConflict()
    {
        await _registry.AddAsync(Draft("A", 1) with { Id = "a" }, null, default);

        var sameDevice = await Assert.ThrowsAsync<CameraConflictException>(() => _registry.AddAsync(Draft("B", 1), null, default));
        Assert.Contains("already adopted as 'a'", sameDevice.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<CameraConflictException>(() => _registry.AddAsync(Draft("B", 2) with { Id = "a" }, null, default));
    }

    [Theory]
    [InlineData("Bad_Id", "id 'Bad_Id'")]
    [InlineData("-x", "id '-x'")]
    public async Task AddAsync_BadId_IsRejectedWithTheReason(string id, string expected)
    {
        var e = await Assert.ThrowsAsync<CameraValidationException>(() => _registry.AddAsync(Draft("X", 1) with { Id = id }, null, default));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetMasksAsync_PointOutsideTheImage_IsRejected()
    {
        await _registry.AddAsync(Draft("A", 1) with { Id = "a" }, null, default);

        var e = await Assert.ThrowsAsync<CameraValidationException>(() =>
            _registry.SetMasksAsync("a", [new CameraMask([new(0, 0), new(1.5, 0), new(0, 1)])], default));
        Assert.Equal("mask 0: point 1 (1.5, 0) is outside -1..1", e.Message);
        await Assert.ThrowsAsync<CameraNotFoundException>(() => _registry.SetMasksAsync("b", [], default));
    }

    [Fact]
    public async Task Credentials_AreEncryptedAtRest_AndReadBackWithTheSiteKey()
    {
        var added = await _registry.AddAsync(Draft("Stade", 1), new OnvifCredentials("operateur", Password), default);
        Assert.True(added.HasCredentials);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        foreach (var file in Directory.EnumerateFiles(_data.FullName, "*", SearchOption.AllDirectories))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(Password)), $"{file} holds the password in UTF-8");
            Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(Password)), $"{file} holds the password in UTF-16");
        }

        // a new registry over the same folder (service restart) reads them with the key file
        _registry.Dispose();
        _registry = await OpenAsync();
        Assert.Equal(new OnvifCredentials("operateur", Password), await _registry.GetCredentialsAsync(added.Id, default));

        // another site's key cannot
        var other = new CameraCredentialProtector(Path.Combine(_data.FullName, "other-keys"));
        var mine = new CameraCredentialProtector(Path.Combine(_data.FullName, "keys"));
        var text = mine.Protect(added.Id, new OnvifCredentials("operateur", Password));
        Assert.ThrowsAny<CryptographicException>(() => other.Unprotect(added.Id, text));
        Assert.ThrowsAny<CryptographicException>(() => mine.Unprotect("another-camera", text));
    }

    private async Task<CameraRegistry> OpenAsync()
    {
        var database = new HostDatabase(HostDatabaseOptions.ForSqliteFolder(_data.FullName), _time, NullLogger<HostDatabase>.Instance);
        await database.MigrateAsync(default);
        return new CameraRegistry(
            database,
            new CameraCredentialProtector(Path.Combine(_data.FullName, "keys")),
            Microsoft.Extensions.Options.Options.Create(new VmsOptions()),
            _time,
            NullLogger<CameraRegistry>.Instance);
    }

    private CameraRecord Draft(string name, int device) => new()
    {
        Id = string.Empty,
        Name = name,
        DeviceService = new Uri($"http://192.0.2.{device}/onvif/device_service"),
        MainProfile = "profile_main",
        Encoder = _registry?.DefaultEncoder ?? new CameraEncoderSettings(12),
    };

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
