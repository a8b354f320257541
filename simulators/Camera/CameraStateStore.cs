using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vms.Simulators.Camera;

/// <summary>Loads and saves <see cref="CameraState"/> as <c>camera.json</c> in the camera's data folder
/// (written to a temporary file then moved over the old one, so a crash never leaves half a file).</summary>
internal sealed class CameraStateStore(string folder)
{
    /// <summary>Larger state files are refused (a camera's configuration is a few kilobytes).</summary>
    public const long MaxFileBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public string FilePath { get; } = Path.Combine(folder, "camera.json");

    /// <summary>The saved state, or null when none was saved yet. A corrupt file throws <see cref="InvalidDataException"/>.</summary>
    public CameraState? Load()
    {
        if (!File.Exists(FilePath))
        {
            return null;
        }

        var info = new FileInfo(FilePath);
        if (info.Length > MaxFileBytes)
        {
            throw new InvalidDataException($"{FilePath} is {info.Length} bytes; at most {MaxFileBytes} expected");
        }

        try
        {
            return JsonSerializer.Deserialize<CameraState>(File.ReadAllBytes(FilePath), Json)
                ?? throw new InvalidDataException($"{FilePath} holds no camera state");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{FilePath} is not a valid camera state: {ex.Message}", ex);
        }
    }

    public void Save(CameraState state)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var temporary = FilePath + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(state, Json));
        File.Move(temporary, FilePath, overwrite: true);
    }
}
