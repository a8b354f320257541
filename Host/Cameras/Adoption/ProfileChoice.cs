using Vms.Onvif.Client;

namespace Vms.Host.Cameras.Adoption;

/// <summary>Picks the main (largest picture) and sub (smallest picture, when smaller than the main) video profiles.</summary>
public static class ProfileChoice
{
    public static (string Main, string? Sub)? Pick(IReadOnlyList<MediaProfileInfo> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var video = profiles.Where(p => p.Encoder is not null).ToList();
        if (video.Count == 0)
        {
            return null;
        }

        static long Area(MediaProfileInfo p) => (long)p.Encoder!.Width * p.Encoder.Height;
        var main = video.OrderByDescending(Area).First();
        var sub = video.Where(p => p.Token != main.Token && Area(p) < Area(main)).OrderBy(Area).FirstOrDefault();
        return (main.Token, sub?.Token);
    }
}
