// Asks a process how it is: `GET /api/v1/core/health`. A process whose event bus is cut, or
// whose datafeed in another process is out of reach, still answers, but its streams refuse
// clients or its orders are refused: that is `degraded`, not `ok`.

export const HEALTH_PATH = '/api/v1/core/health';

export type Health = 'ok' | 'degraded' | 'down';

export interface HealthAnswer {
  health: Health;
  /** The modules the process says it loaded (absent when it did not answer). */
  modules?: string[];
  /** Why it is not ok: `HTTP 503`, `ECONNREFUSED`, `event bus disconnected`. */
  detail?: string;
}

interface HealthBody {
  modules?: unknown;
  bus?: { connected?: unknown };
  quotes?: { source?: unknown; connected?: unknown };
}

export async function probeHealth(
  host: string,
  port: number,
  timeoutMs = 2_000,
): Promise<HealthAnswer> {
  let response: Response;
  try {
    response = await fetch(`http://${host}:${port}${HEALTH_PATH}`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { health: 'down', detail: failureReason(error) };
  }
  const body = (await response.json().catch(() => ({}))) as HealthBody;
  if (response.status !== 200) return { health: 'down', detail: `HTTP ${response.status}` };
  const modules = Array.isArray(body.modules) ? body.modules.map(String) : [];
  if (body.bus?.connected === false)
    return { health: 'degraded', modules, detail: 'event bus disconnected' };
  if (body.quotes?.source === 'remote' && body.quotes.connected === false)
    return { health: 'degraded', modules, detail: 'no datafeed in reach' };
  return { health: 'ok', modules };
}

function failureReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  if (cause?.code !== undefined) return cause.code;
  if ((error as Error).name === 'TimeoutError') return 'no answer in time';
  return (error as Error).message;
}
