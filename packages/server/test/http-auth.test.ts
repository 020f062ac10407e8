import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../src/test-support/test-app.js";
import { buildDemoApp, loginAs } from "./demo-app.js";

describe("authentication", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildDemoApp();
  });
  afterAll(async () => t?.drop());

  it("sets an httpOnly, SameSite session cookie and gives a new session id at each login", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { username: "auditor", password: "faircollect-demo" },
    });
    const cookie = res.cookies.find((c) => c.name === "fc_session")!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Strict");
    expect(await loginAs(t.app, "auditor")).not.toBe(`fc_session=${cookie.value}`);
  });

  it("answers 401 to a wrong password and locks the username after five failures", async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({
        method: "POST",
        url: "/v1/auth/login",
        payload: { username: "agent-b", password: "wrong" },
      });
      expect(res.statusCode).toBe(401);
    }
    const locked = await t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { username: "agent-b", password: "faircollect-demo" },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.headers["retry-after"]).toBe("900");
  });

  it("ends the session at logout", async () => {
    const cookie = await loginAs(t.app, "supervisor");
    await t.app.inject({ method: "POST", url: "/v1/auth/logout", headers: { cookie } });
    expect((await t.app.inject({ url: "/v1/me", headers: { cookie } })).statusCode).toBe(401);
  });

  it("issues an API token shown once, stores only its hash, and refuses it once revoked", async () => {
    const admin = await loginAs(t.app, "admin");
    const users = (
      await t.app.inject({ url: "/v1/users?role=collector", headers: { cookie: admin } })
    ).json() as { id: string; username: string }[];
    const dialerUser = users.find((u) => u.username === "collector")!;
    const created = await t.app.inject({
      method: "POST",
      url: "/v1/tokens",
      headers: { cookie: admin },
      payload: { name: "dialer", userId: dialerUser.id },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json() as { token: string; id: string };
    const stored = await t.deps.store.db
      .selectFrom("api_tokens")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    const listed = await t.app.inject({ url: "/v1/tokens", headers: { cookie: admin } });
    expect(listed.body).not.toContain(token);
    const me = await t.app.inject({ url: "/v1/me", headers: { authorization: `Bearer ${token}` } });
    expect(me.json()).toMatchObject({ username: "collector", role: "collector" });
    await t.app.inject({ method: "DELETE", url: `/v1/tokens/${id}`, headers: { cookie: admin } });
    expect(
      (await t.app.inject({ url: "/v1/me", headers: { authorization: `Bearer ${token}` } })).statusCode,
    ).toBe(401);
  });

  it("serves health, metrics, the OpenAPI document and the docs page without login", async () => {
    expect((await t.app.inject({ url: "/healthz" })).statusCode).toBe(200);
    const metrics = await t.app.inject({ url: "/metrics" });
    expect(metrics.body).toContain("faircollect_http_request_duration_seconds");
    expect((await t.app.inject({ url: "/openapi.json" })).json().openapi).toMatch(/^3\./);
    const docs = await t.app.inject({ url: "/docs/" });
    expect(docs.statusCode).toBe(200);
    // The docs UI sends its own CSP (it loads the swagger validator badge) in place of the API's.
    expect(docs.headers["content-security-policy"]).toContain("img-src 'self' data: validator.swagger.io");
  });

  it("sends secure headers on API answers", async () => {
    const res = await t.app.inject({ url: "/healthz" });
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["strict-transport-security"]).toBeTruthy();
    expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(res.headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(res.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });
});
