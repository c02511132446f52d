using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Disclosure.Benchmarks.Http;

/// <summary>
/// A closed-loop load: each of N workers holds one keep-alive connection and sends its next request
/// as soon as the previous answer is read. Work items come from a queue, so no two requests touch
/// the same task; the run ends at its deadline or when the queue is empty.
/// </summary>
internal sealed class LoadGenerator : IDisposable
{
    private readonly HttpClient _client;

    public LoadGenerator(Uri baseAddress, int connections)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        _client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        Connections = connections;
    }

    public int Connections { get; }

    public sealed record Result(int Requests, int Errors, double Seconds, double[] LatenciesMs, IReadOnlyList<string> ErrorSamples)
    {
        public double PerSecond => Requests / Seconds;

        public double Percentile(double p)
        {
            if (LatenciesMs.Length == 0)
            {
                return double.NaN;
            }

            var index = (int)Math.Ceiling(p / 100 * LatenciesMs.Length) - 1;
            return LatenciesMs[Math.Clamp(index, 0, LatenciesMs.Length - 1)];
        }
    }

    /// <summary>Runs until <paramref name="duration"/> passes or the work runs out.</summary>
    public async Task<Result> RunAsync<T>(ConcurrentQueue<T> work, TimeSpan duration, Func<T, HttpRequestMessage> request,
        Func<T, HttpResponseMessage, string, Task>? onSuccess = null)
    {
        var latencies = new ConcurrentBag<double[]>();
        var errorSamples = new ConcurrentQueue<string>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Connections).Select(_ => Task.Run(async () =>
        {
            var mine = new List<double>(4096);
            while (clock.Elapsed < duration && work.TryDequeue(out var next))
            {
                using var message = request(next);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                    var body = await response.Content.ReadAsStringAsync();
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (response.IsSuccessStatusCode)
                    {
                        if (onSuccess is not null)
                        {
                            await onSuccess(next, response, body);
                        }
                    }
                    else
                    {
                        Interlocked.Increment(ref errors);
                        if (errorSamples.Count < 5)
                        {
                            errorSamples.Enqueue($"{(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
                        }
                    }
                }
                catch (HttpRequestException ex)
                {
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    Interlocked.Increment(ref errors);
                    errorSamples.Enqueue(ex.Message);
                }
            }

            latencies.Add([.. mine]);
        })).ToArray();
        await Task.WhenAll(workers);
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new Result(all.Length, errors, seconds, all, [.. errorSamples]);
    }

    public static HttpRequestMessage Post(string path, string token, byte[]? json)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative));
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null)
        {
            message.Content = new ByteArrayContent(json);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return message;
    }

    public void Dispose() => _client.Dispose();
}
