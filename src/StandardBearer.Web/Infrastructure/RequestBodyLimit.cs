using Microsoft.AspNetCore.Http.Features;

namespace StandardBearer.Web.Infrastructure;

/// <summary>
/// A per-endpoint cap on the request body. Kestrel enforces its own limit (raised or lowered here for this request),
/// but not every server has one (the test server does not) and a chunked body declares no length, so the body is
/// also wrapped in a stream that counts. Going over throws the same 413 <see cref="BadHttpRequestException"/>
/// Kestrel would, which the caller turns into a ProblemDetails.
/// </summary>
public static class RequestBodyLimit
{
    /// <summary>Applies <paramref name="maxBytes"/>; false when the declared Content-Length is already over it.</summary>
    public static bool TryApply(HttpRequest request, long maxBytes)
    {
        if (request.ContentLength > maxBytes) return false;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
            server.MaxRequestBodySize = maxBytes;
        request.Body = new CountingStream(request.Body, maxBytes);
        return true;
    }

    private sealed class CountingStream(Stream inner, long maxBytes) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int read)
        {
            _read += read;
            if (_read > maxBytes)
                throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
