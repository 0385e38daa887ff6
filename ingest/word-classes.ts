// Named word classes: every list of English words a rule relies on is defined here, once, and rules
// build their patterns from these classes (`alternation(SAYING)`), so a class never exists in two
// versions with different members. Only general words of the language or of the field belong here;
// nothing taken from a particular document.

/** Build a regex alternation from a class; multi-word entries keep their spaces as \s+. */
export const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
