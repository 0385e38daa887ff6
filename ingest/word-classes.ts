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

// ---- names stage -------------------------------------------------------------------------------

/**
 * Head nouns of technology terms: the last word of a field, technique, material or hardware class
 * ("solid-state batteries", "immersion lithography", "power electronics"). With a classifying
 * modifier before it, such a head makes a technology term; alone it is a generic word.
 */
export const TECHNOLOGY_HEADS = [
  "battery", "batteries", "lithography", "computing", "computer", "computers", "communication",
  "communications", "memory", "memories", "semiconductor", "semiconductors", "transistor", "transistors",
  "robot", "robots", "robotics", "reactor", "reactors", "sensor", "sensors", "sensing", "imaging",
  "optics", "photonics", "electronics", "device", "devices", "packaging", "cooling", "storage",
  "printing", "refining", "network", "networks", "cable", "cables", "chip", "chips", "processor",
  "processors", "accelerator", "accelerators", "interconnect", "interconnects", "motor", "motors",
  "reducer", "reducers", "screw", "screws", "actuator", "actuators", "vehicle", "vehicles", "engine",
  "engines", "turbine", "turbines", "material", "materials", "compound", "compounds", "oxide", "oxides",
  "analogue", "analogues", "analog", "analogs", "weights", "multiplication", "encryption", "cryptography",
  "learning", "array", "arrays", "backhaul", "fusion", "fission", "cores", "hands", "centre", "centres",
  "center", "centers", "tensor", "manufacturing", "synthesis", "editing", "sequencing",
  "carbon", "drives", "satellites", "launchers", "rockets", "missiles", "drones", "lasers", "laser",
  "radar", "lidar", "amplifiers", "antennas", "modems", "displays", "panels", "fibre", "fiber",
  "graphics", "design", "designs", "recognition", "vision", "modelling", "modeling", "simulation",
  "algorithms", "architecture", "architectures",
] as const;

/**
 * Heads that need more than one modifier, or a hyphenated one, before they name a technology:
 * "data centres" yes, but "design" and "cells" alone after any noun are too common.
 */
export const WEAK_TECHNOLOGY_HEADS = [
  "design", "designs", "centre", "centres", "center", "centers", "device", "devices",
  "material", "materials", "compound", "compounds", "weights", "hands", "cores", "engine", "engines",
  "vehicle", "vehicles", "network", "networks", "learning", "vision",
  "recognition", "algorithms", "architecture", "architectures", "panels", "displays", "drives",
] as const;

/**
 * Modifiers that describe rather than classify ("new chips", "cheaper batteries", "most robots"):
 * they never make a technology term. Determiners, quantifiers, evaluative, size, time and place words.
 */
export const NON_CLASSIFYING_MODIFIERS = [
  "a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "your", "his", "her", "my",
  "new", "newer", "newest", "old", "older", "oldest", "big", "bigger", "biggest", "small", "smaller",
  "smallest", "large", "larger", "largest", "cheap", "cheaper", "cheapest", "expensive", "good", "better",
  "best", "bad", "worse", "worst", "more", "most", "less", "least", "many", "much", "few", "fewer", "other",
  "such", "same", "own", "first", "second", "third", "next", "last", "current", "future", "modern",
  "early", "earlier", "late", "later", "latest", "existing", "global", "local", "domestic", "foreign",
  "major", "key", "main", "several", "various", "different", "similar", "total", "entire", "whole",
  "top", "leading", "real", "full", "overall", "typical", "annual", "recent", "previous", "national",
  "international", "western", "eastern", "northern", "southern", "imported", "exported", "used", "some",
  "any", "all", "each", "every", "no", "both", "either", "neither", "only", "just", "also", "very",
  "fewer", "higher", "lower", "high", "low", "fast", "faster", "fastest", "slow", "slower", "cutting-edge",
  "state-of-the-art", "next-generation", "next-gen", "first-generation", "second-generation",
  "world-class", "homegrown", "home-grown", "in-house", "own-brand", "key", "critical", "important",
  "powerful", "efficient", "reliable", "popular", "common", "standard", "basic", "simple", "complex",
  "sophisticated", "crucial", "essential", "affordable", "premium", "mainstream", "niche", "original",
  "specific", "general", "particular", "certain", "possible", "available", "additional", "extra",
  "external", "internal", "actual", "commercial", "traditional", "conventional", "typical", "giant",
  "huge", "tiny", "massive", "strong", "weak", "rival", "competing", "remaining", "existing", "legacy",
  "old-school", "good-enough", "cheap-ish", "working", "broken", "spare", "second-hand", "used", "million",
  "billion", "thousand", "hundred", "dozen", "dozens", "hundreds", "thousands", "millions", "billions",
  "per", "via", "and", "or", "of", "for", "with", "in", "on", "at", "to", "from", "by", "as", "than",
  "into", "onto", "about", "over", "under", "between", "without", "within", "across", "not", "is", "are",
  "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "can", "could", "will",
  "would", "should", "may", "might", "must", "which", "who", "what", "where", "when", "how", "why",
  "whose", "whom", "if", "so", "but", "yet", "then", "there", "here", "it", "they", "we", "you", "he",
  "she", "i", "me", "us", "them", "him", "more-advanced", "less-advanced", "own", "said", "called",
  "named", "known", "based", "single", "sole", "double", "multiple", "whole", "living", "joint", "specialized", "specialised", "made", "built", "designed", "sold", "bought", "shipped", "installed",
] as const;

/**
 * Chemical elements and common materials whose names are not ordinary English words: in technical
 * text each names a material (Technology). "lead", "tin", "iron", "gold" and "silver" are left out.
 */
export const MATERIALS = [
  "lithium", "sodium", "potassium", "cobalt", "nickel", "manganese", "gallium", "germanium", "antimony",
  "aluminium", "aluminum", "titanium", "tungsten", "magnesium", "indium", "tellurium", "neodymium",
  "dysprosium", "terbium", "praseodymium", "lanthanum", "cerium", "yttrium", "scandium", "vanadium",
  "molybdenum", "tantalum", "niobium", "palladium", "platinum", "rhodium", "iridium", "ruthenium",
  "hafnium", "zirconium", "beryllium", "cadmium", "selenium", "arsenic", "bismuth", "chromium",
  "uranium", "plutonium", "thorium", "helium", "neon", "hydrogen", "graphite", "graphene", "polysilicon",
  "copper", "zinc", "alumina", "bauxite", "phosphorus", "fluorine", "tritium", "deuterium",
] as const;

/** Anion and compound words after a material: "gallium nitride", "lithium iron phosphate". */
export const COMPOUND_SUFFIXES = [
  "nitride", "carbide", "phosphide", "arsenide", "oxide", "dioxide", "sulfide", "sulphide", "fluoride",
  "chloride", "carbonate", "phosphate", "hydroxide", "sulfate", "sulphate", "titanate", "niobate",
  "selenide", "telluride", "antimonide", "silicide", "iron", "manganese", "cobalt", "nickel",
] as const;

/** The common Chinese family names in pinyin (two-syllable ones included: "Ouyang", "Sima"). */
export const CHINESE_FAMILY_NAMES = [
  "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
  "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng",
  "cao", "peng", "zeng", "xiao", "tian", "dong", "yuan", "pan", "yu", "jiang", "cai", "du", "ye", "cheng",
  "wei", "su", "lyu", "lv", "ding", "ren", "shen", "yao", "lu", "cui", "zhong", "tan", "fan", "jin",
  "shi", "liao", "jia", "xia", "fu", "fang", "bai", "zou", "meng", "xiong", "qin", "qiu", "yin", "xue",
  "yan", "duan", "lei", "hou", "long", "tao", "gu", "mao", "hao", "gong", "shao", "wan", "qian", "dai",
  "mo", "kong", "xiang", "chang", "wen", "kang", "rao", "qi", "ge", "niu", "nie", "ling", "bao", "geng",
  "hua", "miao", "ni", "ou", "pang", "shu", "ruan", "yi", "zhan", "zhuang", "zhai", "ouyang", "situ",
  "sima", "shangguan", "zhuge", "an", "bi", "chai", "chu", "guan", "hong", "ji", "lan", "lian", "mu",
  "qu", "sheng", "tong", "wei", "xing", "yue", "zhen", "zhuo", "zuo",
] as const;

/** Words that number the parts of a text or a series ("Episode 52", "Table 3"): with a number they are not a model's name. */
export const NUMBERED_LABELS = [
  "episode", "chapter", "section", "part", "figure", "fig", "table", "phase", "round", "level", "grade",
  "step", "stage", "article", "item", "vol", "volume", "no", "number", "page", "day", "week", "year",
  "class", "type", "tier", "line", "room", "box", "note", "appendix", "series", "season", "issue",
  "question", "exhibit", "chart", "slide", "game", "act", "scene", "verse", "rule", "clause", "annex",
  "reply", "comment", "post", "thread", "update", "edit", "footnote", "ref", "source", "q", "h",
] as const;

/** Fields that institutions are named after ("Ministry of Science and Technology", "Health and Human Services"). */
export const INSTITUTION_FIELDS = [
  "science", "sciences", "technology", "technologies", "industry", "industrial", "information", "trade",
  "commerce", "health", "education", "research", "development", "innovation", "reform", "planning",
  "security", "energy", "environment", "environmental", "agriculture", "rural", "finance", "economy",
  "economic", "culture", "tourism", "human", "services", "transport", "transportation", "communications",
  "defence", "defense", "justice", "labour", "labor", "welfare", "housing", "urban", "resources",
  "natural", "water", "land", "mines", "mining", "engineering", "arts", "humanities", "medicine",
  "public", "social", "foreign", "affairs", "investment", "statistics", "standards", "quality",
  "safety", "emergency", "management", "markets", "exchange", "supervision", "regulation", "fisheries",
  "forestry", "space", "aeronautics", "marine", "ocean", "oceans", "sport", "sports", "youth", "family",
] as const;

/** Prefixes that attach to a word ("sub-arrays", "non-volatile"): they do not make a kind of their own. */
export const BOUND_PREFIXES = [
  "sub", "non", "pre", "post", "anti", "co", "re", "multi", "semi", "micro", "nano", "ultra", "super",
  "inter", "intra", "over", "under", "mid", "mini", "self", "pro", "de", "un", "bi", "tri", "mono",
] as const;
