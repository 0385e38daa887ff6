// Publication metadata from the first lines of text documents, and only from shapes that mean it.
import { describe, expect, it } from "vitest";
import { normaliseDate } from "./dates.ts";
import { readDateline } from "./dateline.ts";

const BODY = "\n\nThe port handled 1.1 million containers in 2023, the authority said.";

describe("readDateline", () => {
  it("reads a wire dateline with a full date: agency as publisher, the date", () => {
    expect(readDateline(`Port volumes rise\n\nLISBON, May 3, 2024 (Reuters) - The port grew.${BODY}`)).toEqual({
      publisher: "Reuters",
      publishedAt: "2024-05-03",
    });
    expect(readDateline(`RIO DE JANEIRO, 14 June 2023 (AFP) — Rain fell.`)).toEqual({
      publisher: "AFP",
      publishedAt: "2023-06-14",
    });
  });

  it("takes the agency but no date from a dateline without a year or without a date", () => {
    expect(readDateline(`WASHINGTON (AP) — The committee met.${BODY}`)).toEqual({ publisher: "AP" });
    expect(readDateline(`SAN FRANCISCO/LONDON, May 3 (Reuters) - Shares fell.`)).toEqual({ publisher: "Reuters" });
  });

  it("reads a press release's wire between slashes", () => {
    expect(readDateline(`**DENVER, Colo., Jan. 12, 2022 /Example Newswire/** -- A firm said.`)).toEqual({
      publisher: "Example Newswire",
      publishedAt: "2022-01-12",
    });
  });

  it("reads Published and Posted lines, with the author after the date", () => {
    expect(readDateline(`Garden notes\nPublished: 3 May 2024\n${BODY}`)).toEqual({ publishedAt: "2024-05-03" });
    expect(readDateline(`# Garden notes\n\n*Posted on May 3, 2024 by Jane Roe*\n${BODY}`)).toEqual({
      publishedAt: "2024-05-03",
      author: "Jane Roe",
    });
    expect(readDateline(`Published on Friday, 3rd May 2024 at 10:30 am BST`)).toEqual({ publishedAt: "2024-05-03" });
  });

  it("reads a byline and a date line under it, but not an update date", () => {
    expect(
      readDateline(`Title\n\nBy Ana Silva and Omar Haddad\nMay 3, 2024 9:18 AM GMT+8 · Updated 2 hours ago${BODY}`),
    ).toEqual({
      author: "Ana Silva and Omar Haddad",
      publishedAt: "2024-05-03",
    });
    expect(readDateline(`Title\n*By Ana Silva · Updated 12 March 2025, 09:30 CST*${BODY}`)).toEqual({
      author: "Ana Silva",
    });
  });

  it("ignores dates and 'by' in ordinary sentences and below the top lines", () => {
    expect(readDateline(`Published on May 3, 2024, the study found that tides rose.`)).toEqual({});
    expect(
      readDateline(`By 2030 the city will plant 10,000 trees.\nBy the end of May 3, 2024 it had planted 900.`),
    ).toEqual({});
    const deep = `${"Line of text.\n".repeat(12)}PARIS, May 3, 2024 (AFP) - Late dateline.`;
    expect(readDateline(deep)).toEqual({});
  });
});

describe("normaliseDate", () => {
  it("keeps a date a date and a time with its offset; drops what is no date", () => {
    expect(normaliseDate("2024-05-03")).toBe("2024-05-03");
    expect(normaliseDate("20240503")).toBe("2024-05-03");
    expect(normaliseDate("2024-05-03T10:15Z")).toBe("2024-05-03T10:15:00Z");
    expect(normaliseDate("2024-05-03 10:15:30.5-0400")).toBe("2024-05-03T10:15:30.5-04:00");
    expect(normaliseDate("Fri, 03 May 2024 10:00:00 GMT")).toBe("2024-05-03");
    expect(normaliseDate("Sept. 9, 2025")).toBe("2025-09-09");
    for (const bad of ["2024-02-30", "2024-13-01", "2024", "May 2024", "Issue 3, 2024", ""])
      expect(normaliseDate(bad), bad).toBeUndefined();
  });
});
