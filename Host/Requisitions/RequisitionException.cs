namespace Vms.Host.Requisitions;

/// <summary>A requisition, export or subject request that cannot be carried out, with the reason for the user.</summary>
public sealed class RequisitionException : Exception
{
    public RequisitionException()
    {
    }

    public RequisitionException(string message)
        : base(message)
    {
    }

    public RequisitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
