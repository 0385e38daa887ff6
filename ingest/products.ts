// Versioned AI models are products, distinct from the companies that make them:
// "DeepSeek V3" (Product) is not "DeepSeek" (Organization). Spelling variants get one canonical name.

export type ModelMention = { start: number; end: number; surface: string; name: string };

const FAMILIES = [
  "DeepSeek",
  "Llama",
  "Claude",
  "GPT",
  "Gemini",
  "Qwen",
  "Mistral",
  "Grok",
  "Kimi",
  "ERNIE",
  "Phi",
  "Gemma",
  "o1",
  "o3",
];
const VARIANTS = "Sonnet|Opus|Haiku|Pro|Flash|Mini|mini|Turbo|Instruct|Chat|Coder|Max|Ultra|Nano";
const MODEL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${FAMILIES.join("|")})(?:[ -]?)([VvRr]?\d+(?:\.\d+)*[a-z]?)(?:[ -](${VARIANTS}))?(?![\p{L}\p{N}])`,
  "gu",
);

export function findModels(text: string): ModelMention[] {
  return [...text.matchAll(MODEL)].map((m) => {
    const [surface, family, version, variant] = [m[0], m[1]!, m[2]!, m[3]];
    const v = version.replace(/^[vr]/, (c) => c.toUpperCase());
    const name = `${family}${family === "GPT" ? "-" : " "}${v}${variant ? ` ${variant}` : ""}`;
    return { start: m.index, end: m.index + surface.length, surface, name };
  });
}
