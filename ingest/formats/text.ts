// Plain text and Markdown: the text as it is, titled by its first line, with the author, publisher
// and date its first lines print (a wire dateline, "Published: ...", a byline), if any.
import type { LoadedText } from "../document.ts";
import { readDateline } from "./dateline.ts";
import { decodeUtf8 } from "./decode.ts";

export function firstLineTitle(text: string, name: string): string {
  const line = text.split("\n").find((l) => l.trim()) ?? "";
  const title = line.replace(/^#+\s*/, "").trim();
  return title.length > 0 && title.length <= 160 ? title : name;
}

export function loadText(bytes: Uint8Array, name: string): LoadedText {
  const text = decodeUtf8(bytes);
  if (!text.trim()) throw new Error(`empty`);
  return { title: firstLineTitle(text, name), text, ...readDateline(text) };
}
