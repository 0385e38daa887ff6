// Page shapes: who speaks where, on small pages written for these tests in the layouts of common sites.
import { describe, expect, it } from "vitest";
import { duplicateIds } from "./rules.ts";
import { analyzeStructure, PAGE_SHAPES, regionAt, THREAD_SHAPES } from "./structure.ts";

const saysSection = (filler: string) =>
  [`${filler}Body text of the post.`, "", "Lena Holt says:", "", "    Sweden cut emissions by 30%.", ""].join("\n");

/** The speaker credited with the line that contains `words`, and the rule that found its region. */
function speakerOf(text: string, words: string): [string | undefined, string | undefined] {
  const at = text.indexOf(words);
  const r = regionAt(analyzeStructure(text), { start: at, end: at + words.length });
  return [r?.speaker?.name, r?.rule];
}

const lines = (...ls: string[]) => ls.join("\n");

describe("analyzeStructure", () => {
  it("finds 'Name says:' comments in every document, whatever was read before", () => {
    const long = analyzeStructure(saysSection("x".repeat(500) + "\n"));
    const short = analyzeStructure(saysSection(""));
    for (const s of [long, short])
      expect(s.regions.filter((r) => r.kind === "comment").map((r) => r.speaker?.name)).toEqual(["Lena Holt"]);
  });

  it("has unique rule ids", () => {
    expect(duplicateIds([...THREAD_SHAPES, ...PAGE_SHAPES])).toEqual([]);
  });

  it.each([
    [
      "a numbered comment with a badge after the name",
      lines(
        "Post body.",
        "",
        "  1. Marta Ruiz Post author",
        "",
        "    Ferries carry 40% of the freight.",
        "",
        "    Reply",
      ),
      "Ferries carry",
      ["Marta Ruiz", "comment-section"],
    ],
    [
      "a comment rendered from HTML: name, date, text, Reply",
      lines(
        "Post body.",
        "",
        "Tomas Berg says:",
        "",
        "May 2, 2024 at 9:10 am",
        "",
        "Oslo added 12 berths.",
        "",
        "Reply",
      ),
      "Oslo added",
      ["Tomas Berg", "comment-section"],
    ],
    [
      "a Hacker News comment",
      lines(
        "Show HN: a tide predictor (example.org)",
        "120 points by seagull 5 hours ago | hide | 40 comments",
        "",
        "harbor_rat 26 points 5 hours ago | next [–]",
        "",
        "The Rotterdam port moved 13 million containers last year.",
        "",
        "reply",
        "",
        "kelpie 7 points 2 hours ago | parent | next [–]",
        "",
        "Hamburg moved 8 million.",
      ),
      "Rotterdam port",
      ["harbor_rat", "forum-comment"],
    ],
    [
      "the title of a forum submission",
      lines(
        "Show HN: a tide predictor that runs on a Raspberry Pi (example.org)",
        "120 points by seagull 5 hours ago | hide | 40 comments",
        "",
        "harbor_rat 26 points 5 hours ago | next [–]",
        "",
        "Nice.",
        "",
        "kelpie 7 points 2 hours ago | parent | next [–]",
        "",
        "Agreed.",
      ),
      "tide predictor",
      ["seagull", "forum-submission"],
    ],
    [
      "a Reddit-style comment",
      lines(
        "u/driftwood · 5h",
        "Lisbon opened a cruise terminal in 2017.",
        "",
        "u/anchorman · 3h",
        "It cost 20 million euros.",
      ),
      "It cost",
      ["anchorman", "forum-comment"],
    ],
    [
      "a comment under a name and a date line (Substack, Disqus)",
      lines(
        "Post body.",
        "",
        "Jane Roe",
        "Mar 3",
        "",
        "Oslo has 40 berths.",
        "",
        "Like (4)",
        "Reply",
        "",
        "Tom Berg",
        "2 hrs ago",
        "",
        "Bergen has 30.",
        "",
        "Reply",
      ),
      "Bergen has",
      ["Tom Berg", "comment-section"],
    ],
    [
      "a comment under 'Name • time'",
      lines("Jane Roe • 3 years ago", "Oslo has 40 berths.", "", "Tom Berg • 2 years ago", "Bergen has 30."),
      "Oslo has",
      ["Jane Roe", "forum-comment"],
    ],
    [
      "a video comment under '@handle time'",
      lines("@oslofan 2 days ago", "Oslo has 40 berths.", "", "@bergen_guy 1 day ago", "Bergen has 30."),
      "Bergen has",
      ["bergen_guy", "forum-comment"],
    ],
    [
      "an interview with bold labels and an affiliation",
      lines(
        "**Jane Roe:** Welcome. What happened?",
        "",
        "**Ola Nordmann (Statkraft):** We built 3 dams in 2019.",
        "",
        "**Jane Roe:** And then?",
        "",
        "**Ola Nordmann (Statkraft):** Two more.",
      ),
      "We built 3 dams",
      ["Ola Nordmann", "transcript-turn"],
    ],
    [
      "a 'Q:'/'A:' answer, whose speaker the interview's head names",
      lines(
        "In this interview, host Ola Berg talks with Jane Roe, who runs a ferry line in Oslo.",
        "",
        "Q: How many ferries do you run?",
        "",
        "A: We run 14 ferries.",
        "",
        "Q: And next year?",
        "",
        "A: Two more.",
      ),
      "We run 14",
      ["Jane Roe", "transcript-turn"],
    ],
    [
      "a social post",
      lines(
        "Ines Costa @inescosta · 3h",
        "1/2 Portugal exported 1.2 million tonnes of cork in 2023.",
        "",
        "Ines Costa @inescosta · 3h",
        "2/2 Spain came second.",
      ),
      "Spain came",
      ["Ines Costa", "social-post"],
    ],
    [
      "a post quoted inside another account's post",
      lines(
        "Ines Costa @inescosta · 3h",
        "Worth reading:",
        "",
        "  Rui Mota @ruimota · Mar 3",
        "  Cork prices rose 9% this spring.",
        "",
        "Agree with Rui.",
        "",
        "Ines Costa @inescosta · 2h",
        "More soon.",
      ),
      "Cork prices",
      ["Rui Mota", "social-quoted-post"],
    ],
    [
      "a reply whose 'Replying to' line names the account replied to",
      lines(
        "Ines Costa @inescosta · 3h",
        "Cork is booming.",
        "",
        "Paulo Reis @preis · 1h",
        "Replying to @inescosta",
        "Exports fell 4% in May.",
      ),
      "Exports fell",
      ["Paulo Reis", "social-post"],
    ],
    [
      "a podcast transcript turn in capitals",
      lines(
        "JOHN AVERY: Welcome back. What did you build?",
        "",
        "MAYA OKORO: A desalination plant in Accra. It makes 60,000 litres a day.",
        "",
        "JOHN AVERY: How much did it cost?",
        "",
        "MAYA OKORO: About 2 million dollars.",
      ),
      "desalination plant",
      ["Maya Okoro", "transcript-turn"],
    ],
    [
      "a press-conference answer that runs over two paragraphs",
      lines(
        "Lin Hao: Good morning. Rail freight grew 8% last year.",
        "",
        "Freight trains now run daily to Almaty.",
        "",
        "Reporter from Kyodo: Will fares rise?",
        "",
        "Lin Hao: Not this year.",
        "",
        "Reporter from AFP: And next year?",
        "",
        "Lin Hao: We will decide in June.",
      ),
      "daily to Almaty",
      ["Lin Hao", "transcript-turn"],
    ],
    [
      "a reporter's question, which speaks for the outlet",
      lines(
        "Lin Hao: Good morning.",
        "",
        "Reporter from Kyodo: Trains to Almaty are late. Why?",
        "",
        "Lin Hao: Snow.",
        "",
        "Reporter from Kyodo: Thank you.",
      ),
      "Trains to Almaty",
      ["Kyodo", "transcript-turn"],
    ],
    [
      "field lines that are not a dialogue",
      lines("Founded: 1998", "Headquarters: Porto", "Revenue: 3 million euros", "Porto is a port city."),
      "Porto is",
      [undefined, undefined],
    ],
    [
      "labels of ordinary words, which are fields even when they recur",
      lines(
        "Note: Oslo has 40 berths.",
        "",
        "Source: port data.",
        "",
        "Note: Bergen has 30.",
        "",
        "Source: port data.",
      ),
      "Bergen has",
      [undefined, undefined],
    ],
    [
      "a page's own time stamps, which are no commenters",
      lines("Updated 3 hours ago", "Oslo has 40 berths.", "", "Posted 2 hours ago", "Bergen has 30."),
      "Bergen has",
      [undefined, undefined],
    ],
    [
      "a speech's salutations, which are no speakers",
      lines(
        "Members of the Senate:",
        "Oslo has 40 berths.",
        "",
        "Members of the Senate:",
        "Bergen has 30.",
        "",
        "Friends of the Port:",
        "Ships came.",
        "",
        "Friends of the Port:",
        "More came.",
      ),
      "Bergen has",
      [undefined, undefined],
    ],
    [
      "a personal blog post under its byline",
      lines(
        "Why I moved my boat to Vigo",
        "",
        "By Carmen Soto",
        "",
        "I sold my flat in 2021. Vigo charges 300 euros a month for a berth.",
      ),
      "Vigo charges",
      ["Carmen Soto", "personal-byline"],
    ],
    [
      "a news report under its byline, which speaks in its own voice",
      lines(
        "By Carmen Soto",
        "",
        'VIGO, May 3 (Wirecast) - The port of Vigo will add 200 berths, the city said. "I think it is good," a skipper said.',
        "",
        "Reporting by Carmen Soto; Editing by Ana Gil",
      ),
      "add 200 berths",
      [undefined, undefined],
    ],
    [
      "an editor's introduction to a reposted piece",
      lines(
        "Maria here. This piece on fisheries is worth a read.",
        "",
        "By Joao Neves",
        "",
        "Catches fell 10% in 2022.",
      ),
      "worth a read",
      ["Maria", "editor-intro"],
    ],
  ])("credits %s", (_, text, words, expected) => {
    expect(speakerOf(text, words)).toEqual(expected);
  });

  it("credits a table's rows to the source under it, and finds footnotes", () => {
    const text = lines(
      "Table 2  Berths by port",
      "Port  Berths  Share",
      "Vigo  300  40%",
      "Porto  450  60%",
      "Source: Iberian Ports Council; counts for 2023.",
      "",
      "Berths grew by a third.¹",
      "",
      "¹ Iberian Ports Council, Annual Review 2023.",
    );
    const s = analyzeStructure(text);
    const table = s.regions.find((r) => r.kind === "table")!;
    expect(text.slice(table.start, table.end)).toContain("Vigo  300  40%");
    expect(text.slice(table.source!.start, table.source!.end)).toBe("Iberian Ports Council");
    expect(s.footnotes.map((n) => [n.marker, text.slice(n.start, n.end).trim()])).toEqual([
      ["¹", "Iberian Ports Council, Annual Review 2023."],
    ]);
  });

  it("credits a '>' quote in a reply to the comment it quotes", () => {
    const text = lines(
      "harbor_rat 26 points 5 hours ago | next [–]",
      "",
      "Rotterdam moved 13 million containers last year.",
      "",
      "kelpie 7 points 2 hours ago | parent | next [–]",
      "",
      "> Rotterdam moved 13 million containers last year.",
      "",
      "Hamburg moved 8 million.",
    );
    const at = text.lastIndexOf("Rotterdam moved");
    const r = regionAt(analyzeStructure(text), { start: at, end: at + 20 });
    expect([r?.kind, r?.speaker?.name]).toEqual(["quote", "harbor_rat"]);
  });
});
