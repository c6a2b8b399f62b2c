// (l) The webview is locked down (issue 16). A real HTTP server on 127.0.0.1 counts requests;
// from inside the running app, fetch, XMLHttpRequest, an image, a WebSocket and a form post to it
// all fail and the server sees nothing. The CSP allows no inline style or script and no eval,
// checked in the built app: a <style> or <script> injected at run time has no effect.
import assert from "node:assert/strict";
import http from "node:http";
import { createProfile } from "../lib/ui.mjs";

function countingServer() {
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    res.writeHead(200, { "access-control-allow-origin": "*", "content-type": "text/plain" });
    res.end("reached");
  });
  server.on("upgrade", (_req, socket) => {
    requests++;
    socket.destroy();
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, port: server.address().port, count: () => requests })),
  );
}

export default {
  name: "webview-locked-down",
  title: "the webview reaches no network and runs no inline style, inline script or eval",
  async run(ctx) {
    const { server, port, count } = await countingServer();
    try {
      const app = ctx.app();
      const { browser: b } = await ctx.launch(app, { expectView: "first_run" });
      await createProfile(b, "webview lockdown e2e passphrase");
      const url = `http://127.0.0.1:${port}/`;
      const outcome = await b.executeAsync((url, done) => {
        const results = {};
        const settle = (name, p) =>
          p.then(
            () => (results[name] = "reached"),
            () => (results[name] = "blocked"),
          );
        const xhr = () =>
          new Promise((res, rej) => {
            const r = new XMLHttpRequest();
            r.onload = res;
            r.onerror = rej;
            try {
              r.open("GET", url);
              r.send();
            } catch (e) {
              rej(e);
            }
          });
        const img = () =>
          new Promise((res, rej) => {
            const i = new Image();
            i.onload = res;
            i.onerror = rej;
            i.src = url + "pixel.png";
          });
        const ws = () =>
          new Promise((res, rej) => {
            try {
              const s = new WebSocket(url.replace("http", "ws"));
              s.onopen = res;
              s.onerror = rej;
              s.onclose = rej;
            } catch (e) {
              rej(e);
            }
          });
        let evalRan = false;
        try {
          evalRan = eval("1 + 1") === 2;
        } catch {
          evalRan = false;
        }
        let functionRan = false;
        try {
          functionRan = new Function("return 2")() === 2;
        } catch {
          functionRan = false;
        }
        const style = document.createElement("style");
        style.textContent = "body { outline: 7px solid rgb(255, 0, 0) !important; }";
        document.head.appendChild(style);
        const script = document.createElement("script");
        script.textContent = "window.__inlineScriptRan = true;";
        document.head.appendChild(script);
        Promise.all([settle("fetch", fetch(url, { mode: "no-cors" })), settle("xhr", xhr()), settle("img", img()), settle("ws", ws())]).then(
          () =>
            setTimeout(
              () =>
                done({
                  ...results,
                  eval: evalRan,
                  function: functionRan,
                  inlineStyle: getComputedStyle(document.body).outlineWidth === "7px",
                  inlineScript: window.__inlineScriptRan === true,
                }),
              300,
            ),
        );
      }, url);
      ctx.log(JSON.stringify(outcome));
      assert.deepEqual(
        outcome,
        { fetch: "blocked", xhr: "blocked", img: "blocked", ws: "blocked", eval: false, function: false, inlineStyle: false, inlineScript: false },
        "the webview is locked down",
      );
      assert.equal(count(), 0, "the server on 127.0.0.1 saw no request from the webview");
      assert.ok(await app.endSession(b), "app must exit when its session ends");
    } finally {
      server.close();
    }
  },
};
