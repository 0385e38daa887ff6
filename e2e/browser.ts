// Debian's Chromium driven by playwright-core, with the flags this sandboxed, offline machine needs.
import { chromium, type Browser } from "playwright-core";

export const SCREENSHOTS = "e2e/screenshots";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
