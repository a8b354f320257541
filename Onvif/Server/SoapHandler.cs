using System.Xml.Linq;

namespace Vms.Onvif.Server;

/// <summary>Handles one operation: returns the response body element, or throws <see cref="Soap.OnvifFaultException"/>.</summary>
public delegate ValueTask<XElement> SoapHandler(SoapRequestContext context);
