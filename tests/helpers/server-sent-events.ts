/** Reads a server-sent event stream until an event matches, or `timeoutMs` passes (null); then closes it. */
export async function waitForEvent(body: ReadableStream<Uint8Array>, predicate: (event: { type: string; data: string }) => boolean, timeoutMs = 10_000) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      const chunk = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now()))]);
      if (!chunk || chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const type = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
        const data = /^data: (.*)$/m.exec(block)?.[1] ?? '';
        if (predicate({ type, data })) return { type, data };
      }
    }
    return null;
  } finally {
    await reader.cancel();
  }
}
