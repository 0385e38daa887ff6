// Extraction on small texts written for these tests, so the rules are checked beyond the seeds.
import { describe, expect, it } from "vitest";
import type { Document } from "./document.ts";
import { createExtractor } from "./extract.ts";

const extract = createExtractor([]);
const doc = (text: string): Document => ({ uri: "t.txt", location: "/t.txt", title: "t", text, format: "text" });
const run = (text: string) => extract(doc(text));
const entity = (text: string, name: string) => run(text).entities.find((e) => e.name === name);
const claimWith = (text: string, words: string) => run(text).claims.find((c) => c.quote.includes(words));

describe("entities", () => {
  it("pairs an acronym with its expansion and keeps both as names of one entity", () => {
    const e = entity("The Lowy Research Centre (LRC) published data. Later, LRC said more.", "Lowy Research Centre");
    expect(e).toMatchObject({ type: "Organization", aliases: expect.arrayContaining(["LRC"]) });
  });

  it("resolves demonyms and short forms of countries to the country", () => {
    const out = run("American firms and U.S. labs lead; the United States and America agree.");
    const us = out.entities.filter((e) => e.type === "Place");
    expect(us.map((e) => e.name)).toEqual(["United States"]);
    expect(us[0]!.aliases).toEqual(expect.arrayContaining(["American", "U.S.", "America"]));
  });

  it("finds names inside possessives and hyphen compounds", () => {
    const names = run("France's labs and Japan-based firms joined the NATO-led effort.").entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["France", "Japan", "NATO"]));
  });

  it("keeps a company apart from its versioned model, whatever the spelling", () => {
    const out = run("Qwen 2.5 beat Llama3.1 and GPT-4o. Later Llama 3.1 caught up.");
    const products = out.entities
      .filter((e) => e.type === "Product")
      .map((e) => e.name)
      .sort();
    expect(products).toEqual(["GPT-4o", "Llama 3.1", "Qwen 2.5"]);
  });

  it("merges a person's surname, first name and nickname into the full name", () => {
    const out = run("Thomas Ekwueme wrote the essay. Ekwueme says exports grew. Tom Ekwueme is an economist.");
    const people = out.entities.filter((e) => e.type === "Person");
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({
      name: "Thomas Ekwueme",
      aliases: expect.arrayContaining(["Ekwueme", "Tom Ekwueme"]),
    });
  });

  it("does not make entities of sentence-initial words, URL paths or hashtags", () => {
    const names = run("Remember this. Looking closer, see x.com/SomeHandle and #ChipWars for more.").entities.map(
      (e) => e.name,
    );
    expect(names).toEqual([]);
  });

  it("types unknown names by their head noun, title or first name", () => {
    const out = run(
      "Analysts at Kestrel Analytics Group met Premier Zhou Wenbo and Maria Okonkwo in Lake Tana Region with Velcro Tern Co., Ltd.",
    );
    const types = Object.fromEntries(out.entities.map((e) => [e.name, e.type]));
    expect(types).toMatchObject({
      "Kestrel Analytics Group": "Organization",
      "Zhou Wenbo": "Person",
      "Maria Okonkwo": "Person",
      "Velcro Tern Co": "Organization",
    });
  });

  it("finds companies without a head noun from what surrounds them, everywhere they are named", () => {
    const text =
      "Shares of Cobalt Ridge fell 4%. Later, Cobalt Ridge hired staff. Quartz Harbor's chief executive resigned.";
    const types = Object.fromEntries(run(text).entities.map((e) => [e.name, e.type]));
    expect(types).toEqual({ "Cobalt Ridge": "Organization", "Quartz Harbor": "Organization" });
    expect(run(text).mentions.filter((m) => m.entity === "Cobalt Ridge")).toHaveLength(2);
  });

  it("types names by their head, keeps initials, and does not make people of acronyms or products of people", () => {
    const out = run(
      "The Department of State met Dwight D. Kessler. The IRA grew. A woman named Rosa Ortega spoke. The chip, dubbed Falcon, shipped.",
    );
    const types = Object.fromEntries(out.entities.map((e) => [e.name, e.type]));
    expect(types).toMatchObject({
      "Department of State": "Organization",
      "Dwight D. Kessler": "Person",
      "Rosa Ortega": "Person",
      Falcon: "Product",
    });
    expect(types.IRA).not.toBe("Person");
  });

  it("types news sources by their role: 'according to X', 'said X, managing director of Y'", () => {
    const text =
      'According to Vantor Research, prices in Chile fell 5%. "Prices will fall," said Bao Ni, managing director of Quill Harbor. Warren Okafor agreed.';
    const types = Object.fromEntries(run(text).entities.map((e) => [e.name, e.type]));
    expect(types).toMatchObject({
      "Vantor Research": "Organization",
      "Bao Ni": "Person",
      "Quill Harbor": "Organization",
      "Warren Okafor": "Person",
    });
    expect(claimWith(text, "prices in Chile")?.attributedTo).toBe("Vantor Research");
  });

  it("takes a name right before a technology, or a made thing's name, for a product", () => {
    const types = Object.fromEntries(
      run("Engineers in Chile built their Kolvex flash memory.").entities.map((e) => [e.name, e.type]),
    );
    expect(types.Kolvex).toBe("Product");
    const called = run("The device, called Vantrix, stores data in Chile.").entities.find((e) => e.name === "Vantrix");
    expect(called?.type).toBe("Product");
    const names = run("Conventional static RAM in Chile writes data in nanoseconds.").entities.map((e) => e.name);
    expect(names).toEqual(["SRAM", "Chile"]);
  });

  it("reads wire-service copy: a '--' dateline in capitals, a surname that is also a word, 'Ministry of X and Y'", () => {
    const text = [
      "LIMA, Dec. 3 (Xinhua) -- Peru built a copper smelter in Lima, the Ministry of Science and Technology said.",
      "Pan Jianwei said the machine, named Condora-504, smelts 9 tonnes an hour.",
    ].join("\n\n");
    const out = run(text);
    const types = Object.fromEntries(out.entities.map((e) => [e.name, e.type]));
    expect(types).toMatchObject({
      Lima: "Place",
      "Ministry of Science and Technology": "Organization",
      "Pan Jianwei": "Person",
      "Condora-504": "Product",
    });
    expect(types.LIMA).toBeUndefined();
    // Only an institution's "X of Y and Z" is one name; a place's is not.
    const places = run("The State of Oregon and Peru signed a copper deal in 2020.").entities.map((e) => e.name);
    expect(places).toContain("Peru");
    expect(types.Science).toBeUndefined();
    expect(claimWith(text, "smelter")?.quote).toBe(
      "Peru built a copper smelter in Lima, the Ministry of Science and Technology said.",
    );
  });

  it("types a name listed with companies as a company, but not a role after a name", () => {
    const text = "By Ana Ruiz, Mining reporter\n\nChip stocks in Chile, including Brodix and Intel, dropped 4%.";
    const types = Object.fromEntries(run(text).entities.map((e) => [e.name, e.type]));
    expect(types.Brodix).toBe("Organization");
    expect(types.Mining).toBeUndefined();
  });

  it("finds a versioned model after 'the' ('the V3 model'), as the full model named before", () => {
    const c = claimWith("Chile trained Vela V3. It has 70 billion parameters in the V3 model.", "70 billion");
    expect(c?.about).toContain("Vela V3");
    const alone = claimWith("Chile has 70 billion parameters in the V3 model.", "70 billion");
    expect(alone?.about).toContain("V3");
  });

  it("does not read a lower-case term inside a capitalised name", () => {
    const names = run("The Robotics Industry Council (RIC) met in Oslo.").entities.map((e) => e.name);
    expect(names).toContain("Robotics Industry Council");
    expect(names).not.toContain("robotics");
  });

  it("recognises process nodes, technology compounds and works named by their genre", () => {
    const out = run("Kestrel moved to 5nm and photonic interconnects, as the documentary Silicon Rising showed.");
    const types = Object.fromEntries(out.entities.map((e) => [e.name, e.type]));
    expect(types).toMatchObject({
      "5 nm process": "Technology",
      "photonic interconnects": "Technology",
      "Silicon Rising": "Publication",
    });
  });
});

describe("claims", () => {
  it("keeps checkable statements and drops questions, greetings and predictions", () => {
    const text =
      "Norway exported 40% of its salmon in 2023. Will Norway win? Thanks, Norway! Norway might grow next year.";
    expect(run(text).claims.map((c) => c.quote)).toEqual(["Norway exported 40% of its salmon in 2023."]);
  });

  it("drops conditions, duties, indirect questions, formulas, broken-off lines, the text on itself and stance after a connective or a fronted phrase", () => {
    const dropped = [
      "If Peru doubles its copper output, Chile loses its lead.",
      "And maybe Peru is the real winner here.",
      "From the point of view of a farmer, I'm all for Peru's new tariff.",
      "Peru's exports rose again, I think.",
      "Chile must open its lithium sector.",
      "Chile is going to overtake Peru.",
      "Chile is expected to overtake Peru.",
      "Analysts expect Chile to overtake Peru.",
      "The question now is whether Chile can keep its lead.",
      "A Peru-Chile G2 would reshape the copper market.",
      "This Reuters article provides the details on Chile.",
      "Chile did well, as the above chart shows.",
      "My point is not about Chile.",
      "Fast 5G coverage across Chile",
      "You can see Chile's pride in its mines.",
      "Whether Chile's plan pays off is unclear.",
      "Will it help Chile's miners.",
      "This is an artist's impression of the new port in Chile.",
      "Copper exports from Chile, lithium, solar power—",
      "Copper belt = Chile and Peru, which lead the world.",
    ];
    for (const text of dropped)
      expect(
        run(text).claims.map((c) => c.quote),
        text,
      ).toEqual([]);
  });

  it("keeps a modal that belongs to what someone is reported to hold, and a figure that carries a prediction", () => {
    expect(claimWith("You can now buy Chilean copper futures in Lima.", "Lima")).toBeDefined();
    expect(claimWith("Peru maintains that tariffs should be set by treaty.", "Peru")).toBeDefined();
    expect(claimWith("President Ana Ruiz said it should be a turning point for Chile.", "Chile")?.attributedTo).toBe(
      "Ana Ruiz",
    );
    expect(claimWith("Chile would double its output to 12 million tonnes.", "Chile")).toBeDefined();
  });

  it("drops a list label whose only verb sits in a relative clause, keeps a list item that states something", () => {
    const text =
      "Chile's mining plans:\n- Copper smelters in Chile that use solar power\n- Mines in Chile raised output 12% in 2023";
    expect(run(text).claims.map((c) => c.quote)).toEqual(["Mines in Chile raised output 12% in 2023"]);
  });

  it("splits a long sentence into the full clauses it joins (also at a colon opening a quotation), and leaves a short one whole", () => {
    const long =
      "And while copper output in Peru keeps falling under new mining rules, Chile opened three smelters in the north last year (while investors in Europe are pouring money into recycling plants instead), but its largest mine in Chile is still running below capacity.";
    expect(run(long).claims.map((c) => c.quote)).toEqual([
      "copper output in Peru keeps falling under new mining rules",
      "Chile opened three smelters in the north last year",
      "investors in Europe are pouring money into recycling plants instead",
      "its largest mine in Chile is still running below capacity.",
    ]);
    const quoted =
      "Here is what the minister of Chile told the president of Peru when the idea came up during his visit in the spring: “The main reasons we disagree are that Chile exports copper and Peru exports silver.”";
    expect(run(quoted).claims.map((c) => c.quote)).toEqual([
      "Here is what the minister of Chile told the president of Peru when the idea came up during his visit in the spring",
      "The main reasons we disagree are that Chile exports copper and Peru exports silver.",
    ]);
    // Many clauses: each is its own claim, with its own figure.
    const many = Array.from({ length: 60 }, (_, i) => `Chile sold ${i + 1} tonnes of copper to Peru`).join("; ") + ".";
    expect(run(many).claims.map((c) => c.numbers[0])).toEqual(Array.from({ length: 60 }, (_, i) => `${i + 1} tonnes`));
    // A relative clause after a semicolon continues a list; it is no clause of its own.
    const relative = "Chile had critics who doubted its mines; who sold its bonds in 2019; who moved to Peru.";
    expect(run(relative).claims.map((c) => c.quote)).toEqual([relative]);
    const short = "Chile opened three smelters last year, but Peru closed two.";
    expect(run(short).claims.map((c) => c.quote)).toEqual([short]);
    // "but is still ..." adds a verb to the same subject: no clause of its own.
    const shared =
      "In the survey of the twelve largest mining nations in the world last year, Chile leads in all the metals that were measured but is most dominant in copper and lithium.";
    expect(run(shared).claims.map((c) => c.quote)).toEqual([shared]);
  });

  it("reads a participle as the predicate of a headline or a list item, not of a section heading", () => {
    const text =
      "Chile Overtaking Peru in Copper Output\n\nChilean Mining\n\nChile's plan:\n- Funding new smelters in Chile";
    expect(run(text).claims.map((c) => c.quote)).toEqual([
      "Chile Overtaking Peru in Copper Output",
      "Funding new smelters in Chile",
    ]);
  });

  it("adds a short fragment to the claim it follows; a possessive before a superlative is no verb", () => {
    const text = "Chile lost half its glaciers. The world's worst loss.\nChile's largest glacier";
    expect(run(text).claims.map((c) => c.quote)).toEqual(["Chile lost half its glaciers. The world's worst loss."]);
  });

  it("makes each item of a list about what its lead-in names, and not the prose after a lead-in", () => {
    const text = [
      "While Peru stalled, Chile's copper exporters did well:",
      "- Raised sales to Korea by 12%",
      "- Doubled shipments in 2023",
      "",
      "Here is part two of the Lima report:",
      "",
      "PART 2: Output in Bolivia fell 4%. Prices rose.",
    ].join("\n");
    const out = run(text);
    expect(claimWith(text, "Raised sales")?.about.sort()).toEqual(["Chile", "South Korea"]);
    expect(claimWith(text, "Doubled shipments")?.about).toEqual(["Chile"]);
    expect(claimWith(text, "Output in Bolivia")?.about).toEqual(["Bolivia"]);
    expect(out.claims.every((c) => !c.about.includes("Lima"))).toBe(true);
  });

  it("leaves a news dateline out of the claim", () => {
    const text = "SEOUL, May 4 (Yonhap) - Samsung spent $2.5bn on chips in Vietnam.";
    expect(claimWith(text, "Samsung")?.quote).toBe("Samsung spent $2.5bn on chips in Vietnam.");
    expect(claimWith("NATO - Russia talks stalled in 2022.", "Russia")?.quote).toBe(
      "NATO - Russia talks stalled in 2022.",
    );
  });

  it("drops a short sentence that names nothing and has no figure: too vague to check", () => {
    const text = "Chile exported more copper than Peru. Money explains part of the story. It rose 12%.";
    expect(run(text).claims.map((c) => c.quote)).toEqual(["Chile exported more copper than Peru.", "It rose 12%."]);
  });

  it("keeps what a first person reports, drops what a first person thinks", () => {
    const text = "I visited 12 factories in Vietnam in 2023. I think Vietnam will overtake Korea.";
    expect(run(text).claims.map((c) => c.quote)).toEqual(["I visited 12 factories in Vietnam in 2023."]);
  });

  it("drops the writer's framing and keeps the fact it frames", () => {
    const text = "It's fascinating to see that Chile now exports 30% of the world's copper.";
    const c = claimWith(text, "Chile")!;
    expect(c.quote).toBe("Chile now exports 30% of the world's copper.");
    expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("gives every claim its exact span, the entities it is about and normalised quantities", () => {
    const text = "Intro line here.\nSamsung spent $2.5bn on chips in Vietnam.";
    const c = claimWith(text, "Samsung")!;
    expect(text.slice(c.start, c.end)).toBe(c.quote);
    expect(c.about.sort()).toEqual(["Samsung", "Vietnam"]);
    expect(c.quantities[0]).toMatchObject({ value: 2.5e9, unit: "USD" });
  });
});

describe("quantities", () => {
  it("gives a claim's quantities their kind, unit, measure and the entity they are about", () => {
    const text = "In Chile, Torvane Motors sold 3 million cars last year. Torvane Motors's revenue fell 12% in 2024.";
    const [cars] = claimWith(text, "sold")!.quantities;
    expect(cars).toMatchObject({ text: "3 million cars", value: 3e6, kind: "count", unit: "car", measure: "sales" });
    expect(cars!.about).toBe("Torvane Motors");
    const c = claimWith(text, "revenue")!;
    expect(c.quantities[0]).toMatchObject({ text: "12%", value: -12, kind: "percent", unit: "%", measure: "revenue" });
    expect(c.quantities[0]!.about).toBe("Torvane Motors");
    expect(c.quantities[1]).toMatchObject({ text: "2024", kind: "year" });
    expect(c.numbers).toEqual(["12%", "2024"]);
  });

  it("does not read a number inside a name as an amount", () => {
    const c = claimWith("Brennock Labs said its Vesta 2.5 model has 40 billion parameters.", "Brennock")!;
    expect(c.quantities.map((q) => q.text)).toEqual(["40 billion parameters"]);
  });
});

describe("attribution", () => {
  it("reads 'according to' and 'X said'", () => {
    expect(claimWith("According to Reuters, Huawei shipped 10 million phones.", "Huawei")?.attributedTo).toBe(
      "Reuters",
    );
    expect(claimWith("Maria Okonkwo said Nigeria doubled its solar capacity.", "Nigeria")?.attributedTo).toBe(
      "Maria Okonkwo",
    );
  });

  it("splits a sentence whose parts have different speakers", () => {
    const out = run("Carla Mendes said Brazil grew 3%, while Ivan Petrov argued Russia shrank 2%.");
    const byQuote = Object.fromEntries(out.claims.map((c) => [c.quote, c.attributedTo]));
    expect(byQuote).toEqual({
      "Carla Mendes said Brazil grew 3%": "Carla Mendes",
      "Ivan Petrov argued Russia shrank 2%.": "Ivan Petrov",
    });
  });

  it("credits a result to the journal it was published in", () => {
    expect(
      claimWith("The result, published today in Nature, shows Fudan University's memory is faster.", "Fudan")
        ?.attributedTo,
    ).toBe("Nature");
    const dated = "Engineers in Chile built a faster battery, according to a paper published on Wednesday in Nature.";
    expect(claimWith(dated, "Chile")?.attributedTo).toBe("Nature");
    expect(run(dated).entities.map((e) => e.name)).not.toContain("Wednesday");
  });

  it("reads news-style speakers: after the quote, 'the company says', and not past the quotation's end", () => {
    const text = [
      '"Exports doubled since 2019," said Dr. Helen Okafor of the Lagos Institute.',
      "Kestrel Analytics Group unveiled a sensor, which the company says is 40% cheaper.",
      "Norway cut its chip imports by 12% in 2023.",
    ].join(" ");
    expect(claimWith(text, "Exports doubled")?.attributedTo).toBe("Helen Okafor");
    expect(claimWith(text, "40% cheaper")?.attributedTo).toBe("Kestrel Analytics Group");
    expect(claimWith(text, "Norway cut")?.attributedTo).toBeUndefined();
    // "the company" is the one the sentences are about, not one named in passing.
    const passing = "Kestrel Analytics Group beat Quill Harbor on sales. Sales in Chile rose 9%, the company said.";
    expect(claimWith(passing, "Sales in Chile")?.attributedTo).toBe("Kestrel Analytics Group");
    // An apposition between the speaker and the verb.
    const apposed =
      "Kestrel Analytics Group, based in Lima, said its sensor sold 4,000 units in Chile. The company, founded in 2019 by Ana Ruiz, claims a 9% share in Peru.";
    expect(claimWith(apposed, "sensor sold")?.attributedTo).toBe("Kestrel Analytics Group");
    expect(claimWith(apposed, "9% share")?.attributedTo).toBe("Kestrel Analytics Group");
    // The company named most often is "the firm", even after a fronted phrase and a rival named last.
    const often =
      "Kestrel Analytics Group sold chips in Chile. Kestrel Analytics Group hired staff. Quill Harbor declined to say more. Since then, the Lima-based firm has opened a lab in Peru.";
    expect(claimWith(often, "opened a lab")?.about).toContain("Kestrel Analytics Group");
    // ... and "The company" is what that claim is about, with the founder it names.
    expect(claimWith(apposed, "9% share")?.about.sort()).toEqual(["Ana Ruiz", "Kestrel Analytics Group", "Peru"]);
  });

  it("credits what 'the report warned' to the report named before, and takes no quotation for its title", () => {
    const text =
      'The Andes Copper Review, published by the Lowy Research Centre, ranks Chile first.\n\n"Peru is losing ground fast," the report warned.';
    expect(claimWith(text, "Peru is losing")?.attributedTo).toBe("Andes Copper Review");
    // With no report named, "the report" is the one of the organisation last credited.
    const unnamed = "The Lowy Research Centre said Chile leads.\n\nPeru is losing ground fast, the report warned.";
    expect(claimWith(unnamed, "Peru is losing")?.attributedTo).toBe("Lowy Research Centre");
    expect(run(text).entities.map((e) => e.name)).not.toContain("Peru is losing ground fast");
  });

  it("reads 'told Reuters' as the listener, not the speaker, and leaves no-comment notes out", () => {
    const text = [
      "Kestrel Analytics Group will build a plant in Chile, two people familiar with the matter told Reuters.",
      '"Chile is ahead of Peru," Ana Ruiz, a partner at the consultancy Quill Harbor, told Reuters.',
      "Kestrel Analytics Group declined to comment. Peru did not respond to a request for comment.",
    ].join(" ");
    expect(claimWith(text, "plant in Chile")?.attributedTo).toBeUndefined();
    expect(claimWith(text, "plant in Chile")?.about).not.toContain("Reuters");
    expect(claimWith(text, "ahead of Peru")?.attributedTo).toBe("Ana Ruiz");
    expect(claimWith(text, "comment")).toBeUndefined();
  });

  it("credits 'analysts at X estimate' to X, and types 'X, founded in 2020' as a company", () => {
    const text =
      "Analysts at Quill Harbor estimate that Chile mined 5 million tonnes. Velmora Threads, founded in 2020 in Lima, said sales in Peru doubled.";
    expect(claimWith(text, "5 million tonnes")?.attributedTo).toBe("Quill Harbor");
    expect(claimWith(text, "sales in Peru")?.attributedTo).toBe("Velmora Threads");
    expect(run(text).entities.find((e) => e.name === "Velmora Threads")?.type).toBe("Organization");
  });

  it("credits 'according to a report by X' to X", () => {
    const text =
      "Chile exports 30% of the world's copper, according to a study published in May by the Lowy Research Centre.";
    expect(claimWith(text, "Chile")?.attributedTo).toBe("Lowy Research Centre");
    const data = "Chile mined 5 million tonnes of copper, according to data compiled by the Lowy Research Centre.";
    expect(claimWith(data, "Chile")?.attributedTo).toBe("Lowy Research Centre");
  });

  it("credits a report to the organisation named with it, not the first one in the sentence", () => {
    const text =
      "LONDON (Reuters) - Brazil leads in 12 of 20 fields, according to a report by the Lowy Research Centre.";
    expect(claimWith(text, "Brazil leads")?.attributedTo).toBe("Lowy Research Centre");
  });

  it("does not take the object of a preposition for the speaker", () => {
    expect(
      claimWith("In 2010 I worked for Samsung and noted that Korea invested heavily.", "Korea")?.attributedTo,
    ).toBeUndefined();
  });

  it("credits a report's publisher with the findings stated while it is discussed", () => {
    const text =
      "The new Lowy Research Centre (LRC) report is out.\nIndia leads in 12 of 20 fields.\n• • •\nIndia leads cricket.";
    expect(claimWith(text, "12 of 20")?.attributedTo).toBe("Lowy Research Centre");
    expect(claimWith(text, "cricket")?.attributedTo).toBeUndefined();
  });

  it("reads 'the country' as the country the text is about, and describes countries and capitals", () => {
    const text =
      "Chile mined more copper. Chile also built a port. Kestrel Analytics Group helped. The country spent $2bn in 2024.";
    expect(claimWith(text, "spent $2bn")?.about).toContain("Chile");
    const out = run("Chile and its capital Santiago grew.");
    const described = Object.fromEntries(out.entities.map((e) => [e.name, e.description]));
    expect(described).toMatchObject({ Chile: "Country in South America", Santiago: "Capital of Chile" });
  });

  it("keeps the author in what a claim is about when the claim opens with the author's name", () => {
    // A personal post: its writer speaks in the first person, so the byline's author is its speaker.
    const text =
      "By Ana Ruiz\n\nAna Ruiz is a senior fellow at the Quill Harbor Institute in Lima. I have studied its mines for years, and my notes are public.";
    const c = claimWith(text, "senior fellow");
    expect(c?.attributedTo).toBe("Ana Ruiz");
    expect(c?.about).toContain("Ana Ruiz");
  });

  it("gives a comment's claims to its author and a post's body to its byline", () => {
    const text = [
      "Big Title",
      "By Amara Diallo",
      "",
      "Kenya built 300 new clinics in 2022. I visited twelve of them on my last trip.",
      "",
      "2 comments",
      "",
      "  1. Kofi Mensah",
      "",
      "    Ghana exported more cocoa than Kenya last year.",
      "",
      "    Reply",
    ].join("\n");
    expect(claimWith(text, "clinics")?.attributedTo).toBe("Amara Diallo");
    expect(claimWith(text, "cocoa")?.attributedTo).toBe("Kofi Mensah");
  });

  it("credits a quotation to the person who is said to have spoken it", () => {
    const text = 'Minister Lena Holt told reporters: "Sweden cut emissions by 30% since 1990."';
    expect(claimWith(text, "Sweden cut")?.attributedTo).toBe("Lena Holt");
  });
});

describe("citations", () => {
  it("cites URLs, also bare and shortened ones, and publications named as where it was published", () => {
    const out = run("See https://example.org/a and x.com/user/status… The result, published in Nature, holds.");
    expect(out.citations.map((c) => c.uri)).toEqual([
      "https://example.org/a",
      "https://x.com/user/status",
      "publication:Nature",
    ]);
  });
});
