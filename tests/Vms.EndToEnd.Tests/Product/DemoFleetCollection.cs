namespace Vms.EndToEnd.Tests.Product;

/// <summary>The product scenarios share one running VMS and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class DemoFleetCollection : ICollectionFixture<DemoFleetFixture>
{
    public const string Name = "demo fleet";
}
