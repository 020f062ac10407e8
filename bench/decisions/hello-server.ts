// The ceiling for bench/decisions/http.bench.ts: a Fastify hello world in its own process.
import Fastify from "fastify";

const app = Fastify({ logger: false });
app.get("/", async () => ({ hello: "world" }));
const address = await app.listen({ host: "127.0.0.1", port: 0 });
console.log(`serving ${address}`);
