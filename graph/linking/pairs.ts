// A labelled set of document pairs for measuring the linking rules: each pair is two short texts
// written for this set (invented companies, places and figures) and the link a careful reader would
// draw between them. Near misses are pairs that look alike but must not be linked: the same entity
// with another measure, the same measure of another entity, equal figures of different things,
// paraphrases about different entities, the negation of a different predicate, other dates.

export type LinkLabel = "CORROBORATES" | "CONTRADICTS" | "none";
/** `dates`: when the two documents were published, for pairs whose answer depends on it. */
export type LabelledPair = { a: string; b: string; expect: LinkLabel; note: string; dates?: [string, string] };

type Dates = [string, string];
const corroborates = (note: string, a: string, b: string, dates?: Dates): LabelledPair => ({
  a,
  b,
  expect: "CORROBORATES",
  note,
  ...(dates ? { dates } : {}),
});
const contradicts = (note: string, a: string, b: string, dates?: Dates): LabelledPair => ({
  a,
  b,
  expect: "CONTRADICTS",
  note,
  ...(dates ? { dates } : {}),
});
const nearMiss = (note: string, a: string, b: string, dates?: Dates): LabelledPair => ({
  a,
  b,
  expect: "none",
  note,
  ...(dates ? { dates } : {}),
});

export const LABELLED_PAIRS: LabelledPair[] = [
  // ── should corroborate ─────────────────────────────────────────────────────────────────────────
  corroborates(
    "energy, unit spelled out vs symbol",
    "Halvorsen Energy said its Brekke plant produced 4.2 gigawatt-hours in March.",
    "The Brekke plant of Halvorsen Energy generated 4.2 GWh of electricity in March.",
  ),
  corroborates(
    "chip throughput, approximate",
    "Torvane Semiconductor's Kestrel chip performs 512 trillion operations per second.",
    "Benchmarks show the Kestrel chip from Torvane Semiconductor performs about 512 trillion operations per second.",
  ),
  corroborates(
    "acquisition price, rounding",
    "Mirabel Pharmaceuticals acquired Ostwind Labs for $5.6 million.",
    "Ostwind Labs was bought by Mirabel Pharmaceuticals for $5,576,000.",
  ),
  corroborates(
    "port volume, rounding",
    "The Port of Velmora handled 2.1 million containers in 2023.",
    "In 2023 the Port of Velmora handled 2,080,000 containers, officials said.",
  ),
  corroborates(
    "sport, year as the value",
    "Kastrup Rovers won the Nordhavn Cup in 2019.",
    "In 2019 the Nordhavn Cup was won by Kastrup Rovers.",
  ),
  corroborates(
    "city population, approximate",
    "Quellmont has a population of 842,000 people.",
    "The population of Quellmont is about 840,000.",
  ),
  corroborates(
    "wind farm capacity, MW vs megawatts",
    "The Solvik Wind Farm has a capacity of 310 MW.",
    "Capacity at the Solvik Wind Farm is 310 megawatts.",
  ),
  corroborates(
    "drug launch, synonym verbs",
    "Mirabel Pharmaceuticals launched the drug Tavorin in Brazil.",
    "Mirabel Pharmaceuticals released the drug Tavorin in Brazil.",
  ),
  corroborates(
    "headcount, workers vs employees",
    "Torvane Semiconductor employs 3,100 workers.",
    "Torvane Semiconductor has 3,100 employees.",
  ),
  corroborates(
    "fleet size",
    "Nordlys Shipping operates 48 container vessels.",
    "The fleet of Nordlys Shipping counts 48 container vessels.",
  ),
  corroborates(
    "airline passengers, approximate",
    "Aerovant Airlines carried 12.4 million passengers last year.",
    "Aerovant Airlines flew roughly 12 million passengers last year.",
  ),
  corroborates(
    "bank profit, €410m vs €410 million",
    "Calder Bank reported a net profit of €410 million.",
    "Net profit at Calder Bank came to €410m, the lender said.",
  ),
  corroborates(
    "council decision, active vs passive",
    "Brannock City Council approved a new tram line.",
    "A new tram line was approved by Brannock City Council.",
  ),
  corroborates(
    "harvest, tonnes",
    "Farmers in the Ostrava Valley harvested 1.2 million tonnes of wheat.",
    "The Ostrava Valley wheat harvest reached 1.2 million tonnes.",
  ),
  corroborates(
    "subscribers, rounding",
    "Meridel Telecom has 5.6 million subscribers.",
    "Meridel Telecom counts 5,576,000 subscribers.",
  ),
  corroborates(
    "both deny",
    "Kastrup Rovers did not sign the striker Pavel Dunaj.",
    "Kastrup Rovers never signed Pavel Dunaj, the club said.",
  ),
  corroborates(
    "trial size",
    "The Tavorin trial run by Mirabel Pharmaceuticals enrolled 1,450 patients.",
    "Mirabel Pharmaceuticals enrolled 1,450 patients in its Tavorin trial.",
  ),
  corroborates(
    "revenue growth, percent vs per cent",
    "Halvorsen Energy's revenue rose 38% in 2024.",
    "In 2024 Halvorsen Energy increased its revenue by 38 percent.",
  ),
  corroborates(
    "ranking, same rank",
    "Velmora is the largest port in Kaldria.",
    "Velmora remains the largest port in Kaldria by tonnage.",
  ),
  corroborates(
    "factory plan, plant vs factory",
    "Torvane Semiconductor will open a factory in Lindqvist in 2026.",
    "In 2026 Torvane Semiconductor is to open a plant in Lindqvist.",
  ),
  corroborates(
    "goals scored",
    "Elin Marsk scored 31 goals for Kastrup Rovers this season.",
    "Kastrup Rovers striker Elin Marsk has scored 31 goals this season.",
  ),
  corroborates(
    "project cost, spend vs cost",
    "Quellmont will spend $2.3 billion on its metro extension.",
    "The metro extension in Quellmont will cost $2.3 billion.",
  ),

  // ── should contradict ──────────────────────────────────────────────────────────────────────────
  contradicts(
    "chip throughput",
    "Torvane Semiconductor's Kestrel chip performs 512 trillion operations per second.",
    "Tests found the Kestrel chip from Torvane Semiconductor performs only 120 trillion operations per second.",
  ),
  contradicts(
    "port volume",
    "The Port of Velmora handled 2.1 million containers in 2023.",
    "In 2023 the Port of Velmora handled just 1.4 million containers.",
  ),
  contradicts(
    "acquisition price",
    "Mirabel Pharmaceuticals acquired Ostwind Labs for $5.6 million.",
    "Ostwind Labs was bought by Mirabel Pharmaceuticals for $9.8 million.",
  ),
  contradicts(
    "acquisition denied",
    "Mirabel Pharmaceuticals acquired Ostwind Labs last spring.",
    "Mirabel Pharmaceuticals did not acquire Ostwind Labs.",
  ),
  contradicts(
    "ranking",
    "Velmora is the largest port in Kaldria.",
    "Velmora is only the third-largest port in Kaldria.",
  ),
  contradicts(
    "headcount",
    "Torvane Semiconductor employs 3,100 workers.",
    "Torvane Semiconductor employs 5,400 workers.",
  ),
  contradicts(
    "plant output",
    "Halvorsen Energy said its Brekke plant produced 4.2 gigawatt-hours in March.",
    "The Brekke plant of Halvorsen Energy generated 2.7 GWh in March.",
  ),
  contradicts(
    "bank profit",
    "Calder Bank reported a net profit of €410 million.",
    "Net profit at Calder Bank came to €290m, analysts said.",
  ),
  contradicts(
    "city population",
    "Quellmont has a population of 842,000 people.",
    "The population of Quellmont is 1.3 million.",
  ),
  contradicts(
    "wind farm capacity",
    "The Solvik Wind Farm has a capacity of 310 MW.",
    "Capacity at the Solvik Wind Farm is 180 megawatts.",
  ),
  contradicts(
    "airline passengers",
    "Aerovant Airlines carried 12.4 million passengers last year.",
    "Aerovant Airlines carried 8.1 million passengers last year.",
  ),
  contradicts(
    "cup winner year",
    "Kastrup Rovers won the Nordhavn Cup in 2019.",
    "Kastrup Rovers won the Nordhavn Cup in 2021.",
  ),
  contradicts(
    "subscribers",
    "Meridel Telecom has 5.6 million subscribers.",
    "Meridel Telecom counts 3.2 million subscribers.",
  ),
  contradicts(
    "council decision denied",
    "Brannock City Council approved a new tram line.",
    "Brannock City Council has not approved the new tram line.",
  ),
  contradicts(
    "revenue growth",
    "Halvorsen Energy's revenue rose 38% in 2024.",
    "In 2024 Halvorsen Energy's revenue rose 12%.",
  ),
  contradicts(
    "fleet size",
    "Nordlys Shipping operates 48 container vessels.",
    "Nordlys Shipping operates 31 container vessels.",
  ),
  contradicts(
    "trial size",
    "The Tavorin trial run by Mirabel Pharmaceuticals enrolled 1,450 patients.",
    "Mirabel Pharmaceuticals enrolled 900 patients in its Tavorin trial.",
  ),
  contradicts(
    "goals scored",
    "Elin Marsk scored 31 goals for Kastrup Rovers this season.",
    "Kastrup Rovers striker Elin Marsk has scored 17 goals this season.",
  ),
  contradicts(
    "project cost",
    "Quellmont will spend $2.3 billion on its metro extension.",
    "The metro extension in Quellmont will cost $4.1 billion.",
  ),
  contradicts(
    "supply denied",
    "Torvane Semiconductor sells its chips to Aerovant Airlines.",
    "Torvane Semiconductor denies that it sells chips to Aerovant Airlines.",
  ),
  contradicts(
    "league position",
    "Kastrup Rovers finished 2nd in the Nordhavn League.",
    "Kastrup Rovers finished 5th in the Nordhavn League.",
  ),
  contradicts(
    "harvest",
    "Farmers in the Ostrava Valley harvested 1.2 million tonnes of wheat.",
    "The Ostrava Valley wheat harvest reached 800,000 tonnes.",
  ),

  // ── near misses: same entity, other measure ────────────────────────────────────────────────────
  nearMiss(
    "headcount vs revenue growth",
    "Torvane Semiconductor employs 3,100 workers.",
    "Torvane Semiconductor's revenue rose 38%.",
  ),
  nearMiss(
    "throughput vs power draw",
    "Torvane Semiconductor's Kestrel chip performs 512 trillion operations per second.",
    "The Kestrel chip from Torvane Semiconductor draws 75 watts.",
  ),
  nearMiss(
    "containers vs dockworkers",
    "The Port of Velmora handled 2.1 million containers.",
    "The Port of Velmora employs 2,100 dockworkers.",
  ),
  nearMiss(
    "profit vs revenue, same figure",
    "Calder Bank reported a net profit of €410 million.",
    "Calder Bank's mortgage lending reached €410 million.",
  ),
  nearMiss(
    "population vs metro riders",
    "Quellmont has a population of 842,000 people.",
    "The Quellmont metro carries 842,000 passengers a day.",
  ),
  nearMiss(
    "revenue vs operating costs",
    "Halvorsen Energy's revenue rose 38%.",
    "Halvorsen Energy's operating costs rose 38%.",
  ),
  nearMiss(
    "capacity vs turbines",
    "The Solvik Wind Farm has a capacity of 310 MW.",
    "The Solvik Wind Farm has 62 turbines.",
  ),
  nearMiss(
    "passengers vs aircraft",
    "Aerovant Airlines carried 12.4 million passengers last year.",
    "Aerovant Airlines operates 86 aircraft.",
  ),
  nearMiss(
    "subscribers vs investment, same figure",
    "Meridel Telecom has 5.6 million subscribers.",
    "Meridel Telecom invested $5.6 million in fibre.",
  ),
  nearMiss(
    "patients vs duration",
    "The Tavorin trial run by Mirabel Pharmaceuticals enrolled 1,450 patients.",
    "The Tavorin trial run by Mirabel Pharmaceuticals lasted 18 months.",
  ),
  nearMiss(
    "goals vs matches",
    "Elin Marsk scored 31 goals for Kastrup Rovers.",
    "Elin Marsk played 34 matches for Kastrup Rovers.",
  ),
  nearMiss(
    "vessels vs sailors",
    "Nordlys Shipping operates 48 container vessels.",
    "Nordlys Shipping employs 480 sailors.",
  ),
  nearMiss(
    "cup year vs founding year",
    "Kastrup Rovers won the Nordhavn Cup in 2019.",
    "Kastrup Rovers was founded in 1921.",
  ),
  nearMiss("market share vs stores", "Meridel Telecom's market share is 34%.", "Meridel Telecom has 34 retail stores."),
  nearMiss(
    "project cost vs city budget",
    "Quellmont will spend $2.3 billion on its metro extension.",
    "Quellmont's annual budget is $7.9 billion.",
  ),
  nearMiss(
    "rank on another scale",
    "Velmora is the largest port in Kaldria.",
    "Velmora is the third-largest city in Kaldria.",
  ),

  // ── near misses: same measure, other entity ────────────────────────────────────────────────────
  nearMiss(
    "throughput of two chips of one maker",
    "Torvane Semiconductor's Kestrel chip performs 512 trillion operations per second.",
    "Torvane Semiconductor's Osprey chip performs 120 trillion operations per second.",
  ),
  nearMiss(
    "two ports of one country",
    "The Port of Velmora in Kaldria handled 2.1 million containers in 2023.",
    "The Port of Serrano in Kaldria handled 1.4 million containers in 2023.",
  ),
  nearMiss(
    "two factories of one maker",
    "Torvane Semiconductor's Lindqvist factory employs 3,100 workers.",
    "Torvane Semiconductor's Ardmore factory employs 900 workers.",
  ),
  nearMiss(
    "two banks of one city",
    "Calder Bank, based in Rostfeld, reported a net profit of €410 million.",
    "Brightwater Bank, also based in Rostfeld, reported a net profit of €290 million.",
  ),
  nearMiss(
    "two cities of one country",
    "Quellmont, in Kaldria, has a population of 842,000 people.",
    "Brannock, in Kaldria, has a population of 1.3 million people.",
  ),
  nearMiss(
    "two wind farms of one owner",
    "Halvorsen Energy's Solvik Wind Farm has a capacity of 310 MW.",
    "Halvorsen Energy's Hallby Wind Farm has a capacity of 180 MW.",
  ),
  nearMiss(
    "two acquisitions by one buyer",
    "Mirabel Pharmaceuticals acquired Ostwind Labs for $5.6 million.",
    "Mirabel Pharmaceuticals acquired Trelle Biotech for $9.8 million.",
  ),
  nearMiss(
    "two clubs in one league",
    "Kastrup Rovers finished 2nd in the Nordhavn League.",
    "Brask United finished 5th in the Nordhavn League.",
  ),
  nearMiss(
    "two players of one club",
    "Elin Marsk scored 31 goals for Kastrup Rovers.",
    "Jonas Berg scored 17 goals for Kastrup Rovers.",
  ),
  nearMiss(
    "two airlines at one airport",
    "Aerovant Airlines carried 12.4 million passengers through Velmora Airport.",
    "Skyrill Air carried 8.1 million passengers through Velmora Airport.",
  ),
  nearMiss(
    "two operators in one country",
    "Meridel Telecom has 5.6 million subscribers in Kaldria.",
    "Telvana Mobile has 3.2 million subscribers in Kaldria.",
  ),

  // ── near misses: equal figures of different things ─────────────────────────────────────────────
  nearMiss(
    "same throughput, other chip",
    "Torvane Semiconductor's Kestrel chip performs 512 trillion operations per second.",
    "Torvane Semiconductor's Osprey chip also performs 512 trillion operations per second.",
  ),
  nearMiss(
    "same volume, other port",
    "The Port of Velmora in Kaldria handled 2.1 million containers in 2023.",
    "The Port of Serrano in Kaldria handled 2.1 million containers in 2023.",
  ),
  nearMiss(
    "same capacity, other wind farm",
    "Halvorsen Energy's Solvik Wind Farm has a capacity of 310 MW.",
    "Halvorsen Energy's Hallby Wind Farm has a capacity of 310 MW too.",
  ),
  nearMiss(
    "same enrolment, other trial",
    "Mirabel Pharmaceuticals enrolled 1,450 patients in its Tavorin trial.",
    "Mirabel Pharmaceuticals enrolled 1,450 patients in its Velistat trial.",
  ),

  // ── near misses: paraphrase, different entities ────────────────────────────────────────────────
  nearMiss(
    "launch in another country",
    "Mirabel Pharmaceuticals launched the drug Tavorin in Brazil.",
    "Mirabel Pharmaceuticals launched the drug Tavorin in Chile.",
  ),
  nearMiss(
    "tram line in another city",
    "Brannock City Council in Kaldria approved a new tram line.",
    "Quellmont City Council in Kaldria approved a new tram line.",
  ),
  nearMiss(
    "factory in another town",
    "Torvane Semiconductor will open a factory in Lindqvist.",
    "Torvane Semiconductor will open a factory in Ardmore.",
  ),
  nearMiss("another winner", "Kastrup Rovers won the Nordhavn Cup.", "Brask United won the Nordhavn Cup."),

  // ── near misses: negation of a different predicate ─────────────────────────────────────────────
  nearMiss(
    "not acquired vs partnered",
    "Mirabel Pharmaceuticals did not acquire Ostwind Labs.",
    "Mirabel Pharmaceuticals partnered with Ostwind Labs on vaccine research.",
  ),
  nearMiss(
    "does not supply vs signed a contract",
    "Torvane Semiconductor does not supply chips to Aerovant Airlines.",
    "Torvane Semiconductor signed a maintenance contract with Aerovant Airlines.",
  ),
  nearMiss(
    "not approved vs debated",
    "Brannock City Council has not approved the tram line.",
    "Brannock City Council debated the tram line budget in public.",
  ),
  nearMiss(
    "never sacked vs hired",
    "Kastrup Rovers never sacked coach Ivo Lund.",
    "Kastrup Rovers hired coach Ivo Lund from Brask United.",
  ),

  // ── near misses: other dates ───────────────────────────────────────────────────────────────────
  nearMiss(
    "port volume, other year",
    "The Port of Velmora handled 2.1 million containers in 2023.",
    "The Port of Velmora handled 1.4 million containers in 2019.",
  ),
  nearMiss(
    "revenue growth, other year",
    "Halvorsen Energy's revenue rose 38% in 2024.",
    "Halvorsen Energy's revenue rose 12% in 2022.",
  ),
  nearMiss(
    "plant output, other month",
    "Halvorsen Energy said its Brekke plant produced 4.2 gigawatt-hours in March.",
    "The Brekke plant of Halvorsen Energy generated 2.7 GWh in April.",
  ),
  nearMiss(
    "bank profit, other year",
    "Calder Bank reported a net profit of €410 million for 2024.",
    "Calder Bank reported a net profit of €290 million for 2021.",
  ),
  nearMiss(
    "quarterly sales, other quarter",
    "Meridel Telecom added 90,000 subscribers in the first quarter.",
    "Meridel Telecom added 40,000 subscribers in the third quarter.",
  ),
  // ── written after the rules, as a check they generalise (not tuned on) ─────────────────────────
  corroborates(
    "mine output, tonnes",
    "Pellow Mining extracted 64,000 tonnes of copper in 2022.",
    "In 2022 Pellow Mining produced about 64,000 tonnes of copper.",
  ),
  corroborates(
    "hospital beds",
    "Harlan General Hospital has 1,200 beds.",
    "Harlan General Hospital operates 1,200 beds across its wards.",
  ),
  corroborates("bridge length, km", "The Corran Bridge spans 4.8 kilometres.", "At 4.8 km, the Corran Bridge is long."),
  corroborates(
    "software release",
    "Fennick Software released Ledgerly 3 in October.",
    "In October Fennick Software launched Ledgerly 3.",
  ),
  contradicts(
    "mine output",
    "Pellow Mining extracted 64,000 tonnes of copper in 2022.",
    "In 2022 Pellow Mining produced only 41,000 tonnes of copper.",
  ),
  contradicts("hospital beds", "Harlan General Hospital has 1,200 beds.", "Harlan General Hospital has 750 beds."),
  contradicts(
    "software release denied",
    "Fennick Software released Ledgerly 3 in October.",
    "Fennick Software has not released Ledgerly 3.",
  ),
  contradicts(
    "stadium ranking",
    "Ostby Arena is the largest stadium in Kaldria.",
    "Ostby Arena is the second-largest stadium in Kaldria.",
  ),
  nearMiss(
    "mine output vs mine staff",
    "Pellow Mining extracted 64,000 tonnes of copper in 2022.",
    "Pellow Mining employed 6,400 miners in 2022.",
  ),
  nearMiss("beds vs doctors", "Harlan General Hospital has 1,200 beds.", "Harlan General Hospital has 1,200 nurses."),
  nearMiss(
    "two bridges of one city",
    "The Corran Bridge in Quellmont spans 4.8 kilometres.",
    "The Tarrow Bridge in Quellmont spans 1.9 kilometres.",
  ),
  nearMiss(
    "release vs withdrawal",
    "Fennick Software released Ledgerly 3 in October.",
    "Fennick Software withdrew Ledgerly 2 from sale.",
  ),
  nearMiss(
    "denial of another product",
    "Fennick Software released Ledgerly 3 in October.",
    "Fennick Software has not released Tallyo for phones.",
  ),
  nearMiss(
    "stadium capacity vs ranking",
    "Ostby Arena is the largest stadium in Kaldria.",
    "Ostby Arena seats 52,000 fans.",
  ),
  // ── dates of publication, and who reports ──────────────────────────────────────────────────
  contradicts(
    "passengers, last year in a dated article vs the year",
    "Aerovant Airlines carried 12.4 million passengers in 2023.",
    "Aerovant Airlines carried 8.1 million passengers last year.",
    ["2024-01-15", "2024-02-20"],
  ),
  contradicts(
    "headcount, each reported by another outlet",
    "According to the Harwick Ledger, Calder Bank employs 5,200 people.",
    "Calder Bank employs 4,100 people, Vestry Daily reported.",
  ),
  contradicts(
    "quarterly revenue, articles of the same week",
    "Fennick Software's revenue this quarter was $48 million.",
    "Fennick Software said revenue for the current quarter came to $31 million.",
    ["2024-05-02", "2024-05-06"],
  ),
  nearMiss(
    "passengers, last year in articles a year apart",
    "Aerovant Airlines carried 12.4 million passengers last year.",
    "Aerovant Airlines carried 8.1 million passengers last year.",
    ["2023-03-01", "2024-03-01"],
  ),
  nearMiss(
    "quarterly revenue, articles months apart",
    "Fennick Software's revenue this quarter was $48 million.",
    "Fennick Software said revenue for the current quarter came to $31 million.",
    ["2024-02-02", "2024-08-06"],
  ),
  corroborates(
    "passengers, last year in a dated article vs the year",
    "Aerovant Airlines carried 12.4 million passengers in 2023.",
    "Aerovant Airlines flew about 12.4 million passengers last year.",
    ["2024-01-15", "2024-02-20"],
  ),
];

/**
 * The invented entities the pairs name, as a catalogue for the extractor: a single sentence rarely
 * gives the name finder enough context for an unknown name, and what is measured here is linking,
 * not name finding. Entities the finder types by itself (a "Bank", "Labs") need not be listed.
 */
export const PAIR_CATALOGUE: { name: string; type: "Organization" | "Place" | "Product" | "Person" }[] = [
  ...[
    "Halvorsen Energy",
    "Torvane Semiconductor",
    "Mirabel Pharmaceuticals",
    "Ostwind Labs",
    "Trelle Biotech",
    "Kastrup Rovers",
    "Brask United",
    "Nordlys Shipping",
    "Aerovant Airlines",
    "Skyrill Air",
    "Calder Bank",
    "Brightwater Bank",
    "Meridel Telecom",
    "Telvana Mobile",
    "Brannock City Council",
    "Quellmont City Council",
    "Nordhavn League",
    "Nordhavn Cup",
    "Port of Velmora",
    "Port of Serrano",
  ].map((name) => ({ name, type: "Organization" as const })),
  ...[
    "Velmora",
    "Serrano",
    "Kaldria",
    "Quellmont",
    "Brannock",
    "Lindqvist",
    "Ardmore",
    "Rostfeld",
    "Ostrava Valley",
    "Velmora Airport",
    "Brekke",
    "Solvik Wind Farm",
    "Hallby Wind Farm",
  ].map((name) => ({ name, type: "Place" as const })),
  ...[
    "Pellow Mining",
    "Harlan General Hospital",
    "Fennick Software",
    "Ostby Arena",
    "Corran Bridge",
    "Tarrow Bridge",
  ].map((name) => ({ name, type: "Organization" as const })),
  ...["Kestrel", "Osprey", "Tavorin", "Velistat", "Ledgerly 3", "Ledgerly 2", "Tallyo"].map((name) => ({
    name,
    type: "Product" as const,
  })),
  ...["Elin Marsk", "Jonas Berg", "Pavel Dunaj", "Ivo Lund"].map((name) => ({ name, type: "Person" as const })),
];
