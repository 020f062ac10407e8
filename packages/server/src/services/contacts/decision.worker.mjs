// Starts the decision worker thread (decision-worker.ts). Plain JavaScript: worker threads do not
// inherit the tsx loader the server runs under, so the thread registers it before loading TypeScript.
import { register } from "tsx/esm/api";

register();
await import("./decision-worker-thread.ts");
