"""Generated wire-style news articles for benchmarks and tests (not for analysis).

Each article has a headline, a dateline, and 16 to 28 sentences in paragraphs (about
350 words; two protagonist states and a main place recur through the story):
states, leaders' offices, armed groups and international bodies that the knowledge base
knows, doing what news reports (strikes, talks, sanctions, aid, protests, accusations,
threats, deals), with dates relative to the publication date, places and quotations.
The same seed gives the same corpus.

    from entente.batch.synthetic import corpus
    for doc in corpus(5000, seed=7): ...
"""
from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Iterator

from ..records import Document

STATES = ["Russia", "Ukraine", "Syria", "Turkey", "Iran", "Iraq", "Israel", "Egypt",
          "Saudi Arabia", "Qatar", "Jordan", "Lebanon", "the United States", "France",
          "Germany", "the United Kingdom", "China", "India", "Pakistan", "Afghanistan",
          "North Korea", "South Korea", "Japan", "Venezuela", "Colombia", "Brazil", "Mexico",
          "Nigeria", "Ethiopia", "Sudan", "South Sudan", "Somalia", "Kenya", "Mali", "Libya",
          "Yemen", "Algeria", "Morocco", "Poland", "Belarus"]
ADJ = {"Russia": "Russian", "Ukraine": "Ukrainian", "Syria": "Syrian", "Turkey": "Turkish",
       "Iran": "Iranian", "Iraq": "Iraqi", "Israel": "Israeli", "Egypt": "Egyptian",
       "Saudi Arabia": "Saudi", "Qatar": "Qatari", "Jordan": "Jordanian",
       "Lebanon": "Lebanese", "the United States": "U.S.", "France": "French",
       "Germany": "German", "the United Kingdom": "British", "China": "Chinese",
       "India": "Indian", "Pakistan": "Pakistani", "Afghanistan": "Afghan",
       "North Korea": "North Korean", "South Korea": "South Korean", "Japan": "Japanese",
       "Venezuela": "Venezuelan", "Colombia": "Colombian", "Brazil": "Brazilian",
       "Mexico": "Mexican", "Nigeria": "Nigerian", "Ethiopia": "Ethiopian",
       "Sudan": "Sudanese", "South Sudan": "South Sudanese", "Somalia": "Somali",
       "Kenya": "Kenyan", "Mali": "Malian", "Libya": "Libyan", "Yemen": "Yemeni",
       "Algeria": "Algerian", "Morocco": "Moroccan", "Poland": "Polish",
       "Belarus": "Belarusian"}
GROUPS = ["Islamic State", "al-Qaeda", "al-Shabaab", "Boko Haram", "the Taliban",
          "Hezbollah", "Hamas", "the Houthis", "the Free Syrian Army",
          "the Syrian Democratic Forces", "the Kurdistan Workers' Party", "Nusra Front"]
BODIES = ["NATO", "the United Nations", "the European Union", "the African Union",
          "the Arab League", "the International Committee of the Red Cross", "the IMF",
          "the World Bank"]
CITIES = ["Aleppo", "Homs", "Damascus", "Mosul", "Baghdad", "Kabul", "Kandahar", "Sanaa",
          "Aden", "Tripoli", "Benghazi", "Mogadishu", "Maiduguri", "Bamako", "Gao", "Juba",
          "Khartoum", "Kyiv", "Kharkiv", "Donetsk", "Gaza", "Beirut", "Idlib", "Raqqa",
          "Caracas", "Bogota", "Lahore", "Peshawar", "Addis Ababa", "Geneva", "Vienna",
          "Doha", "Ankara", "Istanbul", "Cairo", "Amman", "Riyadh", "Tehran", "Moscow",
          "Brussels"]
OUTLETS = ["Reuters", "AFP", "AP", "Al Jazeera", "BBC", "Anadolu", "Xinhua", "DPA"]
OFFICES = ["foreign minister", "defence minister", "president", "prime minister",
           "army spokesman", "interior ministry", "foreign ministry spokeswoman"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
THINGS = ["a ceasefire", "a prisoner exchange", "a trade agreement", "a security pact",
          "an energy deal", "a road map for elections", "a truce in the north",
          "the reopening of border crossings"]
CRIMES = ["shelling civilian areas", "violating the ceasefire", "supporting terrorists",
          "torturing detainees", "blocking aid convoys", "interfering in its elections",
          "smuggling weapons across the border", "targeting hospitals"]
WEAPONS = ["air strikes", "artillery fire", "drone strikes", "rocket attacks",
           "a car bomb", "mortar fire"]
NUMBERS = ["two", "three", "five", "seven", "nine", "12", "15", "20", "dozens of", "at least 30"]
QUOTES = ["We will not accept any solution imposed from outside",
          "The door to dialogue remains open",
          "Our forces will respond to any attack with full force",
          "This is a violation of international law",
          "We call on all parties to exercise restraint",
          "The people have suffered enough and the fighting must stop",
          "We are ready to work with anyone who respects our sovereignty",
          "These sanctions will only hurt ordinary people"]
FILLERS = [
    "The statement came after weeks of rising tension along the border.",
    "Diplomats said further talks were expected later in the month.",
    "The claims could not be independently verified.",
    "Officials did not give details of the casualties.",
    "Analysts said the move reflected growing pressure on the government at home.",
    "The region has seen repeated outbreaks of violence since the last truce collapsed.",
    "Markets in the capital reopened after days of closures.",
    "Aid agencies warned that food and fuel were running short.",
    "Neither side commented on the reports by the time of publication.",
    "The conflict has displaced hundreds of thousands of people.",
]


class _Writer:
    def __init__(self, rng: random.Random, published: date):
        self.r = rng
        self.published = published
        self.main = tuple(rng.sample(STATES, 2))      # the story's two protagonists
        self.city = rng.choice(CITIES)

    def pick(self, seq):
        return self.r.choice(seq)

    def two_states(self) -> tuple[str, str]:
        """Mostly the story's protagonists (either way round), sometimes others."""
        roll = self.r.random()
        if roll < 0.35:
            return self.main
        if roll < 0.6:
            return self.main[1], self.main[0]
        a, b = self.r.sample(STATES, 2)
        return a, b

    def when(self) -> str:
        roll = self.r.random()
        if roll < 0.5:
            day = self.published - timedelta(days=self.r.randint(0, 6))
            return f"on {WEEKDAYS[day.weekday()]}"
        if roll < 0.7:
            return "earlier this week"
        if roll < 0.85:
            day = self.published - timedelta(days=self.r.randint(7, 40))
            return f"on {day.strftime('%B')} {day.day}"
        return "last month"

    def cap(self, s: str) -> str:
        return s[0].upper() + s[1:]

    def sentence(self) -> str:
        a, b = self.two_states()
        g, body = self.pick(GROUPS), self.pick(BODIES)
        city = self.city if self.r.random() < 0.5 else self.pick(CITIES)
        office = self.pick(OFFICES)
        templates = [
            lambda: f"{ADJ[a]} warplanes carried out {self.pick(WEAPONS)} on {g} positions "
                    f"near {city} {self.when()}, killing {self.pick(NUMBERS)} fighters, the "
                    f"{ADJ[a]} {office} said.",
            lambda: f"{self.cap(a)} accused {b} of {self.pick(CRIMES)} {self.when()}.",
            lambda: f"{self.cap(a)} and {b} agreed to {self.pick(THINGS)} after talks in "
                    f"{city} {self.when()}.",
            lambda: f"{self.cap(a)} imposed new sanctions on {b} {self.when()}, targeting "
                    f"{self.pick(NUMBERS)} officials and companies.",
            lambda: f"Thousands of people protested in {city} {self.when()} against the "
                    f"government's handling of the crisis.",
            lambda: f"The {ADJ[a]} {office} met {ADJ[b]} officials in {city} {self.when()} "
                    f"to discuss {self.pick(THINGS)}.",
            lambda: f"{self.cap(a)} threatened to cut diplomatic ties with {b} if the attacks "
                    f"did not stop.",
            lambda: f"{self.cap(body)} called on {a} and {b} to return to negotiations.",
            lambda: f"{self.cap(g)} claimed responsibility for {self.pick(WEAPONS)} in "
                    f"{city} {self.when()} that killed {self.pick(NUMBERS)} soldiers.",
            lambda: f"{self.cap(a)} sent humanitarian aid to {city}, where {self.pick(NUMBERS)} "
                    f"families had fled the fighting.",
            lambda: f"{self.cap(a)} denied that its troops had crossed into {b}.",
            lambda: f"\"{self.pick(QUOTES)},\" the {ADJ[a]} {office} told reporters in {city}.",
            lambda: f"{self.cap(body)} condemned the attack on {city} and demanded an "
                    f"investigation.",
            lambda: f"{ADJ[a]} police arrested {self.pick(NUMBERS)} suspected members of {g} "
                    f"in raids {self.when()}.",
            lambda: f"{self.cap(a)} offered to mediate between {b} and {g}, the {ADJ[a]} "
                    f"{office} said {self.when()}.",
            lambda: f"{self.cap(a)} expelled {self.pick(NUMBERS)} {ADJ[b]} diplomats "
                    f"{self.when()}.",
            lambda: f"{self.cap(a)} pledged $ {self.r.randint(2, 900)} million in "
                    f"reconstruction aid to {b}.",
            lambda: f"{self.cap(a)} rejected {b}'s proposal for {self.pick(THINGS)}.",
        ]
        return self.pick(templates)()

    def article(self) -> tuple[str, str, str]:
        a, b = self.main
        headline = self.pick([
            f"{self.cap(a)} and {b} trade accusations over {self.pick(CITIES)}",
            f"{self.cap(a)} steps up pressure on {b}",
            f"Talks between {a} and {b} resume in {self.pick(CITIES)}",
            f"Fighting flares near {self.pick(CITIES)}",
            f"{self.cap(self.pick(BODIES))} urges restraint as tensions rise"])
        outlet = self.pick(OUTLETS)
        paragraphs = []
        n = self.r.randint(16, 28)
        sentences = [self.sentence() if self.r.random() < 0.75 else self.pick(FILLERS)
                     for _ in range(n)]
        first = f"{self.pick(CITIES).upper()} ({outlet}) - {sentences[0]}"
        sentences[0] = first
        i = 0
        while i < len(sentences):
            k = self.r.randint(1, 3)
            paragraphs.append(" ".join(sentences[i:i + k]))
            i += k
        return headline, outlet, headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def corpus(n: int, seed: int = 7, start: date = date(2015, 1, 1)) -> Iterator[Document]:
    """``n`` generated articles, published one to a few a day from ``start``."""
    rng = random.Random(seed)
    for i in range(n):
        published = start + timedelta(days=i // 3)
        headline, outlet, text = _Writer(rng, published).article()
        yield Document.create(f"gen-{seed}-{i:06d}", text, title=headline, source=outlet,
                              published=published.isoformat(),
                              url=f"https://news.example.org/{outlet.lower().replace(' ', '-')}/{i}")


def republish(doc: Document, new_id: str, outlet: str, seed: int = 0) -> Document:
    """The same story as another outlet runs it: its own dateline credit and headline,
    one sentence reworded, one added (a near-duplicate)."""
    rng = random.Random(seed)
    text = doc.text.replace(f"({doc.source})", f"({outlet})", 1)
    paragraphs = text.split("\n\n")
    paragraphs[0] = "UPDATE 1-" + paragraphs[0]
    k = rng.randrange(1, len(paragraphs))
    paragraphs[k] = paragraphs[k].replace(" said", " told reporters", 1)
    paragraphs.insert(len(paragraphs) - 1, rng.choice(FILLERS))
    return Document.create(new_id, "\n\n".join(paragraphs), title=doc.title, source=outlet,
                           published=doc.published, url=f"https://{outlet.lower()}.example.com/{new_id}")
