// Chinese names written in pinyin: a family name from the common ones ("Wang", "Sima") and a given
// name of one or two pinyin syllables ("Min", "Jianguo"). The syllable check keeps "Li Auto" or
// "Wang Street" from being read as people: "Auto" and "Street" are not pinyin.
import { CHINESE_FAMILY_NAMES } from "../word-classes.ts";

const INITIALS = [
  "zh",
  "ch",
  "sh",
  "b",
  "p",
  "m",
  "f",
  "d",
  "t",
  "n",
  "l",
  "g",
  "k",
  "h",
  "j",
  "q",
  "x",
  "r",
  "z",
  "c",
  "s",
  "y",
  "w",
  "",
];
const FINALS = new Set(
  "a o e ai ei ao ou an en ang eng ong er i ia ie iao iu ian in iang ing iong u ua uo uai ui uan un uang ueng ue v ve van vn io".split(
    " ",
  ),
);
const FAMILY = new Set<string>(CHINESE_FAMILY_NAMES);

/** Can the word be cut into pinyin syllables (at most `max`)? Tones and ü are folded first. */
export function isPinyin(word: string, max = 3): boolean {
  const w = word
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ü/g, "v")
    .replace(/['’-]/g, "");
  if (!/^[a-z]+$/.test(w)) return false;
  const go = (at: number, left: number): boolean => {
    if (at === w.length) return true;
    if (left === 0) return false;
    for (const ini of INITIALS) {
      if (!w.startsWith(ini, at)) continue;
      // Longest finals first, so "xiaoqing" is xiao+qing, not xia+o...
      for (let end = Math.min(w.length, at + ini.length + 4); end > at + ini.length; end--) {
        const fin = w.slice(at + ini.length, end);
        // A syllable with no initial starts with a vowel ("an", "ou"); "er" stands alone.
        if (FINALS.has(fin) && (ini !== "" || /^[aoe]/.test(fin)) && go(end, left - 1)) return true;
      }
    }
    return false;
  };
  return go(0, max);
}

export const isChineseFamilyName = (word: string) => FAMILY.has(word.toLowerCase());

/** "Gao Shuqin", "Situ Lan": a family name, then a pinyin given name of one or two syllables. */
export function isChineseName(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const [family, given] = words as [string, string];
  return (
    isChineseFamilyName(family) &&
    /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(given) &&
    isPinyin(given, 2) &&
    !/^(?:Ma|Le|Ha|Ne)$/.test(given)
  );
}
