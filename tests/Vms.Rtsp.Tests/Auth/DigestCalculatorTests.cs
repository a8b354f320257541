using Vms.Rtsp.Auth;

namespace Vms.Rtsp.Tests.Auth;

public class DigestCalculatorTests
{
    [Fact]
    public void ComputeResponse_Rfc2617Section35_Matches()
    {
        var response = DigestCalculator.ComputeResponse(
            DigestAlgorithm.Md5, "Mufasa", "testrealm@host.com", "Circle Of Life", "GET", "/dir/index.html",
            "dcd98b7102dd2f0e8b11d0f600bfb0c093", "00000001", "0a4f113b", "auth");

        Assert.Equal("6629fae49393a05397450978507c4ef1", response);
    }

    [Theory]
    [InlineData(DigestAlgorithm.Md5, "8ca523f5e9506fed4657c9700eebdbec")]
    [InlineData(DigestAlgorithm.Sha256, "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")]
    public void ComputeResponse_Rfc7616Section391_Matches(DigestAlgorithm algorithm, string expected)
    {
        var response = DigestCalculator.ComputeResponse(
            algorithm, "Mufasa", "http-auth@example.org", "Circle of Life", "GET", "/dir/index.html",
            "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", "00000001", "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", "auth");

        Assert.Equal(expected, response);
    }

    [Theory]
    [InlineData(DigestAlgorithm.Md5, "DESCRIBE", "00000001", "auth", "", "39c471c69d67bb47c3244c0cdc859d92", true)]
    [InlineData(DigestAlgorithm.Md5Sess, "DESCRIBE", "00000001", "auth", "", "d771fd853fb18451c93fc4e4ddea6d4d", false)]
    [InlineData(DigestAlgorithm.Sha256Sess, "DESCRIBE", "00000001", "auth", "", "fd9ba42005ee3cf074594584d8d1bad9b0177a8fbfd3877472cdd036e2924175", false)]
    [InlineData(DigestAlgorithm.Md5, "ANNOUNCE", "00000002", "auth-int", "v=0\r\n", "7ed24ac432b1f74284e0128b3bbcc872", false)]
    public void ComputeResponse_VariantsAgainstIndependentValues_Match(
        DigestAlgorithm algorithm, string method, string nc, string qop, string body, string expected, bool withoutQop)
    {
        var response = DigestCalculator.ComputeResponse(
            algorithm, "Mufasa", "testrealm@host.com", "Circle Of Life", method, "rtsp://cam/x",
            "dcd98b7102dd2f0e8b11d0f600bfb0c093", withoutQop ? null : nc, withoutQop ? null : "0a4f113b", withoutQop ? null : qop,
            System.Text.Encoding.ASCII.GetBytes(body));

        Assert.Equal(expected, response);
    }

    [Fact]
    public void ComputeHa1_IsPlainHashOfUserRealmPassword() =>
        Assert.Equal(
            DigestCalculator.Hash(DigestAlgorithm.Sha256, "Mufasa:http-auth@example.org:Circle of Life"),
            DigestCalculator.ComputeHa1(DigestAlgorithm.Sha256Sess, "Mufasa", "http-auth@example.org", "Circle of Life"));
}
