using System.Net.Sockets;
using System.Text;

namespace ParentPartner.Hardening.Tests;

/// <summary>One HTTP/1.1 exchange over a bare socket, for requests HttpClient refuses to send (raw header bytes).</summary>
public static class RawHttp
{
    public sealed record Response(int Status, IReadOnlyDictionary<string, string> Headers, string Body);

    public static async Task<Response> SendAsync(Uri server, byte[] request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(request);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer); // "Connection: close": the server ends the exchange
        return Parse(Encoding.Latin1.GetString(buffer.ToArray()));
    }

    /// <summary>A GET whose one extra header value is given as bytes, sent exactly as they are.</summary>
    public static byte[] GetWithHeader(Uri server, string path, string header, byte[] value, string? bearer = null)
    {
        var head = $"GET {path} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n" +
                   (bearer is null ? "" : $"Authorization: Bearer {bearer}\r\n") + $"{header}: ";
        return [.. Encoding.ASCII.GetBytes(head), .. value, .. "\r\n\r\n"u8];
    }

    private static Response Parse(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var lines = raw[..split].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1]);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2))
            .GroupBy(p => p[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => string.Join(",", g.Select(p => p[1].Trim())), StringComparer.OrdinalIgnoreCase);
        var body = raw[(split + 4)..];
        if (headers.TryGetValue("Transfer-Encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Unchunk(body);
        }
        return new Response(status, headers, body);
    }

    private static string Unchunk(string body)
    {
        var result = new StringBuilder();
        var at = 0;
        while (true)
        {
            var end = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(body[at..end].Split(';')[0], 16);
            if (size == 0) return result.ToString();
            result.Append(body, end + 2, size);
            at = end + 2 + size + 2;
        }
    }
}
