namespace Vms.Rtsp.Messages;

/// <summary>RTSP status codes (RFC 2326 §7.1.1, plus 431 from RFC 6585) and their reason phrases.</summary>
public static class RtspStatusCodes
{
    public const int Continue = 100;
    public const int Ok = 200;
    public const int Created = 201;
    public const int LowOnStorageSpace = 250;
    public const int MultipleChoices = 300;
    public const int MovedPermanently = 301;
    public const int MovedTemporarily = 302;
    public const int SeeOther = 303;
    public const int NotModified = 304;
    public const int UseProxy = 305;
    public const int BadRequest = 400;
    public const int Unauthorized = 401;
    public const int PaymentRequired = 402;
    public const int Forbidden = 403;
    public const int NotFound = 404;
    public const int MethodNotAllowed = 405;
    public const int NotAcceptable = 406;
    public const int ProxyAuthenticationRequired = 407;
    public const int RequestTimeout = 408;
    public const int Gone = 410;
    public const int LengthRequired = 411;
    public const int PreconditionFailed = 412;
    public const int RequestEntityTooLarge = 413;
    public const int RequestUriTooLarge = 414;
    public const int UnsupportedMediaType = 415;
    public const int RequestHeaderFieldsTooLarge = 431;
    public const int ParameterNotUnderstood = 451;
    public const int ConferenceNotFound = 452;
    public const int NotEnoughBandwidth = 453;
    public const int SessionNotFound = 454;
    public const int MethodNotValidInThisState = 455;
    public const int HeaderFieldNotValidForResource = 456;
    public const int InvalidRange = 457;
    public const int ParameterIsReadOnly = 458;
    public const int AggregateOperationNotAllowed = 459;
    public const int OnlyAggregateOperationAllowed = 460;
    public const int UnsupportedTransport = 461;
    public const int DestinationUnreachable = 462;
    public const int InternalServerError = 500;
    public const int NotImplemented = 501;
    public const int BadGateway = 502;
    public const int ServiceUnavailable = 503;
    public const int GatewayTimeout = 504;
    public const int RtspVersionNotSupported = 505;
    public const int OptionNotSupported = 551;

    /// <summary>The standard reason phrase of <paramref name="statusCode"/>, or a generic one for its class.</summary>
    public static string GetReasonPhrase(int statusCode) => statusCode switch
    {
        Continue => "Continue",
        Ok => "OK",
        Created => "Created",
        LowOnStorageSpace => "Low on Storage Space",
        MultipleChoices => "Multiple Choices",
        MovedPermanently => "Moved Permanently",
        MovedTemporarily => "Moved Temporarily",
        SeeOther => "See Other",
        NotModified => "Not Modified",
        UseProxy => "Use Proxy",
        BadRequest => "Bad Request",
        Unauthorized => "Unauthorized",
        PaymentRequired => "Payment Required",
        Forbidden => "Forbidden",
        NotFound => "Not Found",
        MethodNotAllowed => "Method Not Allowed",
        NotAcceptable => "Not Acceptable",
        ProxyAuthenticationRequired => "Proxy Authentication Required",
        RequestTimeout => "Request Time-out",
        Gone => "Gone",
        LengthRequired => "Length Required",
        PreconditionFailed => "Precondition Failed",
        RequestEntityTooLarge => "Request Entity Too Large",
        RequestUriTooLarge => "Request-URI Too Large",
        UnsupportedMediaType => "Unsupported Media Type",
        RequestHeaderFieldsTooLarge => "Request Header Fields Too Large",
        ParameterNotUnderstood => "Parameter Not Understood",
        ConferenceNotFound => "Conference Not Found",
        NotEnoughBandwidth => "Not Enough Bandwidth",
        SessionNotFound => "Session Not Found",
        MethodNotValidInThisState => "Method Not Valid in This State",
        HeaderFieldNotValidForResource => "Header Field Not Valid for Resource",
        InvalidRange => "Invalid Range",
        ParameterIsReadOnly => "Parameter Is Read-Only",
        AggregateOperationNotAllowed => "Aggregate operation not allowed",
        OnlyAggregateOperationAllowed => "Only aggregate operation allowed",
        UnsupportedTransport => "Unsupported transport",
        DestinationUnreachable => "Destination unreachable",
        InternalServerError => "Internal Server Error",
        NotImplemented => "Not Implemented",
        BadGateway => "Bad Gateway",
        ServiceUnavailable => "Service Unavailable",
        GatewayTimeout => "Gateway Time-out",
        RtspVersionNotSupported => "RTSP Version not supported",
        OptionNotSupported => "Option not supported",
        >= 100 and < 200 => "Informational",
        >= 200 and < 300 => "Success",
        >= 300 and < 400 => "Redirection",
        >= 400 and < 500 => "Client Error",
        _ => "Server Error",
    };
}
