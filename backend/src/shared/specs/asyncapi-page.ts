// A self-contained HTML rendering of an AsyncAPI document: every channel, every frame with its
// summary and payload schema. Rendered on the server, so it works offline with no script.
import type { AsyncApiDocument } from './asyncapi.js';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

interface Message {
  name: string;
  summary: string;
  payload: { properties?: { payload?: unknown } };
}
interface Operation {
  summary: string;
  message: { oneOf: { $ref: string }[] };
}
interface Channel {
  description: string;
  publish: Operation;
  subscribe: Operation;
}

function frames(document: AsyncApiDocument, operation: Operation): string {
  const messages = document.components.messages as Record<string, Message>;
  return operation.message.oneOf
    .map(({ $ref }) => messages[$ref.replace('#/components/messages/', '')])
    .filter((m): m is Message => m !== undefined)
    .map(
      (m) => `<details><summary><code>${escape(m.name)}</code> — ${escape(m.summary)}</summary>
<pre>${escape(JSON.stringify(m.payload.properties?.payload ?? {}, null, 2))}</pre></details>`,
    )
    .join('\n');
}

export function renderAsyncApiPage(document: AsyncApiDocument, jsonUrl: string): string {
  const channels = Object.entries(document.channels as Record<string, Channel>)
    .map(
      ([path, channel]) => `<section><h2><code>${escape(path)}</code></h2>
<p>${escape(channel.description)}</p>
<h3>Client → server</h3>${frames(document, channel.publish)}
<h3>Server → client</h3>${frames(document, channel.subscribe)}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(document.info.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{margin:0;padding:24px 40px;background:#0f1217;color:#d6dae1;font:14px/1.5 system-ui,sans-serif}
h1{font-size:22px}h2{font-size:17px;margin-top:32px}h3{font-size:14px;color:#8b93a1;text-transform:uppercase}
section{background:#171b22;border:1px solid #262c36;border-radius:8px;padding:8px 20px 16px;margin:16px 0}
details{border-top:1px solid #262c36;padding:6px 0}summary{cursor:pointer}
pre{background:#0f1217;padding:12px;border-radius:6px;overflow:auto;font-size:12px}
code{color:#7cc4fa}a{color:#5fa8f5}
</style></head><body>
<h1>${escape(document.info.title)}</h1>
<p>${escape(document.info.description ?? '')} AsyncAPI ${escape(document.asyncapi)} —
<a href="${escape(jsonUrl)}">${escape(jsonUrl)}</a></p>
${channels}
</body></html>
`;
}
