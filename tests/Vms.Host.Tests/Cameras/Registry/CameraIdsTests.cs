using Vms.Host.Cameras.Registry;

namespace Vms.Host.Tests.Cameras.Registry;

public sealed class CameraIdsTests
{
    [Theory]
    [InlineData("Place de la Mairie", "place-de-la-mairie")]
    [InlineData("Écoles — Rue Émile Zola #2", "ecoles-rue-emile-zola-2")]
    [InlineData("  ***  ", "camera")]
    [InlineData("", "camera")]
    public void FromName_AnyText_GivesAValidSlug(string name, string expected)
    {
        var slug = CameraIds.FromName(name);

        Assert.Equal(expected, slug);
        Assert.True(CameraIds.IsValid(slug));
    }

    [Theory]
    [InlineData("cam-1", true)]
    [InlineData("Cam-1", false)]
    [InlineData("cam_1", false)]
    [InlineData("cam-", false)]
    [InlineData("a/b", false)]
    [InlineData("", false)]
    public void IsValid_Text_AcceptsSlugsOnly(string id, bool valid) => Assert.Equal(valid, CameraIds.IsValid(id));

    [Fact]
    public void FromName_VeryLongName_StaysWithinTheLimit() =>
        Assert.True(CameraIds.FromName(new string('x', 500)).Length <= CameraIds.MaxLength);
}
